"""Re-export a dataset folder without the examples a reviewer rejected, with the instructions a reviewer edited.

Reads `dataset.jsonl` back, drops the rejected ids, applies the pending instruction edits (`edits.json`; an edited
example gets the id of its new content) and rewrites every file the pipeline writes — splits, subsets,
trainer formats, report (counts and success criteria recomputed), training plan, manifest with new hashes — through
the same `DatasetWriter` (hidden temporary folder, atomic swap). The rejected ids are kept in `rejected.json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from architect_ai.atomic import write_text_atomic
from architect_ai.config import RunConfig
from architect_ai.data import Convention, Evidence, Example, Message
from architect_ai.errors import UserError
from architect_ai.export.writer import DatasetWriter
from architect_ai.quality.checks import criteria_dicts, success_criteria
from architect_ai.quality.stats import DatasetStats
from architect_ai.training_plan import PLAN_FILE, training_plan
from architect_ai.validate.transfer_suite import TRANSFER_SUITE_FILE

REJECTED_FILE = "rejected.json"
EDITS_FILE = "edits.json"
DUPLICATE_DROPS = ("duplicate", "answer_reuse", "near_duplicate")


def load_rejected(folder: Path) -> list[str]:
    """The ids rejected so far (an absent or unreadable file is none)."""
    try:
        data = json.loads((folder / REJECTED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(i) for i in data.get("rejected", [])] if isinstance(data, dict) else []


def load_edits(folder: Path) -> dict[str, str]:
    """Pending instruction edits, example id → new instruction (an absent or unreadable file is none)."""
    try:
        data = json.loads((folder / EDITS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    edits = data.get("edits", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in edits.items() if str(v).strip()} if isinstance(edits, dict) else {}


def save_edits(folder: Path, edits: dict[str, str]) -> None:
    """Record pending instruction edits in the dataset folder (applied by the next `reexport`)."""
    write_text_atomic(folder / EDITS_FILE, json.dumps({"edits": dict(sorted(edits.items()))}, indent=2) + "\n")


def _edited(example: Example, instruction: str) -> Example:
    messages = [Message(m.role, instruction if m.role == "user" else m.content) for m in example.messages]
    return example.replace_messages(messages)


def save_rejected(folder: Path, ids: Iterable[str]) -> None:
    """Record rejected ids in the dataset folder (applied by the next `reexport`)."""
    payload = {"rejected": sorted(set(ids))}
    write_text_atomic(folder / REJECTED_FILE, json.dumps(payload, indent=2) + "\n")


def _conventions(manifest: dict) -> list[Convention]:
    return [
        Convention(
            id=c["id"],
            description=c.get("description", ""),
            count=int(c.get("count", 0)),
            names=tuple(c.get("names") or ()),
            evidence=tuple(Evidence(e["path"], int(e["line"]), e.get("text", "")) for e in c.get("evidence") or ()),
        )
        for c in manifest.get("conventions") or []
    ]


def _examples(folder: Path, rejected: set[str], edits: dict[str, str]) -> Iterable[Example]:
    with (folder / "dataset.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                example = Example.from_dict(json.loads(line))
                if example.id in rejected:
                    continue
                yield _edited(example, edits[example.id]) if example.id in edits else example


def _keep_held_out(folder: Path, writer: DatasetWriter) -> None:
    """The held-out test set and its transfer suite, as they were (a review changes the training side only)."""
    test = folder / "test.jsonl"
    if test.is_file():
        with test.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    writer.add(Example.from_dict(json.loads(line)), "test")
    suite = folder / TRANSFER_SUITE_FILE
    if suite.is_file():
        writer.write_text(TRANSFER_SUITE_FILE, suite.read_text(encoding="utf-8"))


def reexport(folder: Path, rejected: Iterable[str], edits: dict[str, str] | None = None) -> dict:
    """Rewrite `folder` without the `rejected` ids and with the instruction `edits` (default: the folder's pending
    ones); returns the new report. Raises `UserError` on unreadable input."""
    from architect_ai.generate.library import load_items

    rejected = set(rejected)
    edits = load_edits(folder) if edits is None else edits
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        config = RunConfig.model_validate(manifest["config"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"cannot re-export {folder.name}: its manifest or report is unreadable ({exc})") from None
    stats = DatasetStats()
    writer = DatasetWriter(folder, config, force=True)
    try:
        writer.open_all()
        for example in _examples(folder, rejected, edits):
            stats.add(example, writer.add(example))
        _keep_held_out(folder, writer)
        writer.close_streams()
        counts = stats.to_dict()
        quality = report.get("quality") or {}
        items = load_items(config.artifact_type)
        criteria = success_criteria(
            stats={**counts, "builtin_ids": sorted(stats.builtin_items)},
            target=config.target,
            artifact_type=config.artifact_type,
            library_styles={item.id: (item.kind, item.domain, item.style) for item in items},
            conventions=_conventions(manifest),
            convention_min_examples=config.convention_min_examples,
            mermaid={"checked": quality.get("diagrams_checked", 0), "invalid": quality.get("diagrams_invalid", 0)},
            hygiene={
                "secrets_redacted": quality.get("secrets_redacted", 0),
                "duplicates_removed": sum((report.get("drops") or {}).get(f"dropped_{k}", 0) for k in DUPLICATE_DROPS),
                "near_duplicates_found": quality.get("near_duplicates_found", 0),
                "distinct_answers": quality.get("distinct_answers", 0),
                "leaked_groups": stats.leaked_groups,
            },
        )
        drops = {**(report.get("drops") or {}), "dropped_rejected": len(rejected)}
        report = {
            **report,
            "reached": stats.total >= config.target,
            "counts": counts,
            "drops": dict(sorted(drops.items())),
            "quality": {**quality, "leaked_groups": stats.leaked_groups},
            "criteria": criteria_dicts(criteria),
            "passed": all(c.passed for c in criteria),
        }
        writer.write_json("report.json", report)
        if stats.total:
            writer.write_json(PLAN_FILE, training_plan(report))
        writer.write_json(REJECTED_FILE, {"rejected": sorted(rejected)})
        writer.write_json(EDITS_FILE, {"edits": {}})  # applied: nothing pending any more
        keys = ("total", "by_category", "by_kind", "by_domain", "by_split")
        manifest = {
            **manifest,
            "counts": {key: counts[key] for key in keys},
            "drops": report["drops"],
            "files": dict(sorted(writer.hashes.items())),
            "review": {
                "rejected": len(rejected),
                "edited": (manifest.get("review") or {}).get("edited", 0) + len(edits),
            },
        }
        writer.write_json("manifest.json", manifest)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return report
