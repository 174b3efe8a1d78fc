"""A dataset folder written to the data contract (no pipeline needed), and the app's paths, for the UI tests."""

from __future__ import annotations

import json
from pathlib import Path

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


def write_dataset(root: Path, name: str = "code_prototype_500", total: int = 150) -> Path:
    """A small but complete dataset folder (dataset, splits, manifest, report, formats/, subsets/)."""
    folder = root / name
    (folder / "formats").mkdir(parents=True)
    (folder / "subsets").mkdir()
    examples = [_example(n) for n in range(total)]
    lines = [e.to_json() + "\n" for e in examples]
    (folder / "dataset.jsonl").write_text("".join(lines), encoding="utf-8")
    (folder / "train.jsonl").write_text("".join(lines[:-10]), encoding="utf-8")
    (folder / "valid.jsonl").write_text("".join(lines[-10:]), encoding="utf-8")
    (folder / "formats" / "alpaca.jsonl").write_text("{}\n", encoding="utf-8")
    (folder / "subsets" / "subset_100.jsonl").write_text("".join(lines[:100]), encoding="utf-8")
    erd = sum(1 for e in examples if e.kind == "erd")
    manifest = {
        "name": name,
        "config": {"artifact_type": "code-prototype", "target": total},
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
        },
        "drops": {"dropped_duplicate": 7, "skipped_binary": 2},
        "criteria": [
            {"section": "size", "id": "target", "label": "Reached the target", "value": total, "passed": True},
            {"section": "quality", "id": "mermaid", "label": "Diagrams parse", "value": "0 invalid", "passed": True},
        ],
        "passed": True,
        "messages": [],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return folder
