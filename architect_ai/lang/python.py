"""Python: the tree-sitter-python grammar (comments, code gate, chunks cut at declarations); methods from `ast`;
FastAPI, Django (models, services/selectors, DRF, URL confs), Flask, SQLAlchemy/SQLModel/pydantic detectors."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="python",
    title="Python",
    suffixes=(".py",),
    grammars=(Grammar("python", "tree_sitter_python"),),
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
    detectors=("FastAPI", "Django", "Django REST framework", "Flask", "SQLAlchemy/SQLModel", "pydantic"),
    ecosystems=("python",),
    structure=(
        "architect_ai.analyze.structure_readers:python_modules",
        "architect_ai.analyze.structure_readers:fastapi",
        "architect_ai.analyze.structure_readers:django",
    ),
)
