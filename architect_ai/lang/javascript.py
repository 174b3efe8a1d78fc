"""JavaScript (and JSX): the tree-sitter-javascript grammar; Express, Mongoose, Joi/zod/celebrate, React detectors."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="javascript",
    title="JavaScript",
    suffixes=(".js", ".jsx", ".mjs", ".cjs"),
    grammars=(Grammar("javascript", "tree_sitter_javascript"),),
    aliases={"jsx": "javascript"},
    facts_query="""
(class_declaration name: (identifier) @type)
(function_declaration name: (identifier) @function)
(generator_function_declaration name: (identifier) @function)
(variable_declarator name: (identifier) @function value: [(arrow_function) (function_expression)])
(method_definition name: (property_identifier) @method)
(import_statement) @import
(call_expression function: (identifier) @_require (#eq? @_require "require")) @import
""",
    sample="""const express = require('express');

// A missing resource.
class NotFoundError extends Error {}

const list = async (req, res) => {
  res.json([]);
};

function mount(app) {
  const router = express.Router();
  router.get('/', list);
  app.use('/items', router);
}

module.exports = { mount, NotFoundError };
""",
    detectors=("Express", "Mongoose", "Joi/zod/celebrate", "React"),
    roles=("architect_ai.analyze.roles_angular:angular_role",),
    ecosystems=("node",),
    dotted_families=True,
)
