"""Model answers and repository-derived strings, made safe for Streamlit's markdown: nothing they hold fetches a URL.

A model answer, a dataset name, a repository path or a suite prompt is text someone else wrote. Streamlit renders
markdown: `![](http://…)` would make the browser fetch that host, a backtick in a name would close the inline code
around it and let the rest become markdown, and a Mermaid `%%{init: …}%%` directive (or a `---` front-matter
`config:`) could set styles holding `url(…)`. So:

- `safe_markdown(text)`: the text's markdown with every link and image disarmed (brackets escaped: `![x](u)` shows as
  text, never as an image or a link) and every bare or `<…>` URL shown as inline code; fenced and inline code are
  left as they are (they render literally). Headings, lists, emphasis and tables still render.
- `inline_code(text)`: `text` as one inline code span, whatever backticks it holds (CommonMark: a fence longer than
  any run inside, padded with spaces), on one line.
- `strip_mermaid_directives(code)`: a Mermaid diagram without `%%{…}%%` directives or a front-matter block.
- `show_markdown(text, where)`: the one way the pages write model or repository text (`where` may be a placeholder
  being re-filled while an answer streams in).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["inline_code", "safe_markdown", "show_markdown", "strip_mermaid_directives"]

#: An inline code span on one line: a run of backticks, anything, the same run again (not part of a longer run).
#: Only one line, and never holding `|` (a table splits its cells first): when in doubt, text is disarmed, not kept.
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)[^\n|]*?(?<!`)\1(?!`)")
#: A fenced code block (``` or ~~~, up to three spaces of indent) up to its closing fence or the end.
_FENCE = re.compile(
    r"^[ ]{0,3}(?:(`{3,})[^`\n]*\n.*?(?:^[ ]{0,3}\1`*[ \t]*$|\Z)|(~{3,})[^\n]*\n.*?(?:^[ ]{0,3}\2~*[ \t]*$|\Z))",
    re.DOTALL | re.MULTILINE,
)
#: Bare and `<…>` URLs (a GFM autolink literal or a CommonMark autolink): shown as code, never as a link.
_URL = re.compile(r"<?\b(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:(?://|[^\s<>`|]*@)|www\.)[^\s<>`|]*>?")
#: Outside code, an existing backslash escape is kept as it is and every other bracket gets one (no link, no image).
_BRACKETS = re.compile(r"(\\.)|([\[\]])", re.DOTALL)
#: `%%{ … }%%` directives (possibly over several lines) and a leading `---` front-matter block.
_DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n.*?\n[ \t]*---[ \t]*(?:\n|\Z)", re.DOTALL)
#: Whitespace and control characters that cannot stand in one line of inline code.
_LINE_BREAKS = re.compile(r"[\r\n\t\x00-\x1f\x7f\u2028\u2029]+")


def inline_code(text: object) -> str:
    """`text` as one inline code span that nothing inside can close (backticks, newlines and all)."""
    value = _LINE_BREAKS.sub(" ", str(text))
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def safe_markdown(text: str) -> str:
    """Markdown from an untrusted author with links and images disarmed and URLs shown as code."""
    pieces: list[str] = []
    at = 0
    for fence in _FENCE.finditer(text):
        pieces.append(_safe_prose(text[at : fence.start()]))
        pieces.append(fence.group(0))
        at = fence.end()
    pieces.append(_safe_prose(text[at:]))
    return "".join(pieces)


def strip_mermaid_directives(code: str) -> str:
    """A Mermaid diagram from a repository or a model without its `%%{init}%%`-style directives or front matter."""
    return _DIRECTIVE.sub("", _FRONT_MATTER.sub("", code, count=1))


def show_markdown(text: str, where: Any = None) -> None:
    """Write untrusted markdown through `safe_markdown` into `where` (a container or placeholder; default: the page)."""
    if where is None:
        import streamlit as st

        where = st
    where.markdown(safe_markdown(text))


def _safe_prose(text: str) -> str:
    """Outside fenced code: inline code spans kept, everything else disarmed."""
    pieces: list[str] = []
    at = 0
    for span in _CODE_SPAN.finditer(text):
        pieces.append(_disarm(text[at : span.start()]))
        pieces.append(span.group(0))
        at = span.end()
    pieces.append(_disarm(text[at:]))
    return "".join(pieces)


def _disarm(text: str) -> str:
    pieces: list[str] = []
    at = 0
    for url in _URL.finditer(text):
        pieces.append(_escape_brackets(text[at : url.start()]))
        pieces.append(inline_code(url.group(0).removeprefix("<").removesuffix(">")))
        at = url.end()
    pieces.append(_escape_brackets(text[at:]))
    return "".join(pieces)


def _escape_brackets(text: str) -> str:
    return _BRACKETS.sub(lambda m: m.group(1) or "\\" + m.group(2), text)
