"""Re-export a dataset folder without the examples a reviewer rejected, with the instructions a reviewer edited.

Reads `dataset.jsonl` back, drops the rejected ids, applies the pending instruction edits (`edits.json`; an edited
example gets the id of its new content) and rewrites every file the pipeline writes — splits, subsets,
trainer formats, report (counts and success criteria recomputed), training plan, manifest with new hashes — through
the same `DatasetWriter` (hidden temporary folder, atomic swap). The rejected ids are kept in `rejected.json`;
training runs and validation history are carried over. See `reexport` for what stays as generation made it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from architect_ai.atomic import write_text_atomic
from architect_ai.config import RunConfig
from architect_ai.data import Convention, Evidence, Example, Message
from architect_ai.errors import UserError
from architect_ai.export.writer import DatasetWriter
from architect_ai.quality.checks import criteria_dicts, success_criteria
from architect_ai.quality.hint_fidelity import HintFidelity
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
    """The repository's conventions as generation had them (teachable or not, their languages and hint)."""
    from architect_ai.analyze.detectors import BY_ID

    return [
        Convention(
            id=c["id"],
            description=c.get("description", ""),
            count=int(c.get("count", 0)),
            names=tuple(c.get("names") or ()),
            evidence=tuple(Evidence(e["path"], int(e["line"]), e.get("text", "")) for e in c.get("evidence") or ()),
            languages=tuple(c.get("languages") or ()),
            hint=c.get("hint", BY_ID[c["id"]].hint if c["id"] in BY_ID else ""),
            origin=c.get("origin", "miner"),
            teachable=bool(c.get("teachable", True)),
        )
        for c in manifest.get("conventions") or []
    ]


_ALLOWED = re.compile(r"in all ([\d,]+) examples its answers allow")


def _reachable(report: dict) -> dict[str, int]:
    """What each convention's answers allow, as generation counted it over the candidates (older reports: read
    back from the criteria it lowered)."""
    stored = (report.get("quality") or {}).get("reachable_by_convention")
    if isinstance(stored, dict):
        return {str(k): int(v) for k, v in stored.items()}
    found = {}
    for criterion in report.get("criteria") or []:
        match = _ALLOWED.search(str(criterion.get("label", "")))
        if str(criterion.get("id", "")).startswith("convention:") and match:
            found[criterion["id"].removeprefix("convention:")] = int(match.group(1).replace(",", ""))
    return found


def _ids(path: Path) -> set[str]:
    """The ids of a JSON-lines file (none when it is absent)."""
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["metadata"]["id"] for line in handle if line.strip()}


def _examples(path: Path, rejected: set[str], edits: dict[str, str]) -> Iterator[tuple[str, Example]]:
    """(id as written, example to write) of a JSON-lines file, in order, without the rejected, with the edits."""
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                example = Example.from_dict(json.loads(line))
                if example.id in rejected:
                    continue
                yield example.id, _edited(example, edits[example.id]) if example.id in edits else example


def pending(folder: Path, rejected: Iterable[str], edits: dict[str, str]) -> tuple[set[str], dict[str, str]]:
    """The rejected ids and the edits that still apply to the folder's examples (the others were applied)."""
    present = _ids(folder / "dataset.jsonl") | _ids(folder / "test.jsonl")
    return set(rejected) & present, {k: v for k, v in edits.items() if k in present}


def _keep_transfer_suite(folder: Path, writer: DatasetWriter) -> None:
    """The transfer suite as it was (a review changes the training side only), hashed into the new manifest."""
    suite = folder / TRANSFER_SUITE_FILE
    if suite.is_file():
        writer.write_text(TRANSFER_SUITE_FILE, suite.read_text(encoding="utf-8"))


def reexport(folder: Path, rejected: Iterable[str], edits: dict[str, str] | None = None) -> dict:
    """Rewrite `folder` without the `rejected` ids and with the instruction `edits` (default: the folder's pending
    ones); returns the new report. Raises `UserError` on unreadable input.

    Every example keeps the side of the split generation's content split gave it (an edit changes the instruction,
    never the answer the split is decided by; the held-out `test.jsonl` stays held out), so the split stays the
    content split and a re-export with nothing to apply rewrites every file with the same bytes. Counts, convention
    reach, hint fidelity, grounding and the success criteria are recomputed as generation computes them; the
    examples taken out are counted as rejected, not as a shortfall. Runs, validation history and the review marks
    are carried over (`writer.KEPT`)."""
    from architect_ai.generate.library import load_items

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        config = RunConfig.model_validate(manifest["config"])
        rejected, edits = pending(folder, rejected, load_edits(folder) if edits is None else edits)
        valid = _ids(folder / "valid.jsonl")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            f"cannot re-export {folder.name}: its manifest, report or examples are unreadable ({exc})"
        ) from None
    review = manifest.get("review") or {}
    removed = int(review.get("rejected", 0)) + len(rejected)  # over every review of this dataset
    conventions = _conventions(manifest)
    stats = DatasetStats()
    fidelity = HintFidelity(conventions)
    writer = DatasetWriter(folder, config, force=True)
    try:
        writer.open_all()
        for written_id, example in _examples(folder / "dataset.jsonl", rejected, edits):
            side = writer.add(example, "valid" if written_id in valid else "train")
            stats.add(example, side)
            fidelity.add(example)
        for _, example in _examples(folder / "test.jsonl", rejected, edits):
            writer.add(example, "test")
        _keep_transfer_suite(folder, writer)
        writer.close_streams()
        counts = stats.to_dict()
        quality = report.get("quality") or {}
        hints = fidelity.to_dict()
        if not all("hint" in c for c in manifest.get("conventions") or []):  # older manifests: hints not recorded
            old_hints = quality.get("hints") or {}
            hints.update({k: old_hints[k] for k in ("hinted", "true_hints", "hint_fidelity") if k in old_hints})
        items = load_items(config.artifact_type)
        criteria = success_criteria(
            stats={**counts, "builtin_ids": sorted(stats.builtin_items), "taught": hints["taught_by_convention"]},
            target=config.target,
            artifact_type=config.artifact_type,
            library_styles={item.id: (item.kind, item.domain, item.style) for item in items},
            conventions=conventions,
            convention_min_examples=config.convention_min_examples,
            reachable=_reachable(report),
            mermaid={"checked": quality.get("diagrams_checked", 0), "invalid": quality.get("diagrams_invalid", 0)},
            hygiene={
                "secrets_redacted": quality.get("secrets_redacted", 0),
                "duplicates_removed": sum((report.get("drops") or {}).get(f"dropped_{k}", 0) for k in DUPLICATE_DROPS),
                "near_duplicates_found": quality.get("near_duplicates_found", 0),
                "distinct_answers": quality.get("distinct_answers", 0),
                "leaked_groups": stats.leaked_groups,
            },
            rejected=removed,
        )
        grounding = {k: v for k, v in stats.grounding.to_dict().items() if not k.startswith("derivable_")}
        report = {
            **report,
            "reached": stats.total + removed >= config.target,
            "counts": counts,
            "quality": {
                **quality,
                "leaked_groups": stats.leaked_groups,
                "hints": hints,
                **{k: v for k, v in grounding.items() if k in quality},
            },
            "criteria": criteria_dicts(criteria),
            "passed": all(c.passed for c in criteria),
        }
        if isinstance(report.get("support"), dict):
            from architect_ai.pipeline import support_figures

            unread = report["support"].get("unread_files") or {}
            reading = report["support"].get("reading")
            report["support"] = support_figures(
                stats.total, stats.builtin, dict(unread), reading if isinstance(reading, dict) else None
            )
        if removed:
            report["drops"] = dict(sorted({**(report.get("drops") or {}), "dropped_rejected": removed}.items()))
        if "held_out" in report:
            report["held_out"] = {**report["held_out"], "examples": writer.split_counts["test"]}
        writer.write_json("report.json", report)
        if stats.total:
            writer.write_json(PLAN_FILE, training_plan(report))
        keys = ("total", "by_category", "by_kind", "by_domain", "by_split")
        manifest = {
            **manifest,
            "counts": {key: counts[key] for key in keys},
            "drops": report["drops"],
            "files": dict(sorted(writer.hashes.items())),
        }
        if rejected or edits or review:
            manifest["review"] = {"rejected": removed, "edited": int(review.get("edited", 0)) + len(edits)}
        writer.write_json("manifest.json", manifest)
        marked = set(load_rejected(folder))
        if not rejected <= marked:  # review marks are the reviewer's, outside the manifest's hashes
            save_rejected(writer.tmp, marked | rejected)
        if edits:
            save_edits(writer.tmp, {})  # applied: nothing pending any more
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return report
