"""One prompt, one answer: micro-chunks merged, shared symbols located, signatures shown."""

from __future__ import annotations

from architect_ai.data import Chunk
from architect_ai.generate.micro_chunks import merge_micro_chunks
from architect_ai.generate.templates import METHOD_TEMPLATES, signature_of, template_major, templates_for

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


def test_micro_method_chunks_are_merged_into_a_verbatim_slice_of_their_class():
    whole = _chunk(1, 14, "Shelf", "file")
    methods = [_chunk(3, 3, "Shelf.Count"), _chunk(5, 5, "Shelf.Empty"), _chunk(7, 13, "Shelf.LoadAsync")]
    merged = list(merge_micro_chunks(methods, [whole]))
    assert len(merged) == 1
    (chunk,) = merged
    assert (chunk.start_line, chunk.end_line) == (3, 13)
    assert chunk.text == "\n".join(LINES[2:13])
    assert chunk.symbol == "Shelf.Count + Empty + LoadAsync"
    alone = list(merge_micro_chunks([_chunk(3, 3, "Shelf.Count")], [whole]))
    assert alone == []  # a micro-chunk with no neighbour is dropped: its class's chunk teaches it


def test_given_the_signature_prompts_show_the_signature():
    method = _chunk(7, 13, "Shelf.LoadAsync")
    assert signature_of(method) == (
        "```csharp\n    public async Task<int> LoadAsync(string id, CancellationToken token)\n```"
    )
    examples = list(
        template_major(
            [method],
            lambda _: METHOD_TEMPLATES,
            category="sweep",
            kind="additional_code",
            conventions=[],
            system_prompt="",
            group_prefix="method",
        )
    )
    signature = next(e for e in examples if e.template == "method.signature")
    assert "public async Task<int> LoadAsync(string id, CancellationToken token)" in signature.user


def test_chunks_that_share_a_file_or_symbol_are_named_with_their_lines():
    first, second = _chunk(1, 7, "Shelf", "class"), _chunk(8, 14, "Shelf", "class")
    examples = list(
        template_major(
            [first, second],
            lambda c: templates_for(c.role),
            category="user_code",
            kind="",
            conventions=[],
            system_prompt="",
            group_prefix="code",
        )
    )
    prompts: dict[str, set[str]] = {}
    for example in examples:
        prompts.setdefault(example.user, set()).add(example.assistant)
    assert all(len(answers) == 1 for answers in prompts.values())  # one prompt, one answer
    assert any("(lines 8–14)" in user for user in prompts)
