"""Show a training plan (`architect_ai.training_plan`): the numbers first, then why, then the time estimate."""

from __future__ import annotations

import json

import streamlit as st

from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.style import CAPTION


def render_training_plan(plan: dict) -> None:
    hp, estimate = plan["hyperparameters"], plan["estimate"]
    st.markdown(f"**Base model:** {inline_code(plan['base_model'])}")
    columns = st.columns(5)
    columns[0].metric("Steps", f"{hp['steps']:,}", f"{hp['epochs']} epochs × {hp['steps_per_epoch']}", **CAPTION)
    columns[1].metric(
        "Batch size",
        hp["batch_size"],
        f"{hp['micro_batch_size']} × {hp['gradient_accumulation_steps']} accum.",
        **CAPTION,
    )
    columns[2].metric("Learning rate", f"{hp['learning_rate']:g}", f"LoRA · warmup {hp['warmup_steps']}", **CAPTION)
    columns[3].metric("Epochs", hp["epochs"])
    columns[4].metric("Max sequence length", f"{hp['max_seq_length']:,}")

    selected = estimate["selected"]
    st.markdown("**Expected training time — an estimate**")
    time_columns = st.columns(2)
    for column, kind in zip(time_columns, ("gpu", "cpu"), strict=True):
        figures = estimate[kind]
        marker = " (your choice)" if kind == selected else ""
        column.metric(
            f"{kind.upper()}{marker}",
            f"{figures['hours_low']:g}–{figures['hours_high']:g} h",
            figures["assumption"],
            **CAPTION,
        )
    st.caption(f"How it is estimated: {estimate['method']}.")
    with st.expander("Why these values"):
        st.markdown("\n".join(f"- {reason}" for reason in plan["rationale"]))
    st.download_button(
        "training_plan.json",
        icon=":material/download:",
        data=json.dumps(plan, indent=2),
        file_name="training_plan.json",
        mime="application/json",
        key="ft_download_plan",
        on_click="ignore",
    )
