"""Java: the tree-sitter-java grammar (comments, methods, code gate, chunks cut at declarations); Spring MVC, Spring
Data and JPA detectors."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="java",
    title="Java",
    suffixes=(".java",),
    grammars=(Grammar("java", "tree_sitter_java"),),
    comment_types=("line_comment", "block_comment"),
    facts_query="""
(class_declaration name: (identifier) @type)
(interface_declaration name: (identifier) @type)
(enum_declaration name: (identifier) @type)
(record_declaration name: (identifier) @type)
(method_declaration name: (identifier) @method)
(import_declaration) @import
""",
    sample="""package shop;

import java.util.List;

/** One customer order. */
public class Order {
    private List<String> items;

    public int count() {
        return items.size();
    }
}
""",
    detectors=("Spring", "Spring MVC", "Spring Data", "JPA"),
    ecosystems=("jvm",),
    structure=("architect_ai.analyze.structure_readers:jpa_entities", "architect_ai.analyze.structure_readers:spring"),
)
