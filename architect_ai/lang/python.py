"""Python: the tree-sitter-python grammar (comments, code gate); methods from `ast`; FastAPI, Django, Flask,
SQLAlchemy/SQLModel/pydantic detectors. Chunks are cut by lines."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="python",
    suffixes=(".py",),
    grammars=(Grammar("python", "tree_sitter_python"),),
    declaration_chunks=False,
    facts_query="""
(class_definition name: (identifier) @type)
(module (function_definition name: (identifier) @function))
(class_definition body: (block (function_definition name: (identifier) @method)))
(import_statement) @import
(import_from_statement) @import
""",
    sample="""import json


# One customer order.
class Order:
    def ship(self) -> str:
        return json.dumps({"shipped": True})


def total(prices: list[float]) -> float:
    return sum(prices)
""",
    detectors=("FastAPI", "Django", "Flask", "SQLAlchemy/SQLModel", "pydantic"),
)
