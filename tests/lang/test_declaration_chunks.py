"""Go, JavaScript, Kotlin, Rust, Ruby, PHP, Swift and SQL files are cut at declaration boundaries (no line cuts), with
methods of their own and their comments blanked before convention evidence is read."""

from __future__ import annotations

import re

import pytest

from architect_ai.analyze.chunks import chunk_file, method_chunks
from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.treesitter import last_row, parse, walk
from architect_ai.data import SourceFile
from architect_ai.ingest.languages import language_of
from architect_ai.lang.facts import file_facts


def go_file(types: int) -> str:
    parts = ['package store\n\nimport (\n\t"errors"\n\t"fmt"\n)\n']
    for i in range(types):
        parts.append(
            f"// Item{i} is one stored thing.\ntype Item{i} struct {{\n\tID   uint\n\tName string\n}}\n\n"
            f"// Label names item {i}.\nfunc (it *Item{i}) Label() string {{\n"
            f'\tif it.ID == 0 {{\n\t\treturn "none"\n\t}}\n\treturn fmt.Sprintf("%d %s", it.ID, it.Name)\n}}\n\n'
            f"func FindItem{i}(id uint) (*Item{i}, error) {{\n\tif id == 0 {{\n"
            f'\t\treturn nil, errors.New("item {i} not found")\n\t}}\n\treturn &Item{i}{{ID: id}}, nil\n}}\n'
        )
    return "\n".join(parts)


def js_file(functions: int) -> str:
    parts = ["const express = require('express');\nconst Item = require('./item.model');\n"]
    for i in range(functions):
        parts.append(
            f"// Lists the items of page {i}.\nconst listPage{i} = async (req, res) => {{\n"
            f"  const items = await Item.find({{ page: {i} }});\n  res.json(items);\n}};\n"
        )
        parts.append(
            f"class Page{i}Error extends Error {{\n  constructor(message) {{\n    super(message);\n"
            f"    this.status = 40{i % 10};\n  }}\n}}\n"
        )
    parts.append("module.exports = { express };\n")
    return "\n".join(parts)


def declaration_ends(text: str, language: str) -> set[int]:
    root = parse(text, language)
    assert root is not None and not root.has_error
    return {last_row(kid) + 1 for kid in root.named_children}


def assert_cut_at_declarations(file: SourceFile, budget: int) -> list:
    chunks = list(chunk_file(file, "other", max_tokens=budget))
    ends = declaration_ends(file.text, file.language) | {len(file.text.splitlines())}
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.unit != "lines" or chunk.symbol, chunk
        assert chunk.end_line in ends, (chunk.start_line, chunk.end_line)
        assert chunk.start_line == 1 or chunk.start_line - 1 in ends, (chunk.start_line, chunk.end_line)
    return chunks


def test_go_files_are_cut_at_types_functions_and_methods() -> None:
    text = go_file(6)
    file = SourceFile("internal/store/items.go", text, "go", len(text))
    chunks = assert_cut_at_declarations(file, budget=120)
    assert {f"Item{i}" for i in range(6)} == {c.symbol for c in chunks}
    methods = {c.symbol for c in method_chunks(file, "other")}
    assert {"Item0.Label", "FindItem0", "Item5.Label"} <= methods
    for method in method_chunks(file, "other"):
        code = [line for line in method.text.splitlines() if not line.startswith("//")]
        assert code[0].startswith("func") and code[-1] == "}", method.symbol


def test_javascript_files_are_cut_at_functions_and_classes() -> None:
    text = js_file(6)
    file = SourceFile("src/items/item.controller.js", text, "javascript", len(text))
    chunks = assert_cut_at_declarations(file, budget=80)
    assert {f"Page{i}Error" for i in range(6)} <= {c.symbol for c in chunks}
    assert {"listPage0", "listPage5"} <= {c.symbol for c in method_chunks(file, "other")}


# -- Kotlin, Rust, Ruby, PHP, Swift, SQL (#18 point 2) ----------------------------------------------------------------
def kotlin_file(types: int) -> str:
    parts = ["package shop.store\n\nimport org.springframework.stereotype.Service\n"]
    for i in range(types):
        parts.append(
            f"// Item{i}Service labels stored things.\n@Service\n"
            f"class Item{i}Service(private val repository: Item{i}Repository) : BaseService<Item{i}>() {{\n"
            f'    /** Labels item {i}. */\n    fun label(id: Long): String {{\n        if (id == 0L) {{\n            return "none"\n'
            f'        }}\n        return "item {i} $id"\n    }}\n\n    fun find(id: Long): Item{i}? {{\n'
            f"        val found = repository.findById(id)\n        return found.orElse(null)\n    }}\n}}\n\n"
            f'fun findItem{i}(id: Long): String {{\n    val label = "item {i} // not a comment"\n    return "$label $id"\n}}\n'
        )
    return "\n".join(parts)


def rust_file(types: int) -> str:
    parts = ["use std::fmt;\n"]
    for i in range(types):
        parts.append(
            f"/// Item{i} is one stored thing.\n#[derive(Debug, Clone)]\npub struct Item{i} {{\n    pub id: u64,\n"
            f"    pub name: String,\n}}\n\n// Items are shown by id.\nimpl fmt::Display for Item{i} {{\n"
            f"    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {{\n        if self.id == 0 {{\n"
            f'            return write!(f, "none");\n        }}\n        write!(f, "{{}} {{}}", self.id, self.name)\n    }}\n}}\n\n'
            f"impl Item{i} {{\n    pub fn new(id: u64) -> Self {{\n        let name = String::new();\n"
            f"        Self {{ id, name }}\n    }}\n\n    pub fn is_empty(&self) -> bool {{\n        let empty = self.id == 0;\n"
            f"        empty && self.name.is_empty()\n    }}\n\n    pub fn label(&self) -> String {{\n"
            f'        let prefix = "item";\n        format!("{{}} {{}}", prefix, self.id)\n    }}\n}}\n\n'
            f"pub fn find_item{i}(id: u64) -> Option<Item{i}> {{\n    if id == 0 {{\n        return None;\n    }}\n"
            f'    let _url = "http://example.com/{i}";\n    Some(Item{i} {{ id, name: String::new() }})\n}}\n'
        )
    return "\n".join(parts)


def ruby_file(types: int) -> str:
    parts = ['require "json"\n']
    for i in range(types):
        parts.append(
            f"# Item{i} is one stored thing.\nclass Item{i} < ApplicationRecord\n  include Auditable\n\n"
            f'  # Labels item {i}.\n  def label(id)\n    return "none" if id.zero?\n\n    "item {i} #{{id}}"\n  end\n\n'
            f"  def to_json(*)\n    JSON.generate(id: id, name: name)\n  end\nend\n\n"
            f'def find_item{i}(id)\n  raise ArgumentError, "item {i} # not a comment" if id.zero?\n\n  Item{i}.find(id)\nend\n'
        )
    return "\n".join(parts)


def php_file(types: int) -> str:
    parts = ["<?php\n\nnamespace App\\Store;\n\nuse App\\Support\\BaseService;\n"]
    for i in range(types):
        parts.append(
            f"// Item{i}Service labels stored things.\nclass Item{i}Service extends BaseService\n{{\n"
            f"    public function __construct(private Item{i}Repository $repository)\n    {{\n    }}\n\n"
            f"    /** Labels item {i}. */\n    public function label(int $id): string\n    {{\n        if ($id === 0) {{\n"
            f"            return 'none';\n        }}\n        return \"item {i} $id\";\n    }}\n}}\n\n"
            f"function find_item{i}(int $id): ?string\n{{\n    if ($id === 0) {{\n        return null;\n    }}\n"
            f"    return 'http://example.com/{i}';\n}}\n"
        )
    return "\n".join(parts)


def swift_file(types: int) -> str:
    parts = ["import Foundation\n"]
    for i in range(types):
        parts.append(
            f"// Item{i}Service labels stored things.\nclass Item{i}Service: BaseService {{\n"
            f"    private let repository: Item{i}Repository\n\n    init(repository: Item{i}Repository) {{\n"
            f"        self.repository = repository\n        super.init()\n    }}\n\n"
            f'    /// Labels item {i}.\n    func label(id: Int) -> String {{\n        if id == 0 {{\n            return "none"\n'
            f'        }}\n        return "item {i} \\(id)"\n    }}\n}}\n\n'
            f"func findItem{i}(id: Int) -> String? {{\n    if id == 0 {{\n        return nil\n    }}\n"
            f'    return "http://example.com/{i}"\n}}\n'
        )
    return "\n".join(parts)


def sql_file(tables: int) -> str:
    parts = []
    for i in range(tables):
        parts.append(
            f"-- Items of shelf {i}.\nCREATE TABLE items_{i} (\n    id INTEGER PRIMARY KEY,\n"
            f"    name VARCHAR(100) NOT NULL DEFAULT '-- none',\n    shelf INTEGER NOT NULL,\n    price NUMERIC(10, 2)\n);\n\n"
            f"CREATE INDEX idx_items_{i}_shelf ON items_{i} (shelf);\n\n"
            f"/* The cheap ones. */\nCREATE VIEW cheap_items_{i} AS SELECT id, name FROM items_{i} WHERE price < 10;\n\n"
            f"CREATE FUNCTION item_{i}_count(s INTEGER) RETURNS INTEGER AS $$\n"
            f"    SELECT COUNT(*) FROM items_{i} WHERE shelf = s;\n$$ LANGUAGE sql;\n"
        )
    return "\n".join(parts)


RUST_BUDGET = 80
#: Nodes whose children are declarations: a file, a type's body (Kotlin/Swift `class_body`, Rust/PHP
#: `declaration_list`, Ruby `body_statement`).
_BODIES = frozenset({"class_body", "declaration_list", "body_statement"})


#: What belongs to the declaration below it (a chunk never ends with one).
_LEADING = frozenset({"comment", "line_comment", "block_comment", "multiline_comment", "marginalia", "attribute_item"})


def member_ends(text: str, language: str) -> set[int]:
    """The 1-based last lines of every declaration of the file and of its types' bodies, and the file's last line."""
    root = parse(text, language)
    assert root is not None and not root.has_error, language
    members = [kid for kid in root.named_children]
    members += [n for n in walk(root) if n.parent is not None and n.parent.type in _BODIES]
    return {last_row(n) + 1 for n in members if n.type not in _LEADING} | {len(text.splitlines())}


def assert_cut_at_members(file: SourceFile, budget: int) -> list:
    chunks = list(chunk_file(file, "other", max_tokens=budget))
    ends = member_ends(file.text, file.language)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.end_line in ends, (file.language, chunk.start_line, chunk.end_line, chunk.unit, chunk.symbol)
        assert chunk.start_line == 1 or chunk.start_line - 1 in ends, (file.language, chunk.start_line, chunk.end_line)
        assert chunk.unit != "lines" or chunk.symbol
    return chunks


def assert_comments_blanked(text: str, language: str, comment: str, kept: str) -> None:
    """The comment line is blanked (rows kept), the string that looks like a comment is not."""
    code = code_only(text, language)
    lines = text.split("\n")
    assert len(code) == len(lines)
    row = next(i for i, line in enumerate(lines) if line.strip() == comment)
    assert code[row].strip() == "" and len(code[row]) == len(lines[row])
    assert any(kept in line for line in code), kept


@pytest.mark.parametrize(
    ("language", "make", "suffix", "budget", "types", "methods", "comment", "kept"),
    [
        (
            "kotlin",
            kotlin_file,
            "kt",
            110,
            {"Item0Service", "Item5Service", "findItem0"},
            {"Item0Service.label", "Item0Service.find", "findItem5"},
            "// Item0Service labels stored things.",
            '"item 0 // not a comment"',
        ),
        (
            "rust",
            rust_file,
            "rs",
            RUST_BUDGET,
            {"Item0", "Item5"},
            {"Item0.fmt", "find_item0", "Item5.fmt", "Item0.new", "Item0.label"},
            "// Items are shown by id.",
            '"http://example.com/0"',
        ),
        (
            "ruby",
            ruby_file,
            "rb",
            60,
            {"Item0", "Item5", "find_item0"},
            {"Item0.label", "Item0.to_json", "find_item5"},
            "# Item0 is one stored thing.",
            '"item 0 # not a comment"',
        ),
        (
            "php",
            php_file,
            "php",
            80,
            {"Item0Service", "find_item0"},
            {"Item0Service.__construct", "Item0Service.label", "find_item5"},
            "// Item0Service labels stored things.",
            "'http://example.com/0'",
        ),
        (
            "swift",
            swift_file,
            "swift",
            80,
            {"Item0Service", "findItem0"},
            {"Item0Service.init", "Item0Service.label", "findItem5"},
            "// Item0Service labels stored things.",
            '"http://example.com/0"',
        ),
    ],
)
def test_new_languages_are_cut_at_declarations_and_members_with_comments_blanked(
    language, make, suffix, budget, types, methods, comment, kept
) -> None:
    text = make(6)
    file = SourceFile(f"src/store/items.{suffix}", text, language, len(text))
    assert language_of(file.path) == language
    chunks = assert_cut_at_members(file, budget)
    assert types <= {c.symbol.split(".")[0] for c in chunks}, {c.symbol for c in chunks}
    members = {c.symbol for c in chunks if c.unit == "method" and "." in c.symbol}
    assert members, "no type over the budget was cut at its members"
    assert {c.unit for c in chunk_file(file, "other", max_tokens=10_000)} == {"file"}
    assert methods <= {c.symbol for c in method_chunks(file, "other")}
    for method in method_chunks(file, "other"):
        code = [line for line in code_only(method.text, language) if line.strip()]
        assert code[-1].strip() in ("}", "end"), (method.symbol, code[-1])
    assert_comments_blanked(text, language, comment, kept)


def test_sql_files_are_cut_at_statements_tables_and_views_apart() -> None:
    text = sql_file(6)
    file = SourceFile("db/schema.sql", text, "sql", len(text))
    chunks = assert_cut_at_members(file, 90)
    by_symbol = {c.symbol: c for c in chunks}
    assert {f"items_{i}" for i in range(6)} <= set(by_symbol)
    for chunk in chunks:  # a chunk holds at most one table or view
        assert len(re.findall(r"^CREATE (?:TABLE|VIEW)", chunk.text, re.MULTILINE)) <= 1, chunk.text
    assert {f"item_{i}_count" for i in range(6)} == {c.symbol for c in method_chunks(file, "other")}
    assert_comments_blanked(text, "sql", "-- Items of shelf 0.", "DEFAULT '-- none'")
    assert [n for n, _ in file_facts(text, "sql").types][:2] == ["items_0", "cheap_items_0"]
