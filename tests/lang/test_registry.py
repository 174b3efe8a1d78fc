"""The language registry: every registered language parses its sample, blanks its comments and reads its facts;
no module outside `architect_ai/lang/` names a grammar package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from architect_ai.analyze.analysis import CODE_LANGUAGES
from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.treesitter import comment_nodes, parse_code
from architect_ai.ingest.history_filters import CODE_LANGUAGES as HISTORY_CODE_LANGUAGES
from architect_ai.ingest.languages import language_of
from architect_ai.lang import GRAMMARS, LANGUAGES, code_grammar, reading, support
from architect_ai.lang.facts import file_facts
from architect_ai.quality.code_validity import PARSED, parses

ROOT = Path(__file__).resolve().parents[2]
#: How a sample is broken so the code gate must refuse it (the first `{` otherwise).
BREAK = {"python": (":", ""), "ruby": ("end\n", ""), "sql": ("(", "")}
#: What each sample declares (its facts query must find them): types, functions or methods.
DECLARED = {
    "kotlin": ({"Order", "OrderService", "OrderRepository"}, {"total", "ship"}),
    "rust": ({"Order"}, {"total", "fmt"}),
    "ruby": ({"Order"}, {"total", "ship"}),
    "php": ({"OrderService"}, {"total", "__construct", "ship"}),
    "swift": ({"Order", "OrderService"}, {"total", "ship"}),
    "sql": ({"customers", "orders", "open_orders"}, {"order_count"}),
    "go": ({"Order"}, {"Find", "Label"}),
}


@pytest.mark.parametrize("name", sorted(LANGUAGES))
def test_every_language_parses_its_sample_and_reads_comments_and_facts(name: str) -> None:
    lang = LANGUAGES[name]
    root = parse_code(lang.sample, name)
    assert root is not None and not root.has_error, name
    comments = comment_nodes(lang.sample, name)
    assert comments, f"{name}: the comment query found no comment in its sample"
    blanked = "\n".join(code_only(lang.sample, name))
    assert all(node.text.decode() not in blanked for node in comments)
    facts = file_facts(lang.sample, name)
    assert facts is not None and facts.types and (facts.imports or name == "sql"), name  # SQL has no imports
    assert facts.functions or facts.methods, name
    if name in DECLARED:
        types, functions = DECLARED[name]
        assert {n for n, _ in facts.types} == types, name
        assert {n for n, _ in facts.functions + facts.methods} == functions, name
    assert parses(lang.sample, name) and name in PARSED
    old, new = BREAK.get(name, ("{", ""))
    broken = lang.sample.replace(old, new, 1)
    assert broken != lang.sample and not parses(broken, name), f"{name}: a broken sample still parses"


def test_go_and_javascript_are_registered_with_their_own_grammars() -> None:
    assert code_grammar("go") == "go" and code_grammar("javascript", "src/app.js") == "javascript"
    assert (
        code_grammar("typescript", "src/App.tsx") == "tsx" and code_grammar("javascript", "src/App.jsx") == "javascript"
    )
    assert support("go")["chunks"] == "declarations" and support("javascript")["structural"]
    assert support("rust") == {
        "structural": True,
        "grammar": "rust",
        "chunks": "declarations",
        "comments": "grammar",
        "detectors": [],
    }
    assert support("c") == {"structural": False, "chunks": "lines", "comments": "line rule", "detectors": []}
    said = reading({"kotlin": 3, "c": 1})
    assert said["structural"] == {"kotlin": 3} and said["text_only"] == {"c": 1}
    assert said["summary"].endswith("read only as text (no grammar: no declarations, not taught): 1 c file.")


def test_every_code_language_is_registered_with_a_grammar_comments_and_facts() -> None:
    assert set(LANGUAGES) == set(CODE_LANGUAGES) == set(HISTORY_CODE_LANGUAGES)
    for name in CODE_LANGUAGES:
        lang = LANGUAGES[name]
        assert lang.grammars and lang.comment_types and lang.facts_query and lang.sample, name
        assert support(name)["chunks"] == "declarations" or name == "python", name  # Python: cut by `ast`


def test_the_new_grammars_are_imported_only_when_a_file_of_theirs_is_parsed() -> None:
    code = (
        "import sys\n"
        "import architect_ai.analyze.analysis, architect_ai.analyze.chunks, architect_ai.lang.facts\n"
        "from architect_ai.analyze.treesitter import parse\n"
        "loaded = lambda: sorted(m.split('.')[0] for m in sys.modules if m.startswith('tree_sitter_'))\n"
        "before = loaded()\n"
        "parse('fn main() {}\\n', 'rust')\n"
        "print(before, sorted(set(loaded())))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "[] ['tree_sitter_rust']", out


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("a/B.kt", "kotlin"),
        ("build.gradle.kts", "kotlin"),
        ("src/lib.rs", "rust"),
        ("app/models/user.rb", "ruby"),
        ("src/User.php", "php"),
        ("Sources/App.swift", "swift"),
        ("db/schema.sql", "sql"),
    ],
)
def test_ingest_labels_the_new_suffixes_with_the_registry_names(path: str, name: str) -> None:
    assert language_of(path) == name and code_grammar(name, path) == name


def test_suffixes_agree_with_ingest() -> None:
    for name, lang in LANGUAGES.items():
        for suffix in lang.suffixes:
            assert language_of(f"src/file{suffix}") == name, (name, suffix)


def test_no_module_outside_lang_names_a_grammar_package() -> None:
    packages = sorted({g.package for g in GRAMMARS.values()})
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, packages)) + r")\b")
    offenders = []
    for folder in ("architect_ai", "bench", "tests", "pages"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith("architect_ai/lang/") or relative == "tests/lang/test_registry.py":
                continue
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(relative)
    assert offenders == []
    assert {"tree_sitter_go", "tree_sitter_javascript", "tree_sitter_kotlin", "tree_sitter_sql"} <= set(packages)


@pytest.mark.parametrize(
    ("language", "member", "broken"),
    [
        ("kotlin", "constructor(id: Long) : this() {\n    println(id)\n}", "fun label(id: Long {"),
        ("swift", "init(repository: Repo) {\n    self.repository = repository\n}", "init(repository: Repo {"),
        ("rust", "pub fn is_empty(&self) -> bool {\n    self.id == 0\n}", "pub fn is_empty(&self -> bool {"),
        ("ruby", "  def label(id)\n    id.to_s\n  end", "def label(id)\n  id.to_s\n"),
        ("php", "    public function label(int $id): string\n    {\n        return 'x';\n    }", "function f( {"),
        ("sql", "CREATE INDEX idx_shelf ON items (shelf);", "CREATE TABLE items (id INTEGER"),
    ],
)
def test_the_code_gate_reads_members_of_the_new_languages_and_refuses_broken_code(language, member, broken) -> None:
    # a member taken out of its class parses (Kotlin's secondary constructor and PHP's methods inside a class
    # wrapper); a PHP snippet without its `<?php` tag is read as PHP, not as HTML text (which never has an error)
    assert parses(member, language), member
    assert not parses(broken, language), broken
