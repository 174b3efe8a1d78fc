"""`inspect` (and the ingest stage alone) against repomix and gitingest on the same repositories.

Users compare ingestion with repomix (npm) and gitingest (pip). This bench installs both into a scratch folder
(`~/.cache/architect-ai-bench`, reused; nothing is installed into the project), then times, as whole commands
from process start to exit, interleaved round by round so a busy machine slows every tool alike:

- `architect-ai inspect --repo R` (roles, skips, secret scan, conventions as JSON);
- the ingest stage alone (`iter_source_files`: the file walk, `.gitignore`, size/binary checks, secret redaction);
- `repomix R` (its secret scan and token count included, as users run it);
- `gitingest R`.

It prints min and median seconds of each and the ratio of ours to the faster peer (#21's goal: ≤ 0.5×).

    python bench/ingest_peers.py [--rounds 5] [--features 400]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from architect_ai.config import SAMPLE_REPO  # noqa: E402
from bench.synthetic_repo import write_repo  # noqa: E402

SCRATCH = Path(os.environ.get("ARCHITECT_AI_BENCH_CACHE", Path.home() / ".cache" / "architect-ai-bench"))
REPOMIX = "repomix@1"
GITINGEST = "gitingest"
INGEST_ONLY = (
    "import sys; from architect_ai.ingest.files import iter_source_files; "
    "from architect_ai.ingest.repository import open_source; "
    "print(sum(1 for _ in iter_source_files(open_source(sys.argv[1]))))"
)


def _run(cmd: list[str], **kwargs) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)


def install_peers() -> tuple[Path, Path]:
    """repomix's binary (npm, scratch folder) and gitingest's (pip, scratch venv), installed once."""
    npm_dir, venv = SCRATCH / "npm", SCRATCH / "venv"
    repomix = npm_dir / "node_modules" / ".bin" / "repomix"
    if not repomix.exists():
        npm_dir.mkdir(parents=True, exist_ok=True)
        print(f"installing {REPOMIX} into {npm_dir}", file=sys.stderr)
        _run(["npm", "install", "--prefix", str(npm_dir), "--no-audit", "--no-fund", REPOMIX])
    gitingest = venv / "bin" / "gitingest"
    if not gitingest.exists():
        print(f"installing {GITINGEST} into {venv}", file=sys.stderr)
        _run([sys.executable, "-m", "venv", str(venv)])
        _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", GITINGEST])
    return repomix, gitingest


def commands(repo: Path, out: Path, repomix: Path, gitingest: Path) -> dict[str, list[str]]:
    python = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
    return {
        "architect-ai inspect": [python, "-m", "architect_ai", "-q", "inspect", "--repo", str(repo)],
        "ingest stage alone": [python, "-c", INGEST_ONLY, str(repo)],
        "repomix": [str(repomix), str(repo), "-o", str(out / "repomix.xml"), "--quiet"],
        "gitingest": [str(gitingest), str(repo), "-o", str(out / "gitingest.txt")],
    }


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    return time.perf_counter() - start


def bench(label: str, repo: Path, rounds: int, repomix: Path, gitingest: Path, work: Path) -> None:
    cmds = commands(repo, work, repomix, gitingest)
    for cmd in cmds.values():  # warm the page cache and every tool's first-run work once, untimed
        timed(cmd)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(rounds):
        for name, cmd in cmds.items():
            times[name].append(timed(cmd))
    peer = min(statistics.median(times["repomix"]), statistics.median(times["gitingest"]))
    print(f"\n{label}")
    print(f"  {'command':<24}{'min s':>8}{'median s':>10}{'÷ faster peer':>15}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<24}{min(values):>8.2f}{median:>10.2f}{median / peer:>14.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--features", type=int, default=400, help="features in the generated repository")
    args = parser.parse_args()
    repomix, gitingest = install_peers()
    work = Path(tempfile.mkdtemp(prefix="bench-peers-"))
    try:
        large = write_repo(work / "large-repo", args.features)
        files = sum(1 for p in large.rglob("*") if p.is_file())
        print(f"interleaved rounds: {args.rounds}; medians compared")
        bench("bundled sample (examples/mother-project)", SAMPLE_REPO, args.rounds, repomix, gitingest, work)
        bench(f"generated repository ({files} files)", large, args.rounds, repomix, gitingest, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
