"""The page helpers on their own: dataset folders, figures, the Mermaid iframe document, message splitting."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from architect_ai.errors import UserError
from architect_ai.ui import charts
from architect_ai.ui.config_form import parse_weights
from architect_ai.ui.datasets import (
    PREVIEW_ROWS,
    bundle_zip,
    datasets_root,
    list_datasets,
    metadata_rows,
    preview_rows,
    read_examples,
)
from architect_ai.ui.generation import remedy
from architect_ai.ui.mermaid_view import diagram_html, ensure_static_script
from architect_ai.ui.preview import split_markdown
from tests.ui.dataset_factory import write_dataset


def test_datasets_root_follows_the_environment(datasets_dir: Path) -> None:
    assert datasets_root() == datasets_dir


def test_list_datasets_skips_unfinished_and_broken_folders(tmp_path: Path) -> None:
    write_dataset(tmp_path, "good")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "dataset.jsonl").write_text("")
    broken = write_dataset(tmp_path, "broken")
    (broken / "report.json").write_text("{not json")
    found = list_datasets(tmp_path)
    assert [d.name for d in found] == ["good"]
    assert found[0].total == 150 and found[0].passed is True
    assert found[0].label.startswith("✅ good")
    assert list_datasets(tmp_path / "missing") == []


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path)
    examples = read_examples(folder)
    assert len(examples) == PREVIEW_ROWS
    rows = preview_rows(examples)
    assert rows[0]["#"] == 1 and rows[0]["kind"] == "erd"
    assert rows[1]["instruction"] == "Write the user service, variant 1"
    long = preview_rows([{"messages": [{"role": "user", "content": "word " * 100}], "metadata": {}}])
    assert len(long[0]["instruction"]) == 90 and long[0]["instruction"].endswith("…")


def test_bundle_zip_holds_formats_subsets_and_manifest(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path, "ds")
    names = zipfile.ZipFile(io.BytesIO(bundle_zip(folder))).namelist()
    assert sorted(names) == [
        "ds/formats/alpaca.jsonl",
        "ds/manifest.json",
        "ds/report.json",
        "ds/subsets/subset_100.jsonl",
    ]


def test_figures_carry_the_report_numbers(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path)
    report = json.loads((folder / "report.json").read_text())
    mix = charts.domain_mix(metadata_rows(folder)).data[0]
    assert mix.type == "sunburst"
    values = dict(zip(mix.ids, mix.values, strict=True))
    assert values["artifact/erd/ecommerce"] == 50 and values["user_code/dotnet_service/repo"] == 100
    by_category = charts.examples_by_category(report)
    assert sum(sum(trace.y) for trace in by_category.data) == 150
    histogram = charts.token_histogram(report).data[0]
    assert list(histogram.y) == [130, 20]
    drops = charts.drops_by_reason(report).data[0]
    assert dict(zip(drops.y, drops.x, strict=True)) == {"dropped_duplicate": 7, "skipped_binary": 2}
    assert charts.drops_by_reason({"drops": {}}).layout.title.text == "Drops by reason (none)"


def test_history_figure_has_one_line_per_model() -> None:
    rows = [
        {"run": 1, "label": "epoch 1", "model": "tuned", "pass_rate": 0.5},
        {"run": 2, "label": "epoch 2", "model": "tuned", "pass_rate": 0.8},
        {"run": 1, "label": "epoch 1", "model": "base", "pass_rate": 0.2},
    ]
    figure = charts.pass_rate_history(rows)
    assert sorted(trace.name for trace in figure.data) == ["base", "tuned"]


def test_diagram_html_embeds_code_safely_and_loads_the_local_script() -> None:
    code = 'erDiagram\n  A ||--o{ B : "</script><script>alert(1)</script>"'
    page = diagram_html(code)
    assert page.count("<script") == 2  # the two of the template, none from the diagram
    assert 'src="/app/static/mermaid.min.js"' in page
    assert "http" not in page  # no CDN
    assert json.dumps(code).replace("<", "\\u003c") in page


def test_static_script_is_copied_from_node_modules(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="npm ci"):
        ensure_static_script(tmp_path / "missing.js")
    served = ensure_static_script()
    assert served.stat().st_size > 1_000_000  # the real mermaid.min.js


def test_split_markdown_separates_text_code_and_diagrams() -> None:
    text = "Intro\n\n```mermaid\nerDiagram\n  A ||--o{ B : has\n```\n\nThen code:\n\n```csharp\nclass A {}\n```\n"
    kinds = [kind for kind, _ in split_markdown(text)]
    assert kinds == ["text", "code:mermaid", "text", "code:csharp"]
    assert split_markdown(text)[1][1] == "erDiagram\n  A ||--o{ B : has\n"
    assert split_markdown("plain") == [("text", "plain")]


def test_parse_weights() -> None:
    assert parse_weights("healthcare=2, crm=1.5;") == {"healthcare": 2.0, "crm": 1.5}
    assert parse_weights("") == {}
    with pytest.raises(UserError, match="domain=number"):
        parse_weights("healthcare")


def test_remedy_names_what_to_do() -> None:
    assert "Replace if it exists" in remedy("output folder x already exists")
    assert "npm ci" in remedy("node is not installed")
    assert "folder path" in remedy("repository folder /x does not exist")
