"""Render examples and messages: Mermaid blocks drawn as diagrams, other code highlighted with `st.code`.

One example is rendered at a time (the browser opens the clicked row; never 100 expanders).
"""

from __future__ import annotations

import streamlit as st
from markdown_it import MarkdownIt

from architect_ai.ui.mermaid_view import render_mermaid
from architect_ai.ui.safe_text import inline_code, show_markdown

ROLE_ICONS = {"system": ":material/settings:", "user": ":material/person:", "assistant": ":material/smart_toy:"}
_MARKDOWN = MarkdownIt("commonmark")


def split_markdown(text: str) -> list[tuple[str, str]]:
    """Cut a message into `("text", markdown)` and `("code:<language>", code)` segments, in order."""
    lines = text.splitlines(keepends=True)
    segments: list[tuple[str, str]] = []
    cursor = 0
    for token in _MARKDOWN.parse(text):
        if token.type != "fence" or not token.map:
            continue
        start, end = token.map
        if start > cursor:
            segments.append(("text", "".join(lines[cursor:start])))
        language = token.info.strip().split()[0].lower() if token.info.strip() else ""
        segments.append((f"code:{language}", token.content))
        cursor = end
    if cursor < len(lines):
        segments.append(("text", "".join(lines[cursor:])))
    return [(kind, body) for kind, body in segments if kind != "text" or body.strip()]


def render_message(content: str, key: str) -> None:
    """A message (a model answer, a dataset record) with its Mermaid diagrams drawn and its code highlighted.

    The one renderer for text someone else wrote: prose goes through `safe_text.safe_markdown`, diagrams through
    `render_mermaid` (directives stripped, strict security), code through `st.code` (literal).
    """
    for index, (kind, body) in enumerate(split_markdown(content)):
        if kind == "text":
            show_markdown(body)  # links and images disarmed: a model answer fetches nothing
            continue
        language = kind.removeprefix("code:")
        if language == "mermaid":
            render_mermaid(body, label=f"diagram {key}-{index}")
            with st.popover("Mermaid source"):
                st.code(body, language=None)
        else:
            st.code(body, language=language or None)


def render_example(example: dict, *, key: str) -> None:
    """One example: its metadata in a caption, then each message (diagrams drawn, code highlighted)."""
    meta = example.get("metadata", {})
    st.caption(
        f"{meta.get('category')}/{meta.get('kind')} · {meta.get('domain')} · {meta.get('tokens', 0)} tokens · "
        f"source {inline_code(meta.get('source', ''))} · template {inline_code(meta.get('template', ''))}"
        + (f" · conventions: {', '.join(meta['conventions'])}" if meta.get("conventions") else "")
    )
    for number, message in enumerate(example.get("messages", [])):
        role = message.get("role", "")
        with st.chat_message(role if role in ("user", "assistant") else "ai", avatar=ROLE_ICONS.get(role)):
            st.caption(role)
            render_message(message.get("content", ""), key=f"{key}-{number}")
