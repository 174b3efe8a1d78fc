"""The language registry: every registered language parses its sample, blanks its comments and reads its facts;
no module outside `architect_ai/lang/` names a grammar package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from architect_ai.analyze.analysis import CODE_LANGUAGES
from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.treesitter import comment_nodes, parse_code
from architect_ai.ingest.languages import language_of
from architect_ai.lang import GRAMMARS, LANGUAGES, code_grammar, support
from architect_ai.lang.facts import file_facts
from architect_ai.quality.code_validity import PARSED, parses

ROOT = Path(__file__).resolve().parents[2]
#: Code languages read only as text for now (no grammar wheel wired in yet): said in inspect and the report.
TEXT_ONLY = {"kotlin", "rust", "ruby", "php", "swift", "sql"}


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
    assert facts is not None and facts.types and facts.imports, name
    assert facts.functions or facts.methods, name
    assert parses(lang.sample, name) and name in PARSED
    broken = lang.sample.replace("{", "", 1) if "{" in lang.sample else lang.sample.replace(":", "", 1)
    assert not parses(broken, name), f"{name}: a broken sample still parses"


def test_go_and_javascript_are_registered_with_their_own_grammars() -> None:
    assert code_grammar("go") == "go" and code_grammar("javascript", "src/app.js") == "javascript"
    assert (
        code_grammar("typescript", "src/App.tsx") == "tsx" and code_grammar("javascript", "src/App.jsx") == "javascript"
    )
    assert support("go")["chunks"] == "declarations" and support("javascript")["structural"]
    assert support("rust") == {"structural": False, "chunks": "lines", "comments": "line rule", "detectors": []}


def test_every_code_language_is_registered_or_named_as_text_only() -> None:
    assert set(LANGUAGES) | TEXT_ONLY == set(CODE_LANGUAGES)
    assert not set(LANGUAGES) & TEXT_ONLY


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
    assert {"tree_sitter_go", "tree_sitter_javascript"} <= set(packages)
