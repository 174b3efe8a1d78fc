"""Kotlin: the tree-sitter-kotlin grammar (comments, chunks cut at declarations, class facts: `: Base()` supertypes,
primary-constructor injection, annotations); Spring MVC controllers read like Java's (`analyze/structure_kotlin.py`)."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="kotlin",
    title="Kotlin",
    suffixes=(".kt", ".kts"),
    grammars=(Grammar("kotlin", "tree_sitter_kotlin"),),
    comment_types=("line_comment", "block_comment"),
    facts_query="""
(class_declaration name: (identifier) @type)
(object_declaration name: (identifier) @type)
(source_file (function_declaration name: (identifier) @function))
(class_body (function_declaration name: (identifier) @method))
(import) @import
""",
    sample="""package shop.orders

import org.springframework.stereotype.Service

// One customer order.
data class Order(val id: Long, val name: String)

/** Ships orders. */
@Service
class OrderService(private val repository: OrderRepository) : BaseService<Order>() {
    fun ship(id: Long): String {
        return "shipped $id"
    }
}

interface OrderRepository

fun total(prices: List<Double>): Double = prices.sum()
""",
    detectors=("Spring", "Spring MVC", "Spring Data", "JPA"),
    structure=("architect_ai.analyze.structure_readers:kotlin_spring",),
)
