"""Streaming, atomic output: everything is written into a hidden temporary folder beside the target and
renamed into place only when complete, so a failed run never leaves a half-written dataset (and a
`--force` run never loses the previous one before the new one is whole). The dataset name is locked while the
writer is open, and temporary folders of dead runs are removed (see `export.guard`).

What the user made in a dataset folder (`KEPT`: training runs, validation history, review marks) is not the writer's:
a replacement carries it over into the new folder (`--force`, re-export), so only the generated files are rebuilt."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from architect_ai.config import RunConfig
from architect_ai.data import Example
from architect_ai.errors import UserError
from architect_ai.export import formats
from architect_ai.export.guard import NameLock, clean_stale, ensure_replaceable, mark_owner, unmark
from architect_ai.export.splits import split_of

#: What a dataset folder holds that the writer never writes: training runs, validation history, review marks.
KEPT = ("runs", "validation", "rejected.json", "edits.json")


#: Files inside a `KEPT` folder that generation writes itself (the transfer suite beside the validation history):
#: never carried over from the old folder, never counted as the user's.
GENERATED_IN_KEPT = frozenset({"validation/transfer_suite.json"})


def _kept_entries(old: Path, new: Path) -> list[str]:
    """What to carry from the old folder into the new one: each `KEPT` file the new folder lacks, and each entry of
    a `KEPT` folder (`validation/` gets the new dataset's transfer suite: only the old history is carried)."""
    entries = []
    for name in KEPT:
        if (old / name).is_dir():
            (new / name).mkdir(exist_ok=True)
            entries += [
                f"{name}/{child.name}"
                for child in sorted((old / name).iterdir())
                if f"{name}/{child.name}" not in GENERATED_IN_KEPT and not (new / name / child.name).exists()
            ]
        elif (old / name).exists() and not (new / name).exists():
            entries.append(name)
    return entries


class HashingFile:
    """A UTF-8 text file that hashes what it writes; JSON-lines or a streamed JSON array."""

    def __init__(self, path: Path, *, array: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("w", encoding="utf-8", newline="\n")
        self._sha = hashlib.sha256()
        self.array = array
        self.count = 0
        if array:
            self._write("[\n")

    def _write(self, text: str) -> None:
        self._file.write(text)
        self._sha.update(text.encode())

    def add(self, line: str) -> None:
        if self.array:
            self._write((",\n" if self.count else "") + line)
        else:
            self._write(line + "\n")
        self.count += 1

    def close(self) -> str:
        if self.array:
            self._write("\n]\n" if self.count else "]\n")
        self._file.close()
        return self._sha.hexdigest()


def _friendly_os_error(exc: OSError, where: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(f"disk full while writing {where}", hint="free some space and run again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(f"cannot write to {where}: permission denied", hint="choose another --out folder")
    return UserError(f"cannot write to {where}: {exc.strerror or exc}")


class DatasetWriter:
    """Writes dataset.jsonl, the split, the subsets and the trainer formats in one pass."""

    def __init__(
        self, final_dir: Path, config: RunConfig, *, force: bool = False, protect: tuple[Path, ...] = ()
    ) -> None:
        self.final_dir = final_dir
        self.config = config
        ensure_replaceable(final_dir, force=force, protect=protect)
        try:
            final_dir.parent.mkdir(parents=True, exist_ok=True)
            self._lock = NameLock(final_dir)
        except OSError as exc:
            raise _friendly_os_error(exc, final_dir.parent) from None
        try:
            ensure_replaceable(final_dir, force=force, protect=protect)  # again: a run may have finished meanwhile
            clean_stale(final_dir.parent, final_dir.name)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{final_dir.name}-", dir=final_dir.parent))
            mark_owner(self.tmp)
        except BaseException as exc:
            self._lock.release()
            if isinstance(exc, OSError):
                raise _friendly_os_error(exc, final_dir.parent) from None
            raise
        self.hashes: dict[str, str] = {}
        self._files: dict[str, HashingFile] = {}
        self._subsets = [size for size in config.subset_sizes]
        self.count = 0
        self.split_counts = {"train": 0, "valid": 0, "test": 0}

    def _sink(self, relpath: str, *, array: bool = False) -> HashingFile:
        sink = self._files.get(relpath)
        if sink is None:
            sink = self._files[relpath] = HashingFile(self.tmp / relpath, array=array)
        return sink

    def open_all(self) -> None:
        """Create every file up front, so empty splits still exist and the folder shape is fixed."""
        for relpath in ("dataset.jsonl", "train.jsonl", "valid.jsonl"):
            self._sink(relpath)
        if self.config.hold_out_plan().active:
            self._sink("test.jsonl")  # mlx-lm's test split only once it has a line: an empty one fails its loader
        for fmt, stem, _, array in formats.RECORD_FILES:
            if fmt in self.config.formats:
                for path in formats.record_paths(stem, array).values():
                    self._sink(f"formats/{path}", array=array)

    def add(self, example: Example, split: str | None = None) -> str:
        """Write one example everywhere it belongs (on `split`, else its group's side); returns its split."""
        try:
            return self._add(example, split)
        except OSError as exc:
            raise _friendly_os_error(exc, self.final_dir) from None

    def _add(self, example: Example, split: str | None = None) -> str:
        line = example.to_json()
        if split == "test":  # held out: test.jsonl (and mlx-lm's test split), never training files or subsets
            self._sink("test.jsonl").add(line)
            if "mlx" in self.config.formats:
                self._sink(formats.MLX_TEST).add(formats.dumps(formats.openai_record(example)))
            self.split_counts[split] += 1
            return split
        if split is None:
            split = split_of(example.group, seed=self.config.seed, valid_fraction=self.config.valid_fraction)
        self._sink("dataset.jsonl").add(line)
        self._sink(f"{split}.jsonl").add(line)
        self.count += 1
        self.split_counts[split] += 1
        for size in self._subsets:
            if self.count <= size:
                self._sink(f"subsets/subset_{size}.jsonl").add(line)
        dumped: dict = {}  # per record builder: openai and mlx write the same record
        for fmt, stem, record, array in formats.RECORD_FILES:
            if fmt in self.config.formats:
                path = formats.record_paths(stem, array)[split]
                if record not in dumped:
                    dumped[record] = formats.dumps(record(example))
                self._sink(f"formats/{path}", array=array).add(dumped[record])
        return split

    def write_text(self, relpath: str, text: str) -> None:
        path = self.tmp / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise _friendly_os_error(exc, self.final_dir) from None
        self.hashes[relpath] = hashlib.sha256(text.encode()).hexdigest()

    def write_json(self, relpath: str, data: object) -> None:
        self.write_text(relpath, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")

    def close_streams(self) -> None:
        """Finish the streamed files (drop subsets the dataset did not fill) and write the side files."""
        for relpath, sink in list(self._files.items()):
            size = _subset_size(relpath)
            try:
                self.hashes[relpath] = sink.close()  # the last buffered bytes reach the disk here
            except OSError as exc:
                raise _friendly_os_error(exc, self.final_dir) from None
            if size is not None and sink.count < size:
                (self.tmp / relpath).unlink()
                del self.hashes[relpath]
        self._files.clear()
        if "llama_factory" in self.config.formats:
            self.write_json(
                "formats/dataset_info.json", formats.llama_factory_info(self.final_dir.name, self.config.formats)
            )
        if "axolotl" in self.config.formats:
            self.write_text("formats/axolotl.yml", formats.axolotl_config(sequence_len=self.config.max_example_tokens))

    def commit(self) -> Path:
        """Move the finished folder into place (replacing an old one only now, carrying over what it `KEPT`)."""
        backup = None
        moved: list[str] = []
        try:
            unmark(self.tmp)
            if self.final_dir.exists():
                backup = self.final_dir.with_name(f".old-{self.final_dir.name}-{os.getpid()}")
                self.final_dir.rename(backup)
                for name in _kept_entries(backup, self.tmp):
                    (backup / name).rename(self.tmp / name)
                    moved.append(name)
            self.tmp.rename(self.final_dir)
        except OSError as exc:
            if backup is not None and not self.final_dir.exists():
                for name in moved:
                    with contextlib.suppress(OSError):
                        (self.tmp / name).rename(backup / name)
                backup.rename(self.final_dir)
            raise _friendly_os_error(exc, self.final_dir) from None
        finally:
            self._lock.release()
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)
        return self.final_dir

    def abort(self) -> None:
        for sink in self._files.values():
            with contextlib.suppress(OSError):
                sink.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        self._lock.release()


def kept_summary(folder: Path) -> str:
    """What a replacement of `folder` keeps, in one phrase ('' when it holds nothing of the user's)."""
    parts = []
    for name in KEPT:
        path = folder / name
        if path.is_dir():
            entries = sum(1 for child in path.iterdir() if f"{name}/{child.name}" not in GENERATED_IN_KEPT)
            if entries:
                parts.append(f"{name}/ ({entries} {'entry' if entries == 1 else 'entries'})")
        elif path.is_file():
            parts.append(name)
    return ", ".join(parts)


def _subset_size(relpath: str) -> int | None:
    if relpath.startswith("subsets/subset_") and relpath.endswith(".jsonl"):
        return int(relpath.removeprefix("subsets/subset_").removesuffix(".jsonl"))
    return None
