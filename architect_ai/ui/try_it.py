"""The Validation page's "Try it": one prompt, the tuned and the base model's answers streaming side by side.

The streaming lives in `architect_ai.validate.side_by_side`; this module only draws: a growing text box per model
while the answers arrive, then each answer rendered (Mermaid drawn, code highlighted). The last answers are kept in
the session, so other widgets' reruns do not wipe them.
"""

from __future__ import annotations

import time

import streamlit as st

from architect_ai.errors import UserError
from architect_ai.ui.preview import render_message
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.validate.ollama import DEFAULT_CONNECT_TIMEOUT, Ollama, deterministic_options
from architect_ai.validate.side_by_side import SideBySide, TryAnswer, chat_messages, stream_side_by_side

#: Session key of the last answers.
LAST_TRY = "val_try_last"
#: Redraw a streaming answer at most this often (seconds).
REDRAW_INTERVAL = 0.1
#: Seconds of silence tolerated between two pieces, and for one whole answer.
READ_TIMEOUT = 120.0
TOTAL_TIMEOUT = 600.0


def render_try_it(host: str, tuned: str, base: str | None, system: str) -> None:
    """The prompt box, its button, and the answers (live while streaming, rendered once whole)."""
    st.subheader("Try it: ask both models")
    models = [m for m in (tuned, base) if m]
    st.caption(
        "The same prompt, with the dataset's system prompt, goes to "
        + " and ".join(inline_code(m) for m in models)
        + " at once (greedy, seeded); the answers stream side by side."
        + ("" if base else " Choose a base model above to compare with.")
    )
    prompt = st.text_area(
        "Prompt",
        key="val_try_prompt",
        placeholder="e.g. Create an ERD for an online bookstore with customers, orders and books",
        height=100,
    )
    if st.button("Ask", icon=":material/send:", key="val_try_ask"):
        _ask(host, models, prompt, system)
    elif st.session_state.get(LAST_TRY):
        last = st.session_state[LAST_TRY]
        _render_final(
            SideBySide(prompt=last["prompt"], answers={a["model"]: TryAnswer.from_dict(a) for a in last["answers"]}),
            "last",
        )


def _ask(host: str, models: list[str], prompt: str, system: str) -> None:
    try:
        chat_messages(prompt, system)  # an empty prompt is refused before anything is drawn or sent
    except UserError as exc:
        st.error(str(exc).capitalize(), icon=":material/error:")
        return
    state = SideBySide.start(prompt, models)
    columns = st.columns(len(models))
    boxes = {}
    for column, model in zip(columns, models, strict=True):
        column.markdown(f"**{safe_markdown(model)}**")
        boxes[model] = column.empty()
        boxes[model].caption("waiting for the first words…")
    last_drawn = dict.fromkeys(models, 0.0)
    try:
        with Ollama(
            host, connect_timeout=DEFAULT_CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT, total_timeout=TOTAL_TIMEOUT
        ) as client:
            for event in stream_side_by_side(client, models, prompt, system=system, options=deterministic_options()):
                answer = state.apply(event)
                now = time.monotonic()
                if event.kind == "piece" and now - last_drawn[answer.model] < REDRAW_INTERVAL:
                    continue
                last_drawn[answer.model] = now
                if answer.error:
                    boxes[answer.model].empty()
                else:
                    boxes[answer.model].code(answer.text, language="markdown", wrap_lines=True)
    except UserError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    for box in boxes.values():
        box.empty()
    st.session_state[LAST_TRY] = {"prompt": prompt, "answers": [a.as_dict() for a in state.answers.values()]}
    _render_final(state, "new", columns)


def _render_final(state: SideBySide, key: str, columns=None) -> None:
    """Each answer rendered in its column, or the one reason every model failed for, said once."""
    shared = state.shared_error()
    if shared:
        st.error(shared, icon=":material/error:")
        return
    answers = list(state.answers.values())
    titled = columns is not None  # the live view's columns already name their model
    columns = columns or st.columns(len(answers))
    for index, (column, answer) in enumerate(zip(columns, answers, strict=True)):
        with column:
            if not titled:
                st.markdown(f"**{safe_markdown(answer.model)}**")
            if answer.error:
                st.error(answer.error, icon=":material/error:")
                continue
            speed = f" · {answer.tokens_per_second:.1f} tokens/s" if answer.tokens_per_second else ""
            st.caption(f"answered in {answer.seconds:.1f} s{speed}")
            render_message(answer.text or "_(no answer)_", key=f"try-{key}-{index}")
