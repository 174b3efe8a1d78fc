"""PHP: the tree-sitter-php grammar (`language_php`: PHP with its HTML around it; comments, chunks cut at
declarations, class facts: `extends`/`implements` bases, `__construct` parameter types, `#[…]` attributes)."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="php",
    title="PHP",
    suffixes=(".php",),
    grammars=(Grammar("php", "tree_sitter_php", "language_php"),),
    facts_query="""
(class_declaration name: (name) @type)
(interface_declaration name: (name) @type)
(trait_declaration name: (name) @type)
(enum_declaration name: (name) @type)
(function_definition name: (name) @function)
(method_declaration name: (name) @method)
(namespace_use_declaration) @import
""",
    sample="""<?php

namespace App\\Orders;

use App\\Support\\BaseService;

// One customer order service.
class OrderService extends BaseService
{
    public function __construct(private OrderRepository $repository)
    {
    }

    public function ship(int $id): string
    {
        return "shipped $id";
    }
}

function total(array $prices): float
{
    return array_sum($prices);
}
""",
)
