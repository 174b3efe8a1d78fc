"""The Browse tab: every example of a dataset, filtered, searched and paged; a row opens it; review actions.

Rejecting an example records its id in the dataset folder (`rejected.json`); "Re-export without rejected" rebuilds
every file without them (`architect_ai.export.reexport`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.errors import UserError
from architect_ai.export.reexport import load_edits, load_rejected, reexport, save_edits, save_rejected
from architect_ai.ui.dataset_index import (
    COLUMNS,
    PAGE_SIZE,
    Filters,
    apply_filters,
    build_index,
    one_of_each_kind,
    page_count,
    page_of,
    read_example_at,
)
from architect_ai.ui.preview import render_example
from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.style import plural

VIEW_ALL = "All examples"
VIEW_FIRST = "First 100"
VIEW_KINDS = "One of each kind"
FIRST_ROWS = 100
TABLE_HEIGHT = 35 * (PAGE_SIZE + 1) + 3  # a whole page without an inner scrollbar


REEXPORTED = "br_reexported"  # session key: the message of the re-export that just ran (shown after the reload)


@st.cache_resource(show_spinner="Indexing the dataset…", max_entries=2)
def cached_index(folder: str, stamp: tuple[int, int, int]) -> pd.DataFrame:
    """The dataset's index, rebuilt when `dataset.jsonl` changes (`stamp`: its inode, mtime and size); read-only."""
    return build_index(Path(folder))


def dataset_index(folder: Path) -> pd.DataFrame:
    info = (folder / "dataset.jsonl").stat()
    return cached_index(str(folder), (info.st_ino, info.st_mtime_ns, info.st_size))


def _options(index: pd.DataFrame, column: str) -> list[str]:
    return sorted(v for v in index[column].unique() if v)


def _filters(index: pd.DataFrame, rejected: set[str]) -> Filters:
    c1, c2, c3 = st.columns(3)
    categories = c1.multiselect("Category", _options(index, "category"), key="br_category")
    kinds = c2.multiselect("Kind", _options(index, "kind"), key="br_kind")
    domains = c3.multiselect("Domain", _options(index, "domain"), key="br_domain")
    c4, c5, c6 = st.columns(3)
    names = sorted({n for value in index["conventions"] if value for n in value.split(", ")})
    convention = c4.selectbox("Convention", ["", *names], key="br_convention", format_func=lambda n: n or "any")
    file = c5.text_input("Source file contains", key="br_file", placeholder="e.g. Controller.cs")
    query = c6.text_input("Search text", key="br_query", placeholder="words in the instruction or answer")
    low, high = int(index["tokens"].min() or 0), int(index["tokens"].max() or 0)
    tokens = None
    if high > low:
        tokens = st.slider("Tokens", low, high, (low, high), key="br_tokens")
    hide = st.checkbox("Hide rejected examples", key="br_hide_rejected")
    return Filters(
        categories=tuple(categories),
        kinds=tuple(kinds),
        domains=tuple(domains),
        convention=convention,
        file=file.strip(),
        tokens=tokens if tokens and tokens != (low, high) else None,
        query=query,
        hide_ids=frozenset(rejected) if hide else frozenset(),
    )


def _review_bar(folder: Path, rejected: set[str], present: set[str]) -> None:
    pending = rejected & present
    edited = set(load_edits(folder)) & present
    left, right = st.columns([3, 1], vertical_alignment="center")
    left.caption(
        f":material/rate_review: {plural(len(pending), 'example')} marked rejected (`rejected.json`), "
        f"{plural(len(edited), 'instruction')} edited (`edits.json`); re-export rebuilds every file (splits, "
        "formats, subsets, report, manifest) without the rejected examples and with the edits; each example keeps "
        "its side of the split, training runs and validation history stay, and with nothing marked every file keeps "
        "its bytes."
    )
    if right.button(
        "Re-export without rejected",
        icon=":material/published_with_changes:",
        key="br_reexport",
        width="stretch",
    ):
        try:
            with st.spinner("Re-exporting…"):
                report = reexport(folder, rejected)
        except UserError as exc:
            st.error(str(exc), icon=":material/error:")
            return
        st.session_state[REEXPORTED] = (str(folder), _reexport_message(report, len(pending), len(edited)))
        st.session_state.pop("br_open", None)  # the open example may have moved: nothing stays open on stale offsets
        st.rerun()  # the index, the counts and every tab are rebuilt from the new files


def _reexport_message(report: dict, rejected: int, edited: int) -> str:
    """`Re-exported: 4,999 examples after review (1 rejected), 1 instruction edited — all 40 criteria met.`"""
    criteria = report.get("criteria", [])
    failed = sum(not c.get("passed") for c in criteria)
    verdict = (
        f"all {len(criteria)} criteria met" if not failed else f"{plural(failed, 'criterion', 'criteria')} not met"
    )
    removed = int((report.get("drops") or {}).get("dropped_rejected", 0))
    after = f" after review ({removed:,} rejected)" if removed else ""
    return (
        f"Re-exported: {report['counts']['total']:,} examples{after}, {plural(rejected, 'example')} removed now, "
        f"{plural(edited, 'instruction')} edited — {verdict}."
    )


def _detail(folder: Path, row: pd.Series, rejected: set[str]) -> None:
    example_id = str(row["id"])
    example = read_example_at(folder, int(row["offset"]), example_id)
    if example is None:
        st.info("This dataset changed on disk since the page read it; pick the example again.", icon=":material/info:")
        return
    with st.container(border=True):
        head, action = st.columns([4, 1], vertical_alignment="center")
        status = " · **rejected**" if example_id in rejected else ""
        head.markdown(f"**Example #{row['#']}** {inline_code(example_id)}{status}")
        if example_id in rejected:
            if action.button("Restore", icon=":material/undo:", key="br_restore", width="stretch"):
                save_rejected(folder, rejected - {example_id})
                st.rerun()
        elif action.button("Reject", icon=":material/block:", key="br_reject", width="stretch"):
            save_rejected(folder, rejected | {example_id})
            st.rerun()
        edits = load_edits(folder)
        current = next((m["content"] for m in example.get("messages", []) if m.get("role") == "user"), "")
        text = st.text_area(
            "Instruction (edit, then save)", edits.get(example_id, current), key=f"br_edit_{example_id}"
        )
        if st.button("Save edit", icon=":material/edit:", key="br_save_edit", disabled=text.strip() in ("", current)):
            save_edits(folder, {**edits, example_id: text.strip()})
            st.rerun()
        render_example(example, key=f"br-{example_id}")


def render_browser(folder: Path) -> None:
    """Filters, a page of rows, the selected example; review actions."""
    index = dataset_index(folder)
    if index.empty:
        st.info("This dataset has no examples.", icon=":material/info:")
        return
    rejected = set(load_rejected(folder))
    done = st.session_state.pop(REEXPORTED, None)
    if done and done[0] == str(folder):
        st.success(done[1], icon=":material/check_circle:")
    _review_bar(folder, rejected, set(index["id"]))
    view = st.segmented_control(
        "View", (VIEW_ALL, VIEW_FIRST, VIEW_KINDS), default=VIEW_ALL, key="br_view", required=True
    )
    if view == VIEW_FIRST:
        rows = index.head(FIRST_ROWS)
    elif view == VIEW_KINDS:
        rows = one_of_each_kind(index)
    else:
        rows = apply_filters(index, _filters(index, rejected))
    pages = page_count(len(rows))
    left, right = st.columns([1, 3], vertical_alignment="bottom")
    page = left.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key="br_page")
    right.caption(f"{plural(len(rows), 'matching example')} · page {page} of {pages} · {PAGE_SIZE} per page")
    shown = page_of(rows, int(page))
    table = shown[list(COLUMNS)].assign(rejected=shown["id"].isin(rejected).map({True: "rejected", False: ""}))
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=TABLE_HEIGHT,
        key="br_table",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "#": st.column_config.NumberColumn(width="small"),
            "id": st.column_config.TextColumn(width="small"),
            "instruction": st.column_config.TextColumn(width="large"),
        },
    )
    selected = event.selection.rows if event and event.selection else []
    numbers = list(shown["#"])
    picked = st.selectbox(
        "Open example",
        numbers,
        index=None,
        placeholder="click a row above, or pick its number here",
        key="br_open",
        format_func=lambda n: f"#{n}",
    )
    if selected:
        _detail(folder, shown.iloc[selected[0]], rejected)
    elif picked is not None:
        _detail(folder, shown.iloc[numbers.index(picked)], rejected)
