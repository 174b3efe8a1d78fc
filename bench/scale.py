"""Scale: 10k and 100k examples from one generated large repository (max raised), each in a fresh process.

Prints wall time, stage timings and peak resident memory of each run and their ratios: the generate stage's
time(100k)/time(10k) should stay near 10 (linear; the repository's analysis is a fixed cost on top), memory
nearly flat (stages stream; only bounded indexes live in memory).

    python bench/scale.py [--features 2500] [--small 10000] [--large 100000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic_repo import write_repo

CHILD = """
import json, resource, sys, time
from architect_ai.config import RunConfig
from architect_ai.pipeline import generate_dataset
repo, target, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
start = time.perf_counter()
result = generate_dataset(RunConfig(repo=repo, target=target, max_examples=max(target, 6000), subset_sizes=(1000,)), out_root=out)
print(json.dumps({"total": result.total, "seconds": time.perf_counter() - start,
                  "timings": result.manifest["timings"],
                  "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(repo: Path, target: int, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(repo), str(target), str(out)], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=2500)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        started = time.perf_counter()
        repo = write_repo(work / "repo", args.features)
        print(f"generated repository: {args.features} features in {time.perf_counter() - started:.1f}s")
        small = run(repo, args.small, work / "small")
        large = run(repo, args.large, work / "large")
        for label, r in (("small", small), ("large", large)):
            stages = ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in r["timings"].items())
            print(
                f"{label:>6}: {r['total']:>8,} examples  {r['seconds']:8.1f}s  peak RSS {r['max_rss_mib']:8.1f} MiB  ({stages})"
            )
        examples = large["total"] / small["total"]
        whole = large["seconds"] / small["seconds"]
        per_example = large["timings"]["generate"] / small["timings"]["generate"]
        print(
            f"examples ×{examples:.1f}: total time ×{whole:.1f} (the analysis of the repository is a fixed cost), "
            f"generate stage ×{per_example:.1f} (≈{examples:.0f} is linear)"
        )
        print(f"peak memory ×{large['max_rss_mib'] / small['max_rss_mib']:.2f} (≈1 is flat)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
