"""The page helpers on their own: dataset folders, figures, the Mermaid iframe document, message splitting."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from architect_ai.errors import UserError
from architect_ai.ui import charts
from architect_ai.ui.config_form import parse_weights
from architect_ai.ui.dataset_index import build_index, source_file
from architect_ai.ui.datasets import (
    bundle_zip,
    datasets_root,
    list_datasets,
)
from architect_ai.ui.mermaid_view import diagram_html, ensure_static_script
from architect_ai.ui.preview import split_markdown
from architect_ai.ui.source_check import allowed_roots, check_allowed, page_reason, preflight_source, remedy
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
    assert found[0].total == 150 and found[0].passed is False
    assert found[0].label == "good — 150 examples, criteria failing"
    assert found[0].commit == "0123456789abcdef0123"
    assert list_datasets(tmp_path / "missing") == []


def test_index_reads_back_any_example_by_offset(tmp_path: Path) -> None:
    from architect_ai.ui.dataset_index import read_example_at

    folder = write_dataset(tmp_path)
    index = build_index(folder)
    assert len(index) == 150
    row = index.iloc[100]
    assert read_example_at(folder, int(row["offset"]))["metadata"]["id"] == row["id"]
    assert source_file("Api/UserService.cs:1-40") == "Api/UserService.cs" and source_file("builtin:erd-1") == ""


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
    composition = charts.composition(report)
    assert {t.name: sum(t.x) for t in composition.data} == {"artifact": 50, "user_code": 100}
    assert composition.layout.height == charts.BASE_PX + 2 * charts.BAR_PX  # as tall as its bars, no more
    histogram = charts.token_histogram(report, 4096)
    assert list(histogram.data[0].y) == [130, 20]
    assert histogram.layout.shapes[0].x0 == 4096
    drops = charts.drops_by_reason(report).data[0]
    assert dict(zip(drops.y, drops.x, strict=True)) == {"dropped_duplicate": 7, "skipped_binary": 2}
    assert charts.drops_by_reason({"drops": {}}).layout.title.text == "Drops by reason (none)"
    coverage = charts.convention_coverage(
        report, [{"id": "a"}, {"id": "settings_interface_injection"}, {"id": "bson_attributes"}], 20
    )
    assert list(coverage.data[0].x) == [0, 100, 5]  # the checklist's count where it judged one
    assert list(coverage.data[0].marker.color) == [charts.NOT_CHECKED, charts.NOT_CHECKED, charts.NOT_MET]
    files = charts.file_coverage({"dotnet_service": 3}, {"dotnet_service": 1})
    assert [list(t.x) for t in files.data] == [[3], [1]]


def test_charts_say_what_the_checklist_says() -> None:
    """A convention the checklist passed below the minimum (its answers allow fewer) is green, never red; one it does
    not check (a folder fact) is grey; task kinds are no file roles."""
    report = {
        "counts": {"by_convention": {"dto_suffix": 273, "angular_functional_guards": 6, "folder_role.Dtos": 0}},
        "criteria": [
            {
                "id": "convention:dto_suffix",
                "label": "DTO suffix — in ≥ 20 examples",
                "value": "273 examples",
                "passed": True,
            },
            {
                "id": "convention:angular_functional_guards",
                "label": "Functional guards — in all 6 examples its answers allow (< 20)",
                "value": "6 examples",
                "passed": True,
            },
            {
                "id": "convention:bson_attributes",
                "label": "BSON — in ≥ 20 examples",
                "value": "1,005 examples",
                "passed": False,
            },
        ],
    }
    ids = ["dto_suffix", "angular_functional_guards", "folder_role.Dtos", "bson_attributes"]
    bars = charts.convention_coverage(report, [{"id": i} for i in ids], 20).data[0]
    assert list(bars.x) == [273, 6, 0, 1005]
    assert list(bars.marker.color) == [charts.MET, charts.MET, charts.NOT_CHECKED, charts.NOT_MET]
    assert "met: all 6 its answers allow" in bars.customdata[1]

    index = pd.DataFrame(
        [
            {"category": "user_code", "kind": "dotnet_dto", "file": "Api/Dtos/UserDto.cs"},
            {"category": "user_code", "kind": "member", "file": "Api/Dtos/UserDto.cs"},
            {"category": "user_code", "kind": "spec_to_code", "file": "Api/Services/UserService.cs"},
            {"category": "user_code", "kind": "dotnet_service", "file": "Api/Services/UserService.cs"},
            {"category": "user_code", "kind": "sibling_analogy", "file": "Api/Services/BookService.cs"},
            {"category": "artifact", "kind": "erd", "file": ""},
        ]
    )
    used = charts.files_used_by_role(index, {"dotnet_dto": 2, "dotnet_service": 3})
    assert used == {"dotnet_dto": 1, "dotnet_service": 1}  # no `member`, `spec_to_code` or `sibling_analogy` role
    roles = list(charts.file_coverage({"dotnet_dto": 2, "dotnet_service": 3}, used).data[0].y)
    assert sorted(roles) == ["dotnet_dto", "dotnet_service"]


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
    assert 'theme: "default"' in page and 'theme: "dark"' in diagram_html(code, theme="dark")
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


def test_remedy_fits_the_source_and_never_names_a_cli_flag() -> None:
    assert "Replace if it exists" in remedy("output folder x already exists")
    assert "npm ci" in remedy("node is not installed")
    assert "folder path" in remedy("folder /x does not exist", "Local folder")
    assert "URL" in remedy("could not clone https://h/x.git: not found", "Git URL")
    assert "URL" not in remedy("enter the repository's folder", "Local folder")
    assert page_reason("output folder x already exists (use --force to replace it)") == "output folder x already exists"
    assert "--" not in page_reason("target 7000 is above max 6000 (raise --max to allow it)")


def test_allowed_roots_follow_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARCHITECT_AI_ALLOWED_ROOTS", str(tmp_path))
    assert check_allowed(str(tmp_path / "x")) == (tmp_path / "x").resolve()
    (tmp_path / "link").symlink_to("/etc")
    with pytest.raises(UserError, match="outside the folders"):
        check_allowed(str(tmp_path / "link"))  # a symlink out of the root is followed, then refused
    with pytest.raises(UserError, match="outside the folders"):
        preflight_source("Git URL", "file:///etc", None)  # a file:// URL is held to the same roots
    for bad in (f"{tmp_path}/a\0b", f"file://{tmp_path}/a%00b"):  # a NUL is refused, never an embedded-null crash
        with pytest.raises(UserError, match=r"NUL|control characters"):
            preflight_source("Local folder" if bad.startswith("/") else "Git URL", bad, None)
    monkeypatch.delenv("ARCHITECT_AI_ALLOWED_ROOTS")
    assert Path.home().resolve() in allowed_roots()
