"""The side-by-side stream (validate/side_by_side.py) against the loopback fake Ollama: real client, real HTTP."""

from __future__ import annotations

import socket
import time

import pytest

from architect_ai.errors import UserError
from architect_ai.validate.ollama import Ollama
from architect_ai.validate.side_by_side import SideBySide, chat_messages, stream_side_by_side
from tests.validate.fake_ollama import BASE, TUNED, Answer, Script, serve

TUNED_TEXT = "tuned " * 20
BASE_TEXT = "base " * 20


def _script(delay: float = 0.0) -> Script:
    script = Script()
    script.answers = [
        Answer(text=TUNED_TEXT, model=TUNED, chunk_size=10, delay=delay),
        Answer(text=BASE_TEXT, model=BASE, chunk_size=10, delay=delay),
    ]
    return script


def _collect(url: str, models: list[str]) -> tuple[SideBySide, list]:
    state = SideBySide.start("Draw an ERD", models)
    with Ollama(url, connect_timeout=2, read_timeout=10) as client:
        events = list(stream_side_by_side(client, models, "Draw an ERD", system="You are Architect AI."))
    for event in events:
        state.apply(event)
    return state, events


def test_both_answers_arrive_whole_and_at_the_same_time() -> None:
    fake = serve(_script(delay=0.03))
    try:
        started = time.monotonic()
        state, events = _collect(fake.url, [TUNED, BASE])
        elapsed = time.monotonic() - started
    finally:
        fake.stop()
    assert state.finished and not state.shared_error()
    assert state.answers[TUNED].text == TUNED_TEXT and state.answers[BASE].text == BASE_TEXT
    assert [e.model for e in events if e.kind == "done"] and {e.model for e in events if e.kind == "done"} == {
        TUNED,
        BASE,
    }
    kinds = [(e.kind, e.model) for e in events]
    first_done = min(kinds.index(("done", TUNED)), kinds.index(("done", BASE)))
    assert {m for k, m in kinds[:first_done] if k == "piece"} == {TUNED, BASE}, "the answers interleave"
    assert elapsed < 2 * 10 * 0.03 + 1.0  # 10 pieces each at 0.03 s: together, not one after the other
    chats = fake.script.requests_to("/api/chat")
    assert all(r["json"]["messages"][0]["content"] == "You are Architect AI." for r in chats)


def test_no_server_is_one_unreachable_line_said_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    state, events = _collect(f"http://127.0.0.1:{port}", [TUNED, BASE])
    assert [e.kind for e in events] == ["error", "error"]
    assert {e.error_kind for e in events} == {"unreachable"}
    assert state.shared_error().startswith(f"Ollama is not running at http://127.0.0.1:{port}")


def test_one_model_missing_leaves_the_other_answer_whole() -> None:
    script = _script()
    script.models = [TUNED]
    fake = serve(script)
    try:
        state, _ = _collect(fake.url, [TUNED, BASE])
    finally:
        fake.stop()
    assert state.answers[TUNED].text == TUNED_TEXT and not state.answers[TUNED].error
    assert state.answers[BASE].error_kind == "model_missing" and not state.shared_error()


def test_closing_early_stops_the_answers_still_streaming() -> None:
    script = Script()
    script.answers = [Answer(text="x" * 400, chunk_size=1, delay=0.02)]  # 8 s per answer if read to the end
    fake = serve(script)
    try:
        started = time.monotonic()
        with Ollama(fake.url, connect_timeout=2, read_timeout=10) as client:
            stream = stream_side_by_side(client, [TUNED, BASE], "hi")
            first = next(stream)
            stream.close()
        assert first.kind == "piece" and time.monotonic() - started < 4
    finally:
        fake.stop()


def test_an_empty_prompt_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(UserError, match="type a prompt first"):
        chat_messages("   ")
