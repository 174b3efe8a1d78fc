"""Go and JavaScript files are cut at declaration boundaries (no line cuts), with methods of their own."""

from __future__ import annotations

from architect_ai.analyze.chunks import chunk_file, method_chunks
from architect_ai.analyze.treesitter import last_row, parse
from architect_ai.data import SourceFile


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
