"""Transfer examples (spec → code, sibling analogies): real answers, prompts that do not name them, fair pairs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.data import Chunk, Example, chat
from architect_ai.generate.code_facts import answer_names, chunk_names, names_any, spec_facts
from architect_ai.generate.templates import code_answer
from architect_ai.generate.transfer import families, sibling_examples, spec_to_code_examples
from architect_ai.pipeline import load_analysis
from architect_ai.quality.gates import IdentifierGate
from architect_ai.quality.grounding import GroundingStats, names_its_answer
from tests.generate.mini_repo import write_repo

SYSTEM = "S"


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    root = write_repo(tmp_path_factory.mktemp("repo"))
    return load_analysis(RunConfig(repo=str(root)))


def test_spec_prompts_describe_the_code_without_naming_it_and_answer_with_the_real_code(analysis):
    examples = list(spec_to_code_examples(analysis.chunks, analysis.structure, system_prompt=SYSTEM))
    assert examples
    by_source = {c.source: c for c in analysis.chunks}
    for example in examples:
        chunk = by_source[example.source]
        assert example.assistant == code_answer(chunk)  # the real code, verbatim
        assert example.group == f"code:{chunk.source}"  # one side of the split with the chunk's variations
        assert not names_any(example.user, chunk_names(chunk, analysis.structure)), example.user
        assert not names_its_answer(example)
    controller = next(e for e in examples if e.source.startswith("server/Shop.Api/Controllers/BooksController.cs"))
    assert "`GET /api/books`" in controller.user or "GET /api/Books" in controller.user
    assert "IBookService" in controller.user  # a dependency its constructor takes
    assert "BooksController" not in controller.user
    assert len({e.user for e in examples}) == len(examples)  # one prompt, one answer


def test_facts_that_spell_the_answer_are_left_out():
    text = "public class BookService\n{\n    public BookService(BookService other) { }\n    public int Count() => 1;\n}"
    chunk = Chunk("Services/BookService.cs", 1, 5, text, "csharp", "dotnet_service", "BookService", "file")
    facts = spec_facts(chunk, None)
    assert facts == ["exposes `int Count()`"]  # the constructor taking `BookService` would name it
    assert set(answer_names("client/app/book-list.component.ts")) >= {
        "book-list.component.ts",
        "book-list.component",
        "BookListComponent",
    }
    assert names_any("Write BookListComponent", ["BookListComponent"])
    assert not names_any("Implement IBookListComponent", ["BookListComponent"])


def _family(n: int) -> list[Chunk]:
    return [
        Chunk(
            f"Handlers/Do{i}Handler.cs",
            1,
            3,
            f"public class Do{i}Handler\n{{\n    public int Handle(int value{i}) => value{i};\n}}",
            "csharp",
            "other_csharp",
            f"Do{i}Handler",
            "file",
        )
        for i in range(n)
    ]


def test_siblings_give_every_ordered_pair_in_fair_rounds_with_the_real_target():
    members = _family(4)
    assert families(members) == [members]  # unclassified code grouped by its name suffix (`Handler`)
    examples = list(sibling_examples(members, None, system_prompt=SYSTEM))
    assert len(examples) == 4 * 3  # N·(N−1)
    pairs = {(e.user.split("`")[1], e.source) for e in examples}
    assert len(pairs) == 12
    first_round = examples[:4]
    assert Counter(e.source for e in first_round) == Counter(m.source for m in members)  # each answer once
    by_source = {m.source: m for m in members}
    for example in examples:
        target = by_source[example.source]
        assert example.assistant == code_answer(target)
        model_name = example.user.split("`")[1]
        model = next(m for m in members if m.symbol == model_name)
        assert model.text in example.user and model is not target


def test_the_identifier_gate_rejects_renamed_copies_and_keeps_real_code(analysis):
    from architect_ai.pipeline import _repository_texts

    gate = IdentifierGate.of_texts(_repository_texts(analysis))
    chunk = next(c for c in analysis.chunks if "BookDto" in c.text)
    real = Example(chat(SYSTEM, "q", code_answer(chunk)), "sweep", "spec_to_code", "repo", chunk.source, "t", "g")
    assert gate.check(real) is None
    renamed = code_answer(chunk).replace("BookDto", "InvoiceorDto")
    damaged = Example(chat(SYSTEM, "q", renamed), "sweep", "spec_to_code", "repo", chunk.source, "t", "g")
    assert gate.check(damaged) == "invented_identifier"
    builtin = Example(chat(SYSTEM, "q", renamed), "artifact", "code_template", "crm", "builtin:x", "t", "g")
    assert gate.check(builtin) is None  # the builtin library is not the repository's code


def test_grounding_stats_count_unnamed_answers_and_ambiguous_prompts():
    chunk = _family(1)[0]
    named = Example(chat("", "Write Do0Handler", code_answer(chunk)), "user_code", "k", "repo", chunk.source, "t", "g")
    blind = Example(chat("", "Write a handler", code_answer(chunk)), "sweep", "k", "repo", chunk.source, "t", "g")
    other = _family(2)[1]
    clash = Example(chat("", "Write a handler", code_answer(other)), "sweep", "k", "repo", other.source, "t", "h")
    stats = GroundingStats()
    for example in (named, blind, clash):
        stats.add(example, "train")
    figures = stats.to_dict()
    assert figures["repo_code_examples"] == 3 and figures["unnamed_answer_examples"] == 2
    assert figures["ambiguous_prompts"] == 1


def test_the_sample_has_transfer_examples_that_do_not_name_their_answer(tmp_path: Path):
    analysis = load_analysis(RunConfig())
    spec = list(spec_to_code_examples(analysis.chunks, analysis.structure, system_prompt=SYSTEM))
    siblings = list(sibling_examples(analysis.chunks, analysis.structure, system_prompt=SYSTEM))
    assert len(spec) >= 100 and len(siblings) >= 500
    blind = [e for e in spec + siblings if not names_its_answer(e)]
    assert len(blind) >= 0.6 * len(spec + siblings)
