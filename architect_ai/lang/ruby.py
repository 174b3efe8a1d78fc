"""Ruby: the tree-sitter-ruby grammar (comments, chunks cut at classes, modules and methods, class facts:
`class X < Base` and `include Mixin` bases)."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="ruby",
    title="Ruby",
    suffixes=(".rb",),
    grammars=(Grammar("ruby", "tree_sitter_ruby"),),
    facts_query="""
(class name: [(constant) (scope_resolution)] @type)
(module name: [(constant) (scope_resolution)] @type)
(program (method name: (_) @function))
(body_statement (method name: (_) @method))
(body_statement (singleton_method name: (_) @method))
(call method: (identifier) @_require (#match? @_require "^require(_relative)?$")) @import
""",
    sample="""require "json"

# One customer order.
class Order < ApplicationRecord
  def ship
    JSON.generate(shipped: true)
  end
end

def total(prices)
  prices.sum
end
""",
)
