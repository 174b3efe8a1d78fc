"""TypeScript (and TSX): the tree-sitter-typescript grammars; Angular, React and NestJS detectors."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="typescript",
    title="TypeScript",
    suffixes=(".ts", ".tsx", ".mts", ".cts"),
    grammars=(
        Grammar("typescript", "tree_sitter_typescript", "language_typescript"),
        Grammar("tsx", "tree_sitter_typescript", "language_tsx"),
    ),
    aliases={"tsx": "tsx"},
    path_grammars={".tsx": "tsx", ".jsx": "tsx"},
    facts_query="""
(class_declaration name: (type_identifier) @type)
(abstract_class_declaration name: (type_identifier) @type)
(interface_declaration name: (type_identifier) @type)
(enum_declaration name: (identifier) @type)
(function_declaration name: (identifier) @function)
(method_definition name: (property_identifier) @method)
(import_statement) @import
""",
    sample="""import { Injectable } from '@angular/core';

/** Ships orders. */
@Injectable({ providedIn: 'root' })
export class OrderService {
  ship(id: number): string {
    return `shipped ${id}`;
  }
}

export function total(prices: number[]): number {
  return prices.reduce((a, b) => a + b, 0);
}
""",
    detectors=("Angular", "React", "NestJS", "Express"),
    roles=("architect_ai.analyze.roles_angular:angular_role",),
    ecosystems=("angular", "react"),
    structure=("architect_ai.analyze.structure_readers:typescript",),
)
