"""Swift: the tree-sitter-swift grammar (comments, chunks cut at declarations, class facts: `class X: Base`
supertypes, `init(…)` parameter types, `@` attributes). Its `class_declaration` is also a struct, enum or
extension."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="swift",
    title="Swift",
    suffixes=(".swift",),
    grammars=(Grammar("swift", "tree_sitter_swift"),),
    comment_types=("comment", "multiline_comment"),
    facts_query="""
(class_declaration name: (type_identifier) @type)
(protocol_declaration name: (type_identifier) @type)
(source_file (function_declaration name: (simple_identifier) @function))
(class_body (function_declaration name: (simple_identifier) @method))
(import_declaration) @import
""",
    sample="""import Foundation

// One customer order.
struct Order {
    let id: Int
}

/// Ships orders.
class OrderService: BaseService {
    func ship(id: Int) -> String {
        return "shipped \\(id)"
    }
}

func total(prices: [Double]) -> Double {
    return prices.reduce(0, +)
}
""",
)
