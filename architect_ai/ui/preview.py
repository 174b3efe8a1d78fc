"""Preview the first examples: a compact table, and one selected example's messages in detail.

One example is rendered at a time (a select box, not 100 expanders); Mermaid blocks of an answer are drawn as
diagrams, other code blocks are highlighted with `st.code`.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from markdown_it import MarkdownIt

from architect_ai.ui.datasets import preview_rows
from architect_ai.ui.mermaid_view import render_mermaid

ROLE_ICONS = {"system": "⚙️", "user": "🧑", "assistant": "🤖"}
TABLE_HEIGHT = 360
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
    """A message with its Mermaid diagrams rendered and its code highlighted."""
    for index, (kind, body) in enumerate(split_markdown(content)):
        if kind == "text":
            st.markdown(body)
            continue
        language = kind.removeprefix("code:")
        if language == "mermaid":
            render_mermaid(body, label=f"diagram {key}-{index}")
            with st.popover("Mermaid source"):
                st.code(body, language=None)
        else:
            st.code(body, language=language or None)


def example_label(row: dict) -> str:
    return f"{row['#']:>3}. {row['category']}/{row['kind']} · {row['domain']} — {row['instruction'][:60]}"


def render_preview(examples: list[dict], *, key: str = "ft_preview") -> None:
    """The table of the first examples and the detail of the selected one."""
    rows = preview_rows(examples)
    if not rows:
        st.info("This dataset has no examples.")
        return
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        height=TABLE_HEIGHT,
        key=f"{key}_table",
        column_config={
            "#": st.column_config.NumberColumn(width="small"),
            "id": st.column_config.TextColumn(width="small"),
            "instruction": st.column_config.TextColumn(width="large"),
        },
    )
    labels = [example_label(row) for row in rows]
    choice = st.selectbox(
        f"Example to inspect (of the first {len(rows)})",
        range(len(rows)),
        format_func=labels.__getitem__,
        key=f"{key}_select",
    )
    example = examples[choice]
    meta = example.get("metadata", {})
    st.caption(
        f"`{meta.get('id', '')}` · {meta.get('category')}/{meta.get('kind')} · {meta.get('domain')} · "
        f"{meta.get('tokens', 0)} tokens · source `{meta.get('source', '')}` · template `{meta.get('template', '')}`"
        + (f" · conventions: {', '.join(meta['conventions'])}" if meta.get("conventions") else "")
    )
    for number, message in enumerate(example.get("messages", [])):
        role = message.get("role", "")
        with st.chat_message(role if role in ("user", "assistant") else "ai", avatar=ROLE_ICONS.get(role)):
            st.caption(role)
            render_message(message.get("content", ""), key=f"{choice}-{number}")
