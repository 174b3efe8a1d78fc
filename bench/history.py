"""History mining speed on a generated repository of many commits.

Builds (with `git fast-import`, in a temporary folder) a C# repository of `--commits` commits — method edits with
request-like messages, new services, README edits, bot bumps, "wip"s — then prints:
- commits/s read by `read_history` over all of them, and examples/s built by `commit_examples`;
- the time of `generate` (target 1000) with `--history 500` vs `--history 0` on the same repository, as a ratio
  (goal ≤ 1.5×).

    python bench/history.py [--commits 5000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from architect_ai.config import RunConfig
from architect_ai.generate.commit_examples import commit_examples
from architect_ai.ingest.history import HistoryStats, read_history
from architect_ai.ingest.repository import open_source
from architect_ai.pipeline import generate_dataset

SERVICES = 40
METHODS = 6
ENTITIES = ("Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Basket", "Review")


def service(index: int, version: int) -> str:
    entity = ENTITIES[index % len(ENTITIES)]
    name = f"{entity}Service{index}"
    methods = []
    for m in range(METHODS):
        extra = "".join(f"\n            total += {k} * rate;" for k in range((version + m) % 4))
        methods.append(
            f"""        public async Task<decimal> Compute{m}Async(string id, decimal rate)
        {{
            var item = await _repository.FindAsync(id);
            var total = item.Amount * rate;{extra}
            return total;
        }}"""
        )
    body = "\n\n".join(methods)
    return f"""using System.Threading.Tasks;

namespace Shop.Services
{{
    public class {name} : I{name}
    {{
        private readonly I{entity}Repository _repository;

        public {name}(I{entity}Repository repository)
        {{
            _repository = repository;
        }}

{body}
    }}
}}
"""


def fast_import_stream(commits: int) -> bytes:
    """A `git fast-import` stream: the services, then `commits` commits of mixed kinds."""
    out: list[bytes] = []
    versions = [0] * SERVICES
    added = 8
    when = 1_700_000_000

    def commit(message: str, files: dict[str, str], author: str = "Dev <dev@example.com>") -> None:
        nonlocal when
        when += 60
        data = message.encode()
        out.append(f"commit refs/heads/main\nauthor {author} {when} +0000\ncommitter {author} {when} +0000\n".encode())
        out.append(b"data %d\n%s\n" % (len(data), data))
        for path, text in files.items():
            blob = text.encode()
            out.append(f"M 100644 inline {path}\n".encode())
            out.append(b"data %d\n%s\n" % (len(blob), blob))

    commit(
        "initial commit", {f"src/Services/Service{i}.cs": service(i, 0) for i in range(added)} | {"README.md": "#\n"}
    )
    for n in range(commits - 1):
        kind = n % 10
        if kind < 6:
            i = n % added
            versions[i] += 1
            commit(
                f"Change the rate rounding in Compute{(versions[i] + 1) % METHODS} of service {i}",
                {f"src/Services/Service{i}.cs": service(i, versions[i])},
            )
        elif kind == 6 and added < SERVICES:
            commit(f"Add the {ENTITIES[added % 8]} service {added} with its computations", {
                f"src/Services/Service{added}.cs": service(added, 0)})  # fmt: skip
            added += 1
        elif kind == 7:
            commit("Document the services and how to run them", {"README.md": f"# Shop\n\nrevision {n}\n"})
        elif kind == 8:
            commit(f"Bump Newtonsoft.Json from 13.0.{n} to 13.0.{n + 1}", {"src/Shop.csproj": f"<Project>{n}</Project>\n"},
                   author="dependabot[bot] <bot@github.com>")  # fmt: skip
        else:
            commit("wip", {"notes.txt": f"{n}\n"})
    return b"".join(out)


def build_repo(root: Path, commits: int) -> Path:
    repo = root / "history_repo"
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=fast_import_stream(commits), check=True)
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True)
    return repo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--target", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        repo = build_repo(Path(tmp), args.commits)
        print(f"built {args.commits:,} commits in {time.perf_counter() - start:.1f} s")
        source = open_source(str(repo))
        stats = HistoryStats(limit=args.commits)
        start = time.perf_counter()
        commits = list(read_history(source, limit=args.commits, stats=stats))
        read_s = time.perf_counter() - start
        print(f"read: {stats.read:,} commits in {read_s:.1f} s = {stats.read / read_s:.0f} commits/s "
              f"({stats.kept:,} kept; dropped {dict(stats.dropped)})")  # fmt: skip
        drops: Counter = Counter()
        start = time.perf_counter()
        examples = list(commit_examples(commits, drops=drops))
        build_s = time.perf_counter() - start
        print(f"examples: {len(examples):,} in {build_s:.1f} s = {len(examples) / max(build_s, 1e-9):.0f} examples/s")
        timings = {}
        for history in (0, 500):
            config = RunConfig(repo=str(repo), target=args.target, history=history, name=f"h{history}")
            start = time.perf_counter()
            result = generate_dataset(config, out_root=Path(tmp) / "out")
            timings[history] = time.perf_counter() - start
            print(f"generate --history {history}: {timings[history]:.1f} s, {result.total:,} examples, "
                  f"{result.report['history']['summary']}")  # fmt: skip
        print(f"ratio with history 500 / without: {timings[500] / timings[0]:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
