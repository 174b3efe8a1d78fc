"""Generation speed on the sample and on a larger generated repository, against the I/O floor.

For each repository it prints examples/second of `generate_dataset`, then the floor measured in the same
process — merely reading the same source files and writing the same output bytes — and the ratio of the two.
Each run's stage times follow (the manifest's `timings`); `--save FILE` keeps them, `--against FILE` prints each stage
of this run over the same stage of the saved one (new/old: below 1 is faster). Then peak traced memory for two targets
on the large repository: stages stream, so the peak should stay nearly flat while the number of examples grows.

    python bench/generate.py [--features 400] [--save before.json] [--against before.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.repository import open_source
from architect_ai.pipeline import generate_dataset
from bench.synthetic_repo import write_repo


def timed_generate(config: RunConfig, out: Path) -> tuple[float, Path, int, dict[str, float]]:
    start = time.perf_counter()
    result = generate_dataset(config, out_root=out)
    return time.perf_counter() - start, result.out_dir, result.total, result.manifest["timings"]


def stage_line(stages: dict[str, float], old: dict[str, float] | None) -> str:
    """`analyze 2.10 s (0.62×)` per stage; the ratio to the saved run's stage when there is one."""
    parts = []
    for stage, seconds in stages.items():
        ratio = f" ({seconds / old[stage]:.2f}×)" if old and old.get(stage) else ""
        parts.append(f"{stage} {seconds:.2f} s{ratio}")
    return "    stages: " + ", ".join(parts)


def io_floor(repo: str, dataset_dir: Path, scratch: Path) -> float:
    """Read every source file the run read, write every byte the run wrote."""
    start = time.perf_counter()
    source = open_source(repo)
    for path in source.tracked or sorted(p.relative_to(source.root).as_posix() for p in source.root.rglob("*")):
        full = source.root / path
        if full.is_file() and not full.is_symlink():
            full.read_bytes()
    for file in dataset_dir.rglob("*"):
        if file.is_file():
            target = scratch / file.relative_to(dataset_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.read_bytes())
    return time.perf_counter() - start


def peak_memory(config: RunConfig, out: Path) -> float:
    gc.collect()
    tracemalloc.start()
    generate_dataset(config, out_root=out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=400, help="features in the generated repository")
    parser.add_argument("--save", type=Path, help="write this run's seconds and stage times to a JSON file")
    parser.add_argument("--against", type=Path, help="a file written by --save: print new/old per stage")
    args = parser.parse_args()
    old = json.loads(args.against.read_text()) if args.against else {}
    saved: dict[str, dict] = {}
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    try:
        large = write_repo(work / "large-repo", args.features)
        files = sum(1 for _ in iter_source_files(open_source(str(large))))
        runs = [
            ("sample", RunConfig(repo=str(SAMPLE_REPO), target=5000)),
            (f"generated ({files} files)", RunConfig(repo=str(large), target=20000, max_examples=20000)),
        ]
        print(f"{'repository':<28}{'examples':>10}{'seconds':>10}{'ex/s':>10}{'floor s':>10}{'ratio':>8}")
        for index, (label, config) in enumerate(runs):
            seconds, folder, total, stages = timed_generate(config, work / f"out{index}")
            floor = io_floor(config.repo, folder, work / f"floor{index}")
            print(
                f"{label:<28}{total:>10,}{seconds:>10.2f}{total / seconds:>10,.0f}{floor:>10.3f}{seconds / floor:>8.1f}"
            )
            before = old.get(label)
            print(stage_line(stages, before and before["stages"]))
            if before:
                print(
                    f"    total {seconds:.2f} s against {before['seconds']:.2f} s: {seconds / before['seconds']:.2f}×"
                )
            saved[label] = {"seconds": round(seconds, 3), "floor": round(floor, 3), "stages": stages}
        if args.save:
            args.save.write_text(json.dumps(saved, indent=2) + "\n")
        print("\npeak traced memory on the generated repository (streaming: should stay nearly flat)")
        small = peak_memory(RunConfig(repo=str(large), target=5000, name="m5k"), work / "mem")
        big = peak_memory(RunConfig(repo=str(large), target=20000, max_examples=20000, name="m20k"), work / "mem")
        print(f"  5,000 examples: {small:8.1f} MiB")
        print(f" 20,000 examples: {big:8.1f} MiB   ratio {big / small:.2f} for 4.0× the examples")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        os.sync()


if __name__ == "__main__":
    main()
