"""Go: the tree-sitter-go grammar; gin/echo/chi handlers and route groups, GORM models and repositories, error
helpers (`analyze/detectors/go.py`). A method's symbol is `Receiver.Method`."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="go",
    title="Go",
    suffixes=(".go",),
    grammars=(Grammar("go", "tree_sitter_go"),),
    facts_query="""
(type_declaration (type_spec name: (type_identifier) @type))
(function_declaration name: (identifier) @function)
(method_declaration name: (field_identifier) @method)
(import_spec path: (interpreted_string_literal) @import)
""",
    sample="""package orders

import (
\t"errors"
\t"fmt"
)

// Order is one customer order.
type Order struct {
\tID   uint
\tName string
}

func (o *Order) Label() string {
\treturn fmt.Sprintf("%d %s", o.ID, o.Name)
}

func Find(id uint) (*Order, error) {
\treturn nil, errors.New("not found")
}
""",
    detectors=("gin", "echo", "chi", "GORM"),
    ecosystems=("go",),
    snippet_end="\n",
)
