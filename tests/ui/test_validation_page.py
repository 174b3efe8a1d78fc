"""AppTest of the Validation page against the fake Ollama server (tests/validate/fake_ollama.py) via OLLAMA_HOST."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.dataset_factory import APP, write_dataset
from tests.validate.fake_ollama import BASE, TUNED, FakeOllama, demo_script, serve

PAGE = "pages/validation.py"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    server = serve(demo_script())
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    yield server
    server.stop()


def _page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def _table(at: AppTest, column: str):
    return next(frame.value for frame in at.dataframe if column in frame.value.columns)


def test_tuned_vs_base_scores_table_and_history(datasets_dir: Path, fake: FakeOllama) -> None:
    folder = write_dataset(datasets_dir)
    at = _page()
    assert "0.6.3-fake" in at.success[0].value
    at.selectbox(key="val_dataset").set_value(str(folder)).run()
    assert at.selectbox(key="val_tuned").options == [TUNED, BASE]
    at.selectbox(key="val_tuned").set_value(TUNED).run()
    at.selectbox(key="val_base").set_value(BASE).run()
    at.text_input(key="val_label").input("epoch 1").run()
    at.button(key="val_run").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]

    metrics = {m.label: m.value for m in at.metric}
    tuned, base = metrics[f"{TUNED} (tuned)"], metrics[f"{BASE} (base)"]
    assert tuned == "100%"
    assert int(base.rstrip("%")) < 50
    assert metrics["Delta (tuned − base)"] == f"{100 - int(base.rstrip('%')):+d} pts"

    table = _table(at, "check")
    assert set(table["model"]) == {TUNED, BASE}
    assert {"registration-controller", "ecommerce-erd", "auth-sequence"} <= set(table["prompt"])
    failed = table[table["result"] == "FAIL"]
    assert not failed.empty and set(failed["model"]) == {BASE}
    assert all(reason for reason in failed["reason"])

    # Every prompt was asked to both models, deterministically.
    chats = fake.script.requests_to("/api/chat")
    assert len(chats) == 2 * len({*table["prompt"]})
    assert all(r["json"]["options"]["temperature"] == 0 for r in chats)

    saved = list((folder / "validation").glob("*.json"))
    assert len(saved) == 1 and json.loads(saved[0].read_text())["label"] == "epoch 1"
    history = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert sorted(trace["name"] for trace in history[0]["data"]) == sorted([TUNED, BASE])


def test_ollama_down_shows_the_reason_the_suite_and_a_retry(
    datasets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OLLAMA_HOST", f"http://127.0.0.1:{port}")
    at = _page()
    assert not at.exception
    assert "Ollama is not running" in at.error[0].value and "Retry" in at.error[0].value
    assert [b.key for b in at.button] == ["val_retry"]  # nothing to run against, but a way back
    suite = _table(at, "checks")
    assert set(suite["prompt"]) == {
        "registration-controller",
        "ecommerce-erd",
        "microservices-architecture",
        "auth-sequence",
    }
    assert all(suite["checks"])
    server = serve(demo_script())
    try:
        assert any("not reachable" in w.value for w in at.sidebar.warning)
        at.text_input(key="val_host").input(server.url).run()
        at.button(key="val_retry").click().run()
        assert not at.error and any("0.6.3-fake" in s.value for s in at.success)
        # one host for the session: the sidebar checks the host entered here, not $OLLAMA_HOST
        assert any(server.url in s.value for s in at.sidebar.success), [w.value for w in at.sidebar.warning]
    finally:
        server.stop()


def test_without_a_dataset_runs_the_strategy_prompts(datasets_dir: Path, fake: FakeOllama) -> None:
    at = _page()
    at.button(key="val_run").click().run()
    assert not at.exception and not at.error
    prompts = set(_table(at, "check")["prompt"])
    assert prompts == {"registration-controller", "ecommerce-erd", "microservices-architecture", "auth-sequence"}
    assert list(datasets_dir.iterdir()) == []  # nothing saved without a dataset


def _fake_with(monkeypatch: pytest.MonkeyPatch, models: list[str], modified: dict[str, str]) -> FakeOllama:
    script = demo_script()
    script.models, script.modified = models, modified
    server = serve(script)
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    return server


def test_the_tuned_model_defaults_to_the_newest_never_the_first_by_name(
    datasets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = _fake_with(
        monkeypatch,
        ["base:latest", "shop-tuned:latest", "older-tuned:latest"],
        {"base:latest": "2025-01-01T00:00:00Z", "shop-tuned:latest": "2025-03-01T00:00:00Z"},
    )
    try:
        at = _page()
        assert at.selectbox(key="val_tuned").options[0] == "base:latest"  # first by name…
        assert at.selectbox(key="val_tuned").value == "shop-tuned:latest"  # …but the newest is chosen
    finally:
        server.stop()


def test_the_tuned_model_defaults_to_the_one_just_created(datasets_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = _fake_with(
        monkeypatch,
        ["base:latest", "made-now:latest", "shop-tuned:latest"],
        {"shop-tuned:latest": "2025-03-01T00:00:00Z"},
    )
    try:
        at = AppTest.from_file(APP, default_timeout=30)
        at.session_state["last_created_model"] = "made-now"  # what the Training page's Create sets
        at.run()
        at.switch_page(PAGE).run()
        assert not at.exception
        assert at.selectbox(key="val_tuned").value == "made-now:latest"
    finally:
        server.stop()
