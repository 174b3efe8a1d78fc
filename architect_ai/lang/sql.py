"""SQL: the tree-sitter-sql grammar (`--` and `/* */` comments; chunks cut at statements: a CREATE TABLE/VIEW is a
type, a CREATE FUNCTION/PROCEDURE/TRIGGER a function, a CREATE INDEX a declaration packed with its neighbours).
SQL has no imports."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="sql",
    title="SQL",
    suffixes=(".sql",),
    grammars=(Grammar("sql", "tree_sitter_sql"),),
    comment_types=("comment", "marginalia"),
    facts_query="""
(create_table (object_reference) @type)
(create_view (object_reference) @type)
(create_function (object_reference) @function)
""",
    sample="""-- Customers and their orders.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

/* One row per order. */
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id)
);

CREATE INDEX idx_orders_customer ON orders (customer_id);

CREATE VIEW open_orders AS SELECT id FROM orders;

CREATE FUNCTION order_count(customer INTEGER) RETURNS INTEGER AS $$
    SELECT COUNT(*) FROM orders WHERE customer_id = customer;
$$ LANGUAGE sql;
""",
)
