"""AppTest of the Validation page's "Try it" panel and per-prompt pairs, against the loopback fake Ollama
(tests/validate/fake_ollama.py): real HTTP, real client, real streaming — nothing of ours is replaced."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.apptest_tools import VALIDATION, app, visible_errors
from tests.ui.dataset_factory import ERD_ANSWER, write_dataset
from tests.validate.fake_ollama import (
    BASE,
    TUNED,
    Answer,
    FakeOllama,
    Script,
    _Handler,
    _Server,
    demo_script,
    serve,
)

PROMPT = "Draw the ERD of an online bookstore"
SYSTEM = "You are the bookstore team's architect."
BASE_TEXT = "A bookstore has books and customers. Customers buy books, and every order lists its books and prices."


def _script() -> Script:
    script = Script()
    script.answers = [
        Answer(text=ERD_ANSWER, model=TUNED, match="bookstore", chunk_size=8),
        Answer(text=BASE_TEXT, model=BASE, match="bookstore", chunk_size=8),
    ]
    return script


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    server = serve(_script())
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    yield server
    server.stop()


def _ready(datasets_dir: Path) -> AppTest:
    at = app(VALIDATION)
    at.selectbox(key="val_tuned").set_value(TUNED).run()
    at.selectbox(key="val_base").set_value(BASE).run()
    _ask(at)
    assert visible_errors(at) == ["Type a prompt first"], "nothing to ask yet"
    at.text_area(key="val_try_prompt").input(PROMPT).run()
    return at


def _ask(at: AppTest) -> AppTest:
    at.button(key="val_try_ask").click().run()
    assert not at.exception, at.exception
    return at


def test_both_answers_stream_side_by_side_with_the_diagram_drawn(datasets_dir: Path, fake: FakeOllama) -> None:
    folder = write_dataset(datasets_dir)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["config"]["system_prompt"] = SYSTEM
    (folder / "manifest.json").write_text(json.dumps(manifest))
    at = app(VALIDATION)
    at.selectbox(key="val_dataset").set_value(str(folder)).run()
    at.selectbox(key="val_tuned").set_value(TUNED).run()
    at.selectbox(key="val_base").set_value(BASE).run()
    at.text_area(key="val_try_prompt").input(PROMPT).run()
    _ask(at)
    assert not visible_errors(at)

    chats = fake.script.requests_to("/api/chat")
    assert sorted(r["json"]["model"] for r in chats) == sorted([TUNED, BASE])
    for request in chats:
        body = request["json"]
        assert body["stream"] is True and body["options"]["temperature"] == 0
        assert body["messages"][0] == {"role": "system", "content": SYSTEM}  # the dataset's
        assert body["messages"][-1] == {"role": "user", "content": PROMPT}

    markdown = [m.value for m in at.markdown]
    assert f"**{TUNED}**" in markdown and f"**{BASE}**" in markdown
    assert any(BASE_TEXT in text for text in markdown), "the base answer is shown whole"
    assert at.get("iframe"), "the tuned model's ERD is drawn"
    assert sum("answered in" in c.value for c in at.caption) == 2

    # the answers stay when another widget reruns the page
    at.text_input(key="val_label").input("epoch 1").run()
    assert at.get("iframe") and any(BASE_TEXT in m.value for m in at.markdown)
    assert len(fake.script.requests_to("/api/chat")) == 2, "a rerun asks nothing again"


def test_ollama_gone_is_one_error_line(datasets_dir: Path, fake: FakeOllama) -> None:
    at = _ready(datasets_dir)
    fake.stop()  # Ollama stops after the page found it
    _ask(at)
    errors = visible_errors(at)
    assert len(errors) == 1 and errors[0].startswith(f"**Ollama is not running at {fake.url}"), errors
    assert "\n" not in errors[0].split("**")[1], "the reason is one line"
    assert not at.get("iframe") and not any(BASE_TEXT in m.value for m in at.markdown)


class _StaleListingHandler(_Handler):
    """Still lists a model that is gone (`ollama rm` in another terminal): chat answers Ollama's real 404."""

    def _answer(self, body: dict[str, Any]) -> None:
        if body.get("model") in self.server.gone:  # type: ignore[attr-defined]
            self._missing(body["model"])
        else:
            super()._answer(body)


class _StaleListingServer(_Server):
    handler = _StaleListingHandler

    def __init__(self, script: Script, gone: set[str]) -> None:
        super().__init__(script)
        self.gone = gone


def test_a_missing_model_is_an_error_in_its_column_the_other_answers(
    datasets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script()
    server = serve(script, server=_StaleListingServer(script, {BASE}))
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    try:
        at = _ask(_ready(datasets_dir))
        errors = visible_errors(at)
        assert errors == [f"model '{BASE}' is not installed: run `ollama pull {BASE}` or create it"], errors
        assert at.get("iframe"), "the tuned answer is still drawn"
    finally:
        server.stop()


def test_a_stream_that_breaks_mid_answer_says_so(datasets_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    script.answers[1] = Answer(text=BASE_TEXT, model=BASE, match="bookstore", chunk_size=8, error_after=2)
    server = serve(script)
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    try:
        at = _ask(_ready(datasets_dir))
        errors = visible_errors(at)
        assert errors == ["Ollama stopped mid-answer: llama runner process has terminated"], errors
        assert at.get("iframe")
    finally:
        server.stop()


def test_validation_results_read_per_prompt_tuned_beside_base(
    datasets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(demo_script())
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    try:
        at = app(VALIDATION)
        at.selectbox(key="val_tuned").set_value(TUNED).run()
        at.selectbox(key="val_base").set_value(BASE).run()
        at.button(key="val_run").click().run()
        assert not at.exception and not visible_errors(at)
        pairs = next(f.value for f in at.dataframe if "verdict" in f.value.columns)
        assert set(pairs["prompt"]) == {
            "registration-controller",
            "ecommerce-erd",
            "microservices-architecture",
            "auth-sequence",
        }
        assert set(pairs["verdict"]) == {"tuned better"}, pairs.to_dict("records")
        at.selectbox(key="val_pair").set_value(1).run()  # ecommerce-erd
        headers = [m.value for m in at.markdown if m.value.startswith("**") and "checks passed" in m.value]
        assert any(h.startswith(f"**{TUNED}** (tuned)") for h in headers)
        assert any(h.startswith(f"**{BASE}** (base)") for h in headers)
    finally:
        server.stop()


def test_no_pairs_without_a_base_model(datasets_dir: Path, fake: FakeOllama) -> None:
    at = app(VALIDATION)
    at.selectbox(key="val_tuned").set_value(TUNED).run()
    at.button(key="val_run").click().run()
    assert not at.exception
    assert not any("verdict" in f.value.columns for f in at.dataframe)
