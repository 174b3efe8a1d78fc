"""AppTest of app.py and the Fine-Tuning System page: visible errors, default names, invalid fields, tabs, reopening."""

from __future__ import annotations

import json
from pathlib import Path

import git
import pytest

from architect_ai.config import SAMPLE_REPO
from tests.ui.apptest_tools import FINE_TUNING, app, chart, specs, table, visible_errors, wait_for_outcome
from tests.ui.dataset_factory import write_dataset


def _local(at, path: str):
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(path).run()
    return at


def _no_cli_flags(text: str) -> None:
    assert "--" not in text, text


def _repo(tmp_path: Path, name: str = "shop") -> Path:
    folder = tmp_path / name
    (folder / "src").mkdir(parents=True)
    (folder / "src" / "OrderService.cs").write_text("public class OrderService { }\n")
    repo = git.Repo.init(folder)
    repo.index.add(["src/OrderService.cs"])
    repo.index.commit("init")
    return folder


def test_home_lists_datasets_with_source_and_commit(datasets_dir: Path) -> None:
    write_dataset(datasets_dir, "erd_500")
    at = app()
    assert at.title[0].value == "Architect AI Fine-Tuning Studio"
    rows = table(at, "dataset")
    assert list(rows["dataset"]) == ["erd_500"]
    assert list(rows["examples"]) == [150]
    assert rows["source repository"][0] == str(SAMPLE_REPO)
    assert rows["commit"][0] == "0123456789ab"
    assert rows["criteria"][0] == "FAIL"


def test_default_page_has_the_sample_and_a_default_name_naming_it(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    assert at.radio(key="ft_source").value == "Bundled sample"
    assert at.number_input(key="ft_target").value == 5000
    assert not at.button(key="ft_generate").disabled
    assert not at.error
    assert any("mother_project_code_prototype_5000" in c.value for c in at.caption)
    assert any("Generate a dataset" in i.value for i in at.info)


def test_missing_folder_is_a_visible_error_and_disables_generate(datasets_dir: Path, tmp_path: Path) -> None:
    at = _local(app(FINE_TUNING), str(tmp_path / "no-such-repo"))
    errors = visible_errors(at)
    assert errors and "no-such-repo" in errors[0] and "does not exist" in errors[0]
    assert "Check the folder path" in errors[0]
    assert "URL" not in errors[0]  # the remedy fits a local folder
    _no_cli_flags(errors[0])
    assert at.button(key="ft_generate").disabled


def test_empty_folder_field_keeps_generate_off_without_blaming_a_url(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    at.radio(key="ft_source").set_value("Local folder").run()
    assert at.button(key="ft_generate").disabled
    assert "enter the repository's folder" in at.info[0].value
    assert not at.error


def test_empty_folder_is_refused_after_generate_with_a_visible_reason(datasets_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    at = _local(app(FINE_TUNING), str(tmp_path / "empty"))
    at.button(key="ft_generate").click().run()
    assert not at.exception
    errors = visible_errors(at)
    assert errors and "has no files" in errors[0] and "Choose the folder that holds your code" in errors[0]
    assert list(datasets_dir.iterdir()) == []


def test_folder_outside_the_allowed_roots_is_refused(datasets_dir: Path) -> None:
    at = _local(app(FINE_TUNING), "/etc")
    errors = visible_errors(at)
    assert errors and "outside the folders this app may read" in errors[0]
    assert "ARCHITECT_AI_ALLOWED_ROOTS" in errors[0]
    assert at.button(key="ft_generate").disabled


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ext::sh -c touch% /tmp/pwned", "refusing repository URL"),
        ("file:///tmp/a%00b", "refusing repository URL"),  # a NUL once reached Path() and showed a traceback
    ],
)
def test_unsafe_url_is_refused_with_a_url_remedy(datasets_dir: Path, url: str, reason: str) -> None:
    at = app(FINE_TUNING)
    at.radio(key="ft_source").set_value("Git URL").run()
    at.text_input(key="ft_git_url").input(url).run()
    at.button(key="ft_generate").click().run()
    assert not at.exception
    errors = visible_errors(at)
    assert errors and reason in errors[0], errors
    assert "https://" in errors[0]  # the remedy speaks of URLs
    assert list(datasets_dir.iterdir()) == []


def test_default_name_names_the_repository_so_the_sample_is_never_replaced(datasets_dir: Path, tmp_path: Path) -> None:
    sample = write_dataset(datasets_dir, "mother_project_code_prototype_500")
    at = _local(app(FINE_TUNING), str(_repo(tmp_path)))
    at.number_input(key="ft_target").set_value(500).run()
    assert not at.button(key="ft_generate").disabled
    assert any(f"{datasets_dir / 'shop_code_prototype_500'}" in c.value for c in at.caption)
    assert sample.is_dir()


def test_a_name_in_use_is_never_replaced_silently(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "mother_project_code_prototype_500")
    before = (folder / "dataset.jsonl").read_bytes()
    at = app(FINE_TUNING)
    at.number_input(key="ft_target").set_value(500).run()
    assert at.button(key="ft_generate").disabled
    assert "already exists" in at.warning[0].value and "Replace if it exists" in at.warning[0].value
    at.checkbox(key="ft_force").check().run()
    assert not at.button(key="ft_generate").disabled
    assert any("Replaces the existing dataset" in c.value for c in at.caption)
    assert (folder / "dataset.jsonl").read_bytes() == before


def test_the_source_is_checked_before_the_name(datasets_dir: Path, tmp_path: Path) -> None:
    write_dataset(datasets_dir, "taken")
    (tmp_path / "empty").mkdir()
    at = _local(app(FINE_TUNING), str(tmp_path / "empty"))
    at.text_input(key="ft_name").input("taken").run()
    at.checkbox(key="ft_force").check().run()
    at.button(key="ft_generate").click().run()
    errors = visible_errors(at)
    assert errors and "has no files" in errors[0] and "already exists" not in errors[0]


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("ft_target", 10, "target 10 is below the minimum 500"),
        ("ft_target", 7000, "raise Max examples"),
        ("ft_seed", -1, "seed must be between"),
    ],
)
def test_an_invalid_field_disables_generate_and_says_why(datasets_dir: Path, key, value, fragment) -> None:
    at = app(FINE_TUNING)
    at.number_input(key=key).set_value(value).run()
    assert at.number_input(key=key).value == value  # what is shown is what would run
    assert at.button(key="ft_generate").disabled
    errors = visible_errors(at)
    assert errors and fragment in errors[0]
    _no_cli_flags(errors[0])


def test_bad_weights_disable_generate_and_unknown_domains_are_listed(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    at.text_input(key="ft_weights").input("healthcare=lots").run()
    assert at.button(key="ft_generate").disabled
    assert "domain=number" in visible_errors(at)[0]
    at.text_input(key="ft_weights").input("helthcare=2").run()
    assert not at.button(key="ft_generate").disabled
    warning = at.warning[0].value
    assert "helthcare" in warning and "healthcare" in warning and "inventory" in warning


def test_labels_speak_plainly(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    assert at.slider(key="ft_valid_fraction").label == "Held-out split"
    assert "group" in at.slider(key="ft_valid_fraction").help
    assert "Code Prototype" in at.selectbox(key="ft_artifact_type").help
    for key in ("ft_target", "ft_seed", "ft_token_budget", "ft_max_examples"):
        assert at.number_input(key=key).help


def test_reopened_dataset_shows_results_in_tabs(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    assert not at.exception and not at.error
    assert [t.label.split(" ", 1)[1] for t in at.tabs] == [
        "Overview",
        "Checklist",
        "Conventions",
        "Charts",
        "Browse",
        "Downloads",
        "Training plan",
    ]
    assert at.query_params["dataset"] == [folder.name] or at.query_params["dataset"] == folder.name

    checklist = table(at, "criterion")
    assert list(checklist["result"]) == ["FAIL", "pass", "pass"]  # failures first
    failed = checklist.iloc[0]
    assert failed["criterion"] == "Documents use BSON attributes"
    assert failed["threshold"] == "≥ 20 examples" and failed["measured"] == "5 examples"
    assert "Raise the target to about 1,000" in failed["why and how to fix"]
    assert any(
        "1 of 3 criteria" not in s.value and "2 of 3 passed, 1 criterion not met" in s.value for s in at.subheader
    )

    markdown = " ".join(m.value for m in at.markdown)
    assert "`Api/UserService.cs:3`" in markdown  # evidence written out
    assert "**Documents use BSON attributes** — " in markdown  # the reason written out, wrapped, not cut off
    assert "Raise the target to about 1,000" in markdown
    captions = " ".join(c.value for c in at.caption)
    assert "No example exceeds the recommended max length" in captions
    assert "Nothing was dropped" not in captions
    assert chart(at, "Drops by reason")["data"][0]["x"]

    composition = chart(at, "What the dataset is made of")
    assert {trace["name"] for trace in composition["data"]} == {"artifact", "user_code"}
    tokens = chart(at, "Token length")
    assert sum(tokens["data"][0]["y"]) == 150
    assert tokens["layout"]["shapes"][0]["type"] == "line"  # the recommended max length is marked
    conventions = chart(at, "Your conventions")
    assert conventions["data"][0]["x"] == [100]

    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Examples"] == "150" and metrics["Batch size"] == "8"
    helps = {m.label: m.proto.help for m in at.metric}
    assert "builtin library" in helps["Artifact"] and "verbatim" in helps["User Code"]
    assert "near-duplicates" in helps["Dropped / skipped"]
    assert any("Recommended target" in i.value for i in at.info)


def test_charts_say_how_many_examples_are_too_long_and_draw_no_empty_drops_chart(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    lines = (folder / "dataset.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    long_ones = []
    for n in (3, 7):
        row = json.loads(lines[n])
        row["metadata"]["tokens"] = 99_999
        lines[n] = json.dumps(row) + "\n"
        long_ones.append(row["metadata"]["id"])
    (folder / "dataset.jsonl").write_text("".join(lines), encoding="utf-8")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    report["drops"] = {"dropped_duplicate": 0}
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")

    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    assert not at.exception and not at.error
    captions = " ".join(c.value for c in at.caption)
    assert "2 examples of 150 exceed the recommended max length" in captions
    assert "Nothing was dropped or skipped." in captions
    assert not any(s["layout"]["title"]["text"].startswith("Drops by reason") for s in specs(at))


def test_charts_show_how_many_prompts_stand_over_one_answer(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "repeats")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    quality = report.setdefault("quality", {})
    quality.update(
        prompts_per_answer={"1": 40, "2": 25, "3": 12},
        max_prompts_per_answer=3,
        repo_code_examples=126,
        derivable_share=0.8571,
        self_reference_share=0.0,
    )
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")

    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    assert not at.exception and not at.error
    chart = next(s for s in specs(at) if s["layout"]["title"]["text"] == "Prompts per answer")
    assert list(chart["data"][0]["x"]) == ["1", "2", "3"] and list(chart["data"][0]["y"]) == [40, 25, 12]
    captions = " ".join(c.value for c in at.caption)
    assert "Of 126 examples over your code, 86% are derivable" in captions
    assert "at most 3 prompts" in captions


def test_the_url_reopens_the_dataset(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "from_link")
    at = app(FINE_TUNING, query={"dataset": "from_link"})
    assert at.session_state["current_dataset"] == str(folder)
    assert any("from_link" in h.value for h in at.header)
    assert at.selectbox(key="ft_open").value == str(folder)  # the picker agrees with what is shown


def test_a_url_naming_no_dataset_opens_nothing(datasets_dir: Path) -> None:
    at = app(FINE_TUNING, query={"dataset": "../../etc"})
    assert at.session_state["current_dataset"] is None
    assert not at.exception


def test_plan_follows_hardware_and_size_choice(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    at.radio(key="ft_plan_size").set_value("13b").run()
    assert "codellama:13b-instruct" in " ".join(m.value for m in at.markdown)


@pytest.mark.slow
def test_generating_500_from_the_sample_opens_it_everywhere(datasets_dir: Path) -> None:
    old = write_dataset(datasets_dir, "older")
    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(old)).run()
    at.number_input(key="ft_target").set_value(500).run()
    wait_for_outcome(at.button(key="ft_generate").click().run())  # the run goes on in the background
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    folder = datasets_dir / "mother_project_code_prototype_500"
    assert sum(1 for _ in (folder / "dataset.jsonl").open()) == 500
    assert at.session_state["current_dataset"] == str(folder)
    assert at.selectbox(key="ft_open").value == str(folder)  # the picker follows the new dataset
    assert any("Generated 500 examples" in s.value for s in at.success)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["config"]["target"] == 500  # what ran is what was shown
    checklist = table(at, "criterion")
    assert set(checklist["result"]) <= {"pass", "FAIL"}
    failing = checklist[checklist["result"] == "FAIL"]
    assert all(failing["why and how to fix"])  # every failure is explained


def test_the_overview_says_what_was_read_structurally_and_what_only_as_text(datasets_dir: Path) -> None:
    from architect_ai.lang import reading

    folder = write_dataset(datasets_dir)
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    report["support"] = {"reading": reading({"go": 12, "javascript": 4, "c": 2})}
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    at = app(FINE_TUNING)
    at.selectbox(key="ft_open").set_value(str(folder)).run()
    assert not at.exception and not at.error
    captions = " ".join(c.value for c in at.caption)
    assert "Read structurally" in captions and "12 go files, 4 javascript files" in captions
    assert "read only as text" in captions and "2 c files" in captions
