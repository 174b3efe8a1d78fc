"""The transfer test on the Validation page: per held-out unit, the prompt, the real code, the base and the tuned
answers side by side, a diff of the tuned answer against the real code, and the checks each passed."""

from __future__ import annotations

import difflib
from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.errors import UserError
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.ui.style import CAPTION, FAIL, PASS
from architect_ai.validate.answer_view import AnswerView
from architect_ai.validate.runner import PromptResult, ValidationRun
from architect_ai.validate.suite import TRANSFER_CATEGORY, Suite
from architect_ai.validate.transfer_assertions import answer_code
from architect_ai.validate.transfer_suite import load_transfer_suite

#: Lines of diff shown at most (a long unit's diff is cut, with a note).
MAX_DIFF_LINES = 400


def transfer_suite_of(dataset: Path | None) -> Suite | None:
    """The dataset's transfer suite (its real code), or None when it has none or it cannot be read."""
    if dataset is None:
        return None
    try:
        return load_transfer_suite(dataset)
    except UserError:
        return None


def reference_of(suite: Suite | None, prompt_id: str) -> str:
    """The real code a transfer prompt is compared with (its `similarity` check's reference), or ''."""
    prompt = next((p for p in suite.prompts if p.id == prompt_id), None) if suite is not None else None
    return next((a.reference for a in prompt.assertions if a.type == "similarity"), "") if prompt else ""


def code_diff(real: str, answer: str) -> str:
    """A unified diff of the answer's code against the real code (`-` real, `+` answer)."""
    lines = list(
        difflib.unified_diff(
            real.splitlines(), answer.splitlines(), fromfile="real code", tofile="answer", lineterm="", n=2
        )
    )
    if len(lines) > MAX_DIFF_LINES:
        lines = [*lines[:MAX_DIFF_LINES], f"… {len(lines) - MAX_DIFF_LINES} more diff lines"]
    return "\n".join(lines) or "(identical)"


def check_rows(results: list[PromptResult]) -> list[dict]:
    """One row per check, one column per model."""
    rows: dict[str, dict] = {}
    for result in results:
        for check in result.assertions:
            row = rows.setdefault(check.label, {"check": check.label})
            row[result.model] = PASS if check.passed else FAIL
    return list(rows.values())


def render_transfer(run: ValidationRun, suite: Suite | None) -> None:
    """The held-out units of a run, one expander each; nothing when the run had no transfer prompt."""
    transfer = [r for r in run.results if r.category == TRANSFER_CATEGORY]
    if not transfer:
        return
    score = run.score(run.tuned)
    st.subheader("Transfer — held-out units the model never trained on")
    if score is not None and score.transfer is not None:
        columns = st.columns(3)
        columns[0].metric("Units passed (tuned)", f"{score.transfer.pass_rate:.0%}", **CAPTION)
        columns[1].metric("Mean chrF against the real code", f"{score.transfer.mean_similarity:.2f}", **CAPTION)
        columns[2].metric("House conventions shown", f"{score.transfer.convention_hit_rate:.0%}", **CAPTION)
        delta = run.transfer_delta()
        if delta is not None:
            st.caption(
                f"Tuned − base: units passed {delta['pass_rate'] * 100:+.0f} pts · chrF "
                f"{delta['mean_similarity']:+.2f} · conventions shown {delta['convention_hit_rate'] * 100:+.0f} pts"
            )
    by_prompt: dict[str, dict[str, PromptResult]] = {}
    for result in transfer:
        by_prompt.setdefault(result.prompt_id, {})[result.model] = result
    for number, (prompt_id, answers) in enumerate(by_prompt.items()):
        tuned = answers.get(run.tuned)
        base = answers.get(run.base) if run.base else None
        verdict = "passed" if tuned is not None and tuned.passed else "failed"
        with st.expander(f"{prompt_id} — tuned {verdict}", expanded=False):
            first = next(iter(answers.values()))
            st.markdown(safe_markdown(first.prompt))
            real = reference_of(suite, prompt_id)
            shown = [("Real code", real, None)]
            if base is not None:
                shown.append((f"Base · {base.model}", base.answer, base))
            if tuned is not None:
                shown.append((f"Tuned · {tuned.model}", tuned.answer, tuned))
            for column, (title, text, result) in zip(st.columns(len(shown)), shown, strict=True):
                column.markdown(f"**{safe_markdown(title)}**")
                if result is not None and result.error:
                    column.error(safe_markdown(result.error))
                code = answer_code(AnswerView(text)) if result is not None else text
                column.code(code or "(no answer)", language=None)
            if tuned is not None and real:
                st.markdown(f"**Diff of the tuned answer against the real code** ({inline_code(run.tuned)})")
                st.code(code_diff(real, answer_code(AnswerView(tuned.answer))), language="diff")
            st.dataframe(
                pd.DataFrame(check_rows(list(answers.values()))),
                hide_index=True,
                width="stretch",
                key=f"transfer_checks_{number}",
            )
