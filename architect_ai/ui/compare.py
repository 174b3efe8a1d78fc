"""Two datasets side by side: counts, success criteria and conventions (the Home page's compare view)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.quality.explain import split_label
from architect_ai.ui.datasets import load_dataset
from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.style import FAIL, PASS


def compare_rows(left: tuple[dict, dict], right: tuple[dict, dict]) -> dict[str, list[dict]]:
    """`{"counts": rows, "criteria": rows, "conventions": rows}`, each row with the value of both datasets."""
    (lm, lr), (rm, rr) = left, right
    counts = []
    for label, getter in (
        ("examples", lambda r: (r.get("counts") or {}).get("total", 0)),
        ("target", lambda r: r.get("target", 0)),
        *[
            (f"category {c}", lambda r, c=c: ((r.get("counts") or {}).get("by_category") or {}).get(c, 0))
            for c in ("artifact", "user_code", "sweep")
        ],
        ("user-code files", lambda r: (r.get("counts") or {}).get("user_code_files", 0)),
        ("dropped / skipped", lambda r: sum((r.get("drops") or {}).values())),
    ):
        counts.append({"figure": label, "A": getter(lr), "B": getter(rr)})

    def verdicts(report: dict) -> dict[str, str]:
        return {
            split_label(c.get("label", c.get("id", "")))[0]: PASS if c.get("passed") else FAIL
            for c in report.get("criteria") or []
        }

    va, vb = verdicts(lr), verdicts(rr)
    criteria = [{"criterion": k, "A": va.get(k, ""), "B": vb.get(k, "")} for k in dict.fromkeys([*va, *vb])]

    def conventions(manifest: dict) -> dict[str, int]:
        return {c.get("id", ""): int(c.get("count", 0)) for c in manifest.get("conventions") or []}

    ca, cb = conventions(lm), conventions(rm)
    rows = [{"convention": k, "A": ca.get(k, 0), "B": cb.get(k, 0)} for k in sorted({*ca, *cb})]
    return {"counts": counts, "criteria": criteria, "conventions": rows}


def render_compare(a: Path, b: Path) -> None:
    st.subheader(f"Compare A {inline_code(a.name)} with B {inline_code(b.name)}")
    try:
        rows = compare_rows(load_dataset(a), load_dataset(b))
    except (OSError, ValueError) as exc:
        st.error(f"cannot compare: {exc}", icon=":material/error:")
        return
    # Static tables, one a row: their labels wrap, so A and B stay in sight beside each other at any width (three
    # scrolling grids side by side had pushed A and B out of sight).
    for section, label in (("criteria", "criterion"), ("counts", "figure"), ("conventions", "convention")):
        if rows[section]:
            st.table(pd.DataFrame(rows[section]).set_index(label))
