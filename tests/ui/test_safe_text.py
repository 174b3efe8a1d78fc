"""Issue 20 (4): model and repository text rendered as disarmed markdown; names in inline code cannot break out."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from architect_ai.ui.mermaid_view import diagram_html
from architect_ai.ui.safe_text import inline_code, safe_markdown, strip_mermaid_directives

_MD = MarkdownIt("commonmark").enable("table")

HOSTILE = [
    "![](http://evil.example/pixel.png)",
    'Look: ![alt text](https://evil.example/a.png "t") and more',
    "[click](http://evil.example/x)",
    "![ref image][logo]\n\n[logo]: http://evil.example/logo.png",
    "![shortcut]\n\n[shortcut]: //evil.example/s.png",
    "\\\\![](http://evil.example/after-escaped-backslash.png)",
    "<http://evil.example/autolink>",
    "`unclosed ![](http://evil.example/u.png)",
    "`a\n\n![](http://evil.example/blank-line.png)\n\n`",
    "| a | b |\n|---|---|\n| `x | ![](http://evil.example/cell.png) | y` |",
    "- [x] done ![](http://evil.example/task.png)",
    "Heading\n# ![](http://evil.example/h.png)",
]


def _links_and_images(markdown: str) -> list[str]:
    found = []
    for token in _MD.parse(markdown):
        for child in token.children or []:
            if child.type in ("image", "link_open"):
                found.append(child.type)
    return found


@pytest.mark.parametrize("text", HOSTILE)
def test_no_link_or_image_survives(text: str) -> None:
    assert _links_and_images(text)  # the fixture is hostile as written
    assert _links_and_images(safe_markdown(text)) == []


def test_code_and_ordinary_markdown_are_kept() -> None:
    text = "## Plan\n\n- **one** `a[0]`\n\n```ts\nconst x = a[0]; // ![](http://x)\n```\n"
    assert safe_markdown(text) == text
    assert "http" in _MD.render(safe_markdown("see https://example.com/x"))  # shown, as code
    assert "<code>https://example.com/x</code>" in _MD.render(safe_markdown("see https://example.com/x"))


@pytest.mark.parametrize(
    "name", ["plain", "a`b", "``x``", "`![](http://evil.example/n.png)`", "x\n\n![](http://evil.example/nl.png)", ""]
)
def test_inline_code_cannot_be_closed_from_inside(name: str) -> None:
    rendered = f"Dataset {inline_code(name)} here"
    tokens = _MD.parse(rendered)
    assert len(tokens) == 3  # one paragraph: a newline in the name did not split it
    kinds = [child.type for child in tokens[1].children]
    assert kinds == ["text", "code_inline", "text"]
    code = tokens[1].children[1].content
    assert code.strip() == " ".join(name.split("\n")).replace("  ", " ").strip() or name == ""


def test_mermaid_directives_and_front_matter_are_stripped() -> None:
    code = '%%{init: {"fontFamily": "x; background: url(http://evil.example/m.png)"}}%%\nflowchart TD\n  A-->B\n'
    assert strip_mermaid_directives(code).strip() == "flowchart TD\n  A-->B"
    front = '---\nconfig:\n  themeCSS: "* { background: url(http://evil.example/f.png) }"\n---\nerDiagram\n  A ||--o{ B : has\n'
    assert strip_mermaid_directives(front).startswith("erDiagram")
    html = diagram_html(code + "\n%%{\n  init: {'themeCSS': 'url(http://evil.example/ml.png)'}\n}%%")
    assert "evil.example" not in html
    assert 'securityLevel: "strict"' in html and "secure: SECURE_KEYS" in html
