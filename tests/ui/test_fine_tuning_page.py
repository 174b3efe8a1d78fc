"""AppTest of app.py and the Fine-Tuning System page: default run, reopening a dataset, errors, a real generation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.dataset_factory import APP, write_dataset

PAGE = "pages/fine_tuning.py"


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _fine_tuning() -> AppTest:
    at = _app()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def _table(at: AppTest, column: str):
    """The first st.dataframe that has `column` (dataframes without selection are not findable by key)."""
    return next(frame.value for frame in at.dataframe if column in frame.value.columns)


def _specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _trace_types(at: AppTest) -> list[str]:
    return [trace.get("type", "") for spec in _specs(at) for trace in spec["data"]]


def test_home_lists_existing_datasets(datasets_dir: Path) -> None:
    write_dataset(datasets_dir, "erd_500")
    at = _app()
    assert at.title[0].value == "Architect AI Fine-Tuning Studio"
    table = _table(at, "dataset")
    assert list(table["dataset"]) == ["erd_500"]
    assert list(table["examples"]) == [150]
    assert any("Ollama" in w.value for w in at.sidebar.warning) or any("Ollama" in s.value for s in at.sidebar.success)


def test_default_page_runs_with_the_sample_preselected(datasets_dir: Path) -> None:
    at = _fine_tuning()
    assert at.title[0].value == "Fine-Tuning System"
    assert at.radio(key="ft_source").value == "Bundled sample"
    assert at.selectbox(key="ft_artifact_type").value == "code-prototype"
    assert at.number_input(key="ft_target").value == 5000
    assert not at.error
    assert any("Generate a dataset" in i.value for i in at.info)


def test_reopened_dataset_shows_checklist_charts_preview(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = _fine_tuning()
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    assert not at.exception and not at.error
    checklist = _table(at, "criterion")
    assert list(checklist["result"]) == ["✅ pass", "✅ pass"]
    conventions = _table(at, "convention")
    assert conventions["evidence"][0] == "Api/UserService.cs:3"
    assert _trace_types(at)[:1] == ["sunburst"]
    sunburst = _specs(at)[0]["data"][0]
    assert "artifact/erd/ecommerce" in sunburst["ids"]
    preview = _table(at, "instruction")
    assert len(preview) == 100
    assert preview["kind"][0] == "erd"
    plan_metrics = {m.label: m.value for m in at.metric}
    assert plan_metrics["Examples"] == "150"
    assert plan_metrics["Batch size"] == "8"
    assert "codellama:7b-instruct" in " ".join(m.value for m in at.markdown)


def test_plan_follows_hardware_and_size_choice(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = _fine_tuning()
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    at.radio(key="ft_plan_size").set_value("13b").run()
    assert "codellama:13b-instruct" in " ".join(m.value for m in at.markdown)


def test_empty_local_path_is_refused_with_a_reason(datasets_dir: Path) -> None:
    at = _fine_tuning()
    at.radio(key="ft_source").set_value("Local folder").run()
    at.button(key="ft_generate").click().run()
    assert not at.exception
    assert "enter the repository's folder" in at.error[0].value


def test_bad_weights_are_refused_with_a_reason(datasets_dir: Path) -> None:
    at = _fine_tuning()
    at.text_input(key="ft_weights").input("healthcare=lots").run()
    at.button(key="ft_generate").click().run()
    assert "domain=number" in at.error[0].value
    assert list(datasets_dir.iterdir()) == []


def test_bad_path_shows_error_and_no_traceback(datasets_dir: Path, tmp_path: Path) -> None:
    at = _fine_tuning()
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(str(tmp_path / "no-such-repo")).run()
    at.button(key="ft_generate").click().run()
    assert not at.exception
    assert at.error, "a bad path must show st.error"
    assert "no-such-repo" in at.error[0].value
    assert "Traceback" not in at.error[0].value
    assert list(datasets_dir.iterdir()) == []


def test_existing_dataset_is_kept_when_the_name_is_taken(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "code_prototype_500")
    before = (folder / "dataset.jsonl").read_bytes()
    at = _fine_tuning()
    at.number_input(key="ft_target").set_value(500).run()
    at.button(key="ft_generate").click().run()
    assert not at.exception
    assert "already exists" in at.error[0].value
    assert "Replace if it exists" in at.error[0].value
    assert (folder / "dataset.jsonl").read_bytes() == before


@pytest.mark.slow
def test_generating_500_from_the_sample(datasets_dir: Path) -> None:
    at = _fine_tuning()
    at.number_input(key="ft_target").set_value(500).run()
    at.button(key="ft_generate").click().run(timeout=240)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    folder = datasets_dir / "code_prototype_500"
    assert (folder / "dataset.jsonl").is_file()
    assert sum(1 for _ in (folder / "dataset.jsonl").open()) == 500
    checklist = _table(at, "criterion")
    assert len(checklist) >= 5 and set(checklist["result"]) <= {"✅ pass", "❌ fail"}
    types = _trace_types(at)
    assert types[0] == "sunburst" and "bar" in types
    histogram = next(spec for spec in _specs(at) if spec["layout"]["title"]["text"] == "Token length")
    assert sum(histogram["data"][0]["y"]) == 500
    assert len(_table(at, "instruction")) == 100
    assert at.session_state["current_dataset"] == str(folder)
