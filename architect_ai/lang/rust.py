"""Rust: the tree-sitter-rust grammar (comments, chunks cut at items, class facts: `impl Trait for Type` bases,
`new(…)` parameter types). A method's symbol is `Type.method` (its `impl` block's type)."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="rust",
    title="Rust",
    suffixes=(".rs",),
    grammars=(Grammar("rust", "tree_sitter_rust"),),
    comment_types=("line_comment", "block_comment"),
    facts_query="""
(struct_item name: (type_identifier) @type)
(enum_item name: (type_identifier) @type)
(trait_item name: (type_identifier) @type)
(union_item name: (type_identifier) @type)
(source_file (function_item name: (identifier) @function))
(mod_item body: (declaration_list (function_item name: (identifier) @function)))
(impl_item body: (declaration_list (function_item name: (identifier) @method)))
(use_declaration) @import
""",
    sample="""use std::fmt;

/// One customer order.
pub struct Order {
    pub id: u64,
}

// Orders can be shown.
impl fmt::Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.id)
    }
}

pub fn total(prices: &[f64]) -> f64 {
    prices.iter().sum()
}
""",
)
