"""A miner convention is defined once (#18 point 3): one `MinerConvention` record says how it is mined, which
languages show it, how an answer shows it and its hint — the miner, `conventions_shown` and the instruction hints
all read that record, so what the miner counts in a file is what an answer is judged by."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.analyze import convention_evidence
from architect_ai.analyze.convention_evidence import conventions_shown, languages_of
from architect_ai.analyze.conventions import ConventionMiner
from architect_ai.analyze.miner_conventions import BY_ID, HINTS, MINER_CONVENTIONS, SUFFIX_FAMILIES
from architect_ai.analyze.roles import file_role
from architect_ai.config import SAMPLE_REPO
from architect_ai.data import Convention, SourceFile
from architect_ai.generate.templates import CONVENTION_HINTS, convention_hint
from tests.analyze.stacks import DOTNET_MEDIATR, FASTAPI_SQLMODEL

_LANGUAGES = {".cs": "csharp", ".ts": "typescript", ".py": "python"}
#: Conventions whose evidence is one line of what several lines show together (`HttpClient` injected *and* an
#: `Observable` returned).
_SEVERAL_LINES = {"angular_httpclient_observable"}


def _mined(files: dict[str, str]) -> list[Convention]:
    miner = ConventionMiner()
    for path, text in files.items():
        language = _LANGUAGES.get(Path(path).suffix, "text")
        miner.add(SourceFile(path, text, language, len(text)), file_role(path, text, language))
    return [c for c in miner.conventions() if c.origin == "miner"]


def _sample() -> dict[str, str]:
    return {
        p.relative_to(SAMPLE_REPO).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(SAMPLE_REPO.rglob("*"))
        if p.is_file() and p.suffix in _LANGUAGES and "node_modules" not in p.parts
    }


def test_every_miner_convention_is_one_record_with_its_languages_patterns_and_hint() -> None:
    assert len(BY_ID) == len(MINER_CONVENTIONS)
    for record in MINER_CONVENTIONS:
        assert record.languages and record.shown_by and record.mined, record.id
        assert record.names in ("", "first", "any", "suffix", "all"), record.id
        assert languages_of(Convention(record.id, "", 1)) == record.languages
    assert CONVENTION_HINTS is HINTS and set(HINTS) <= set(BY_ID)
    assert {"dto_suffix", "component_suffix"} <= set(SUFFIX_FAMILIES)
    source = Path(convention_evidence.__file__).read_text()
    assert "_MINER" not in source and "HttpClient" not in source  # no second set of "does it show" rules


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample mother project not present")
@pytest.mark.parametrize("fixture", ["sample", "dotnet", "fastapi"])
def test_what_the_miner_counts_in_a_file_is_what_an_answer_is_judged_by(fixture: str) -> None:
    files = {"sample": _sample, "dotnet": lambda: DOTNET_MEDIATR, "fastapi": lambda: FASTAPI_SQLMODEL}[fixture]()
    mined = _mined(files)
    assert mined, fixture
    for convention in mined:
        assert convention.id in BY_ID, f"{convention.id}: mined without a record"
        if convention.id in _SEVERAL_LINES:
            continue
        for evidence in convention.evidence:
            language = _LANGUAGES[Path(evidence.path).suffix]
            shown = conventions_shown(evidence.text, [convention], language)
            assert shown == (convention.id,), (convention.id, evidence)


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample mother project not present")
def test_a_class_that_shows_a_mined_convention_is_hinted_with_the_records_hint() -> None:
    by_id = {c.id: c for c in _mined(_sample())}
    (path,) = [p for p in _sample() if p.endswith("core/services/book.service.ts")]
    service = _sample()[path]
    shown = conventions_shown(service, list(by_id.values()), "typescript")
    assert {"angular_httpclient_observable", "angular_provided_in_root"} <= set(shown)
    hint = convention_hint(("angular_httpclient_observable",), list(by_id.values()), 0)
    assert hint == BY_ID["angular_httpclient_observable"].hint.format(
        name=by_id["angular_httpclient_observable"].names[0]
    )
    # A text injecting HttpClient without returning an Observable shows the convention by neither pattern alone.
    assert (
        conventions_shown(
            "constructor(private http: HttpClient) {}", [by_id["angular_httpclient_observable"]], "typescript"
        )
        == ()
    )
