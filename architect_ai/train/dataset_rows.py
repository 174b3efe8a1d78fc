"""The examples a run trains and evaluates on: `train.jsonl`/`valid.jsonl`, or a nested subset minus the valid groups.

Rows become prompt/completion pairs (system + user → assistant), so the loss falls on the assistant's tokens only
whatever the base model's chat template. Checked before the training process starts: a missing dataset, an empty
split or a subset that does not exist is a one-line `UserError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from architect_ai.errors import UserError

TRAIN_FILE = "train.jsonl"
VALID_FILE = "valid.jsonl"
SUBSETS_DIR = "subsets"


def subset_path(dataset_dir: Path, size: int) -> Path:
    return dataset_dir / SUBSETS_DIR / f"subset_{size}.jsonl"


def available_subsets(dataset_dir: str | Path) -> list[int]:
    """Subset sizes present in the dataset folder, ascending."""
    folder = Path(dataset_dir) / SUBSETS_DIR
    sizes = []
    for path in folder.glob("subset_*.jsonl") if folder.is_dir() else ():
        suffix = path.stem.removeprefix("subset_")
        if suffix.isdigit():
            sizes.append(int(suffix))
    return sorted(sizes)


def _read_rows(path: Path) -> Iterator[dict]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    messages = row["messages"]
                    if not isinstance(messages, list) or not messages:
                        raise ValueError
                except (ValueError, KeyError, TypeError):
                    raise UserError(f"{path}:{number} is not a chat example (a JSON object with 'messages')") from None
                yield row
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


def to_prompt_completion(row: dict) -> dict | None:
    """`{"prompt": [system, user…], "completion": [assistant]}` for the last assistant turn, or None without one."""
    messages = [{"role": str(m.get("role")), "content": str(m.get("content", ""))} for m in row["messages"]]
    if messages[-1]["role"] != "assistant" or len(messages) < 2:
        return None
    return {"prompt": messages[:-1], "completion": messages[-1:]}


def _group(row: dict) -> str | None:
    meta = row.get("metadata")
    return str(meta.get("group")) if isinstance(meta, dict) and meta.get("group") is not None else None


def load_split(dataset_dir: str | Path, subset: int | None = None) -> tuple[list[dict], list[dict]]:
    """The (train, valid) prompt/completion rows of a dataset, or of one of its subsets."""
    folder = Path(dataset_dir)
    if not folder.is_dir():
        raise UserError(f"dataset folder {folder} does not exist")
    valid_file = folder / VALID_FILE
    valid_rows = list(_read_rows(valid_file)) if valid_file.is_file() else []
    if subset is None:
        train_file = folder / TRAIN_FILE
        if not train_file.is_file():
            raise UserError(f"{folder} has no {TRAIN_FILE}: generate the dataset first")
        train_rows = list(_read_rows(train_file))
    else:
        source = subset_path(folder, subset)
        if not source.is_file():
            have = ", ".join(map(str, available_subsets(folder))) or "none"
            raise UserError(f"{folder} has no subset of {subset} examples (available: {have})")
        held_out = {g for r in valid_rows if (g := _group(r)) is not None}
        train_rows = [r for r in _read_rows(source) if _group(r) is None or _group(r) not in held_out]
    train = [p for r in train_rows if (p := to_prompt_completion(r)) is not None]
    valid = [p for r in valid_rows if (p := to_prompt_completion(r)) is not None]
    if not train:
        raise UserError(f"the train split of {folder} is empty: nothing to train on")
    return train, valid


def dataset_text(dataset_dir: str | Path, limit: int = 5000) -> Iterator[str]:
    """Message texts of the first `limit` training rows (the demo tokenizer is trained on them)."""
    train, _ = load_split(dataset_dir)
    for row in train[:limit]:
        for message in row["prompt"] + row["completion"]:
            yield message["content"]
