"""One prompt, one answer: signatures shown, shared symbols located."""

from __future__ import annotations

from architect_ai.data import Chunk
from architect_ai.generate.answer_cap import capped
from architect_ai.generate.tasks import TaskContext, member_examples, unit_examples
from architect_ai.generate.templates import signature_of

FILE = "\n".join(
    [
        "public class Shelf",  # 1
        "{",  # 2
        "    public int Count() => _items.Count;",  # 3
        "",  # 4
        "    public bool Empty() => Count() == 0;",  # 5
        "",  # 6
        "    [HttpGet]",  # 7
        "    public async Task<int> LoadAsync(string id, CancellationToken token)",  # 8
        "    {",  # 9
        "        var items = await _repo.GetAsync(id, token);",  # 10
        "        _items = items;",  # 11
        "        return items.Count;",  # 12
        "    }",  # 13
        "}",  # 14
    ]
)
LINES = FILE.split("\n")


def _chunk(start: int, end: int, symbol: str, unit: str = "method") -> Chunk:
    return Chunk("Shelf.cs", start, end, "\n".join(LINES[start - 1 : end]), "csharp", "dotnet_service", symbol, unit)


def test_given_the_signature_prompts_show_the_signature():
    method = _chunk(7, 13, "Shelf.LoadAsync")
    assert signature_of(method) == (
        "```csharp\n    public async Task<int> LoadAsync(string id, CancellationToken token)\n```"
    )
    whole = _chunk(1, 14, "Shelf", "file")
    examples = list(member_examples([method], [whole], TaskContext.of([whole], None, (), "")))
    assert {e.template for e in examples} == {"member.implement", "member.signature", "member.add"}
    for example in examples:
        assert "public async Task<int> LoadAsync(string id, CancellationToken token)" in example.user
        assert "_repo.GetAsync" not in example.user  # the class around it is an outline: no bodies
        assert example.assistant.endswith("```") and "_repo.GetAsync(id, token)" in example.assistant


def test_chunks_that_share_a_file_or_symbol_are_named_with_their_lines():
    first, second = _chunk(1, 7, "Shelf", "class"), _chunk(8, 14, "Shelf", "class")
    examples = list(capped(unit_examples([first, second], TaskContext.of([first, second], None, (), ""))))
    prompts: dict[str, set[str]] = {}
    for example in examples:
        prompts.setdefault(example.user, set()).add(example.assistant)
    assert all(len(answers) == 1 for answers in prompts.values())  # one prompt, one answer
    assert not any("lines" in user for user in prompts)  # never the answer's position
