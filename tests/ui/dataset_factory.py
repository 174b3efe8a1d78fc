"""A dataset folder written to the data contract (no pipeline needed), and the app's paths, for the UI tests."""

from __future__ import annotations

import json
from pathlib import Path

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.data import Example, chat

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
FINE_TUNING_PAGE = str(ROOT / "pages" / "fine_tuning.py")
VALIDATION_PAGE = str(ROOT / "pages" / "validation.py")

ERD_ANSWER = """Here is the ERD:

```mermaid
erDiagram
    CUSTOMER ||--o{ ORDER : places
    ORDER ||--|{ LINE_ITEM : contains
```
"""
CODE_ANSWER = """```csharp
public class UserService
{
    public UserService(IMongoDBSettings settings) { }
}
```
"""


def _example(number: int) -> Example:
    if number % 3 == 0:
        return Example(
            messages=chat("You are Architect AI.", f"Draw an ERD for shop {number}", ERD_ANSWER),
            category="artifact",
            kind="erd",
            domain="ecommerce",
            source=f"builtin:erd-{number}",
            template="erd-basic",
            group=f"g{number}",
        )
    return Example(
        messages=chat("You are Architect AI.", f"Write the user service, variant {number}", CODE_ANSWER),
        category="user_code",
        kind="dotnet_service",
        domain="repo",
        source=f"Api/UserService.cs:1-{number}",
        template="write-service",
        group=f"g{number}",
        conventions=("settings_interface_injection",),
    )


def tall_flowchart(steps: int = 40) -> str:
    """An answer whose diagram is far taller than any viewer frame: a chain of `steps` boxes."""
    chain = "\n".join(
        f"    S{i}[Step {i}: check the order] --> S{i + 1}[Step {i + 1}: check the order]" for i in range(steps)
    )
    return f"Here is the flow:\n\n```mermaid\nflowchart TD\n{chain}\n```\n"


def write_dataset(
    root: Path, name: str = "code_prototype_500", total: int = 150, first_answer: str | None = None
) -> Path:
    """A small but complete dataset folder (dataset, splits, manifest, report, formats/, subsets/).

    `first_answer` replaces the assistant message of example #1 (an ERD by default).
    """
    folder = root / name
    (folder / "formats").mkdir(parents=True)
    (folder / "subsets").mkdir()
    examples = [_example(n) for n in range(total)]
    if first_answer is not None:
        first = examples[0]
        examples[0] = first.replace_messages(chat(first.system, first.user, first_answer))
    lines = [e.to_json() + "\n" for e in examples]
    (folder / "dataset.jsonl").write_text("".join(lines), encoding="utf-8")
    (folder / "train.jsonl").write_text("".join(lines[:-10]), encoding="utf-8")
    (folder / "valid.jsonl").write_text("".join(lines[-10:]), encoding="utf-8")
    (folder / "formats" / "alpaca.jsonl").write_text("{}\n", encoding="utf-8")
    (folder / "subsets" / "subset_100.jsonl").write_text("".join(lines[:100]), encoding="utf-8")
    erd = sum(1 for e in examples if e.kind == "erd")
    by_convention = {"settings_interface_injection": total - erd}
    manifest = {
        "name": name,
        "config": RunConfig(repo=str(SAMPLE_REPO), target=500).model_dump(mode="json"),
        "source": {"repo": str(SAMPLE_REPO), "url": None, "commit": "0123456789abcdef0123", "ref": None},
        "files_by_role": {"dotnet_service": 3, "dotnet_controller": 2},
        "conventions": [
            {
                "id": "settings_interface_injection",
                "description": "Settings interface injected into services",
                "count": 9,
                "names": ["IMongoDBSettings"],
                "evidence": [{"path": "Api/UserService.cs", "line": 3, "text": "UserService(IMongoDBSettings s)"}],
            }
        ],
    }
    report = {
        "dataset": name,
        "target": total,
        "reached": True,
        "counts": {
            "total": total,
            "by_category": {"artifact": erd, "user_code": total - erd},
            "by_kind": {"artifact/erd": erd, "user_code/dotnet_service": total - erd},
            "by_domain": {"ecommerce": erd, "repo": total - erd},
            "by_split": {"train": total - 10, "valid": 10},
            "tokens": {"min": 20, "max": 80, "mean": 40.0, "p50": 40, "p95": 70},
            "token_histogram": [{"start": 20, "end": 49, "count": total - 20}, {"start": 50, "end": 80, "count": 20}],
            "by_convention": by_convention,
            "user_code_files": 1,
        },
        "capacity": {"artifact": 500, "user_code": 500, "sweep": 500},
        "quotas": {"artifact": 200, "user_code": 200, "sweep": 100},
        "drops": {"dropped_duplicate": 7, "skipped_binary": 2},
        "criteria": [
            {"section": "Quantity", "id": "total", "label": "≥ 100 examples in total", "value": total, "passed": True},
            {
                "section": "Quality",
                "id": "diagrams_parse",
                "label": "every diagram written parses with mermaid.js",
                "value": "0 invalid",
                "passed": True,
            },
            {
                "section": "Quality",
                "id": "convention:bson_attributes",
                "label": "Documents use BSON attributes — in ≥ 20 examples",
                "value": "5 examples",
                "passed": False,
            },
        ],
        "passed": False,
        "messages": [],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return folder
