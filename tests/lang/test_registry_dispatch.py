"""Roles, detectors and structure come from the language registry (#18 point 1): the detector catalogue is the union
of the registered languages' ecosystems, and a language registered at run time — one record, no other module
edited — gets its role rule applied by the real `file_role` and its structure reader called by `collect_structure`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from architect_ai.analyze import detectors
from architect_ai.analyze.analysis import CODE_LANGUAGES, DETECTED_MARKUP
from architect_ai.analyze.detectors import CATALOGUE, ecosystem, ecosystems
from architect_ai.analyze.roles import file_role
from architect_ai.analyze.structure import StructureCollector, collect_structure
from architect_ai.analyze.structure_records import ClassInfo
from architect_ai.data import SourceFile
from architect_ai.lang import GRAMMARS, LANGUAGES, Language, file_language, register, unregister


def test_the_catalogue_is_the_union_of_the_ecosystems_the_registered_languages_bring() -> None:
    listed = [name for lang in LANGUAGES.values() for name in lang.ecosystems]
    assert len(listed) == len(set(listed)), "an ecosystem is listed by one language only"
    assert ecosystems() == tuple(listed)
    assert tuple(d for name in listed for d in ecosystem(name)) == CATALOGUE
    modules = {p.stem for p in Path(detectors.__file__).parent.glob("*.py") if p.stem != "__init__"}
    assert set(listed) == modules, "every detector module is brought by a registered language"
    # The registry's order keeps the catalogue's (first detector of each ecosystem), so datasets stay byte-identical.
    firsts = [ecosystem(name)[0].id for name in listed]
    assert firsts == [ecosystem(n)[0].id for n in ("dotnet", "angular", "react", "python", "jvm", "node", "go")], firsts


def test_every_detector_reads_a_registered_language_and_only_known_labels() -> None:
    known = set(CODE_LANGUAGES) | set(DETECTED_MARKUP)
    for lang in LANGUAGES.values():
        for name in lang.ecosystems:
            found = ecosystem(name)
            assert found, name
            assert any(lang.name in d.languages for d in found), f"{name}: no detector reads {lang.name}"
            for detector in found:
                assert detector.languages & set(LANGUAGES), detector.id
                assert detector.languages <= known, (detector.id, detector.languages - known)


def test_every_registered_rule_and_reader_resolves_to_a_function() -> None:
    assert {name for name, lang in LANGUAGES.items() if lang.roles} == {"csharp", "typescript", "javascript"}
    assert {name for name, lang in LANGUAGES.items() if lang.structure} == {
        "csharp",
        "typescript",
        "python",
        "java",
        "kotlin",
    }
    for lang in LANGUAGES.values():
        assert all(callable(f) for f in (*lang.role_rules(), *lang.structure_readers())), lang.name


def test_importing_the_registry_imports_no_reader_rule_or_grammar() -> None:
    code = (
        "import sys\nimport architect_ai.lang\n"
        "print(sorted(m for m in sys.modules if m.startswith(('architect_ai.analyze', 'tree_sitter'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# -- a toy language, registered at run time -------------------------------------------------------------------------
READ: list[tuple[str, str]] = []


def toy_role(name: str, folders: tuple[str, ...], text: str, label: str) -> str:
    return "toy_widget" if name.endswith("Widget.toy") or "widget" in folders else ""


def toy_reader(file: SourceFile, role: str, into: StructureCollector) -> None:
    READ.append((file.path, role))
    end = file.text.count("\n") + 1
    into.facts.classes.append(ClassInfo(Path(file.path).stem, "service", role, (), file.path, 1, end))


@pytest.fixture
def toy() -> Iterator[Language]:
    lang = Language(
        name="toy",
        title="Toy",
        suffixes=(".toy",),
        grammars=(GRAMMARS["python"],),  # any grammar will do: the rule and the reader are what is tested
        roles=(toy_role,),
        test_content=r"^@toytest\b",
        structure=(toy_reader,),
    )
    READ.clear()
    register(lang)
    yield lang
    unregister("toy")
    READ.clear()


def _file(path: str, text: str = "x = 1\n", label: str = "toy") -> SourceFile:
    return SourceFile(path, text, label, len(text))


def test_a_registered_language_gets_its_role_rule_through_file_role(toy: Language) -> None:
    assert file_language("toy", "src/a.toy") is toy and file_language("text", "src/a.toy") is toy
    assert file_role("src/BuyWidget.toy", "x = 1\n", "toy") == "toy_widget"
    assert file_role("src/widget/Buy.toy", "x = 1\n", "toy") == "toy_widget"
    assert file_role("src/Buy.toy", "x = 1\n", "toy") == "other_toy"  # the rule left it: the generic name
    assert file_role("src/BuyWidget.toy", "@toytest\nx = 1\n", "toy") == "test"  # its test_content pattern
    unregister("toy")
    assert file_role("src/BuyWidget.toy", "x = 1\n", "toy") == "other_toy"


def test_a_registered_language_gets_its_structure_reader_through_collect_structure(toy: Language) -> None:
    widget, spec = _file("src/BuyWidget.toy", "a = 1\nb = 2\n"), _file("tests/BuyWidget.toy")
    structure = collect_structure((f, file_role(f.path, f.text, f.language)) for f in (widget, spec))
    assert READ == [("src/BuyWidget.toy", "toy_widget")]  # a test file is no structure
    assert [(c.name, c.role, c.start_line, c.end_line) for c in structure.classes] == [
        ("BuyWidget", "toy_widget", 1, 3)
    ]
    unregister("toy")
    assert collect_structure([(widget, "toy_widget")]).classes == ()
