"""The product on real repositories: `inspect` + `generate` on every repository in a folder, one line each.

Per repository it prints the conventions found (catalogue / statistical / miner), hint and tag fidelity (share of
hints and `metadata.conventions` tags whose answer shows the convention by its own evidence), the builtin share
(`artifact` examples), the share of repo-grounded code examples whose prompt names neither the answer's file nor its
main type ("transfer"), the prompts with more than one distinct answer, and the ERD's entities. Third-party
repositories are read, never executed nor copied anywhere but the output folder (a temporary one).

    python bench/corpus.py /tmp/corpus [--target 1000] [--conventions]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from architect_ai.config import RunConfig
from architect_ai.errors import UserError
from architect_ai.pipeline import generate_dataset

_ENTITY = re.compile(r"^\s{2,}(\w+)\s*\{\s*$", re.MULTILINE)
_SOURCE_PATH = re.compile(r"^`([^`]+)`", re.MULTILINE)
_TYPE = re.compile(r"^[^\S\n]*(?:[\w@]+(?:\([^()\n]*\))?\s+)*(?:class|record|interface|struct|enum)\s+([A-Z]\w*)", re.M)
#: Without a type, a module's main thing is its first top-level function: Python `def`, TS/JS `function`,
#: `export const` (a React component, a hook, a router object).
_FUNCTION = re.compile(
    r"^(?:(?:async\s+)?def\s+(\w+)|export\s+(?:default\s+)?(?:async\s+)?(?:function\s*\*?\s*|const\s+)(\w+)"
    r"|(?:async\s+)?function\s+(\w+))",
    re.M,
)


def main_type(answer: str) -> str:
    """The answer's first declared type (at a line's start: not a word in a comment), else its first function."""
    match = _TYPE.search(answer)
    if match:
        return match.group(1)
    function = _FUNCTION.search(answer)
    return next((g for g in function.groups() if g), "") if function else ""


def measure(dataset: Path) -> dict:
    records = [json.loads(line) for line in (dataset / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    total = len(records) or 1
    builtin = sum(r["metadata"]["source"].startswith("builtin:") for r in records)
    answers: dict[str, set[str]] = defaultdict(set)
    grounded = transfer = 0
    entities: set[str] = set()
    for record in records:
        meta, messages = record["metadata"], record["messages"]
        user = next(m["content"] for m in messages if m["role"] == "user")
        answer = messages[-1]["content"]
        answers[user].add(answer)
        if meta["group"] == "repo_erd:whole":
            entities.update(_ENTITY.findall(answer))
        if meta["source"].startswith("builtin:") or "```" not in answer or meta["kind"].startswith("repo_"):
            continue
        grounded += 1
        paths = _SOURCE_PATH.findall(answer)
        names = {p for p in paths} | {PurePosixPath(p).name for p in paths} | {PurePosixPath(p).stem for p in paths}
        names.add(main_type(answer))
        transfer += not any(n and n in user for n in names)
    report = json.loads((dataset / "report.json").read_text(encoding="utf-8"))
    hints = report["quality"].get("hints", {})
    return {
        "total": len(records),
        "builtin": builtin / total,
        "transfer": transfer / grounded if grounded else 0.0,
        "multi": sum(len(a) > 1 for a in answers.values()),
        "prompts": len(answers),
        "hint_fidelity": hints.get("hint_fidelity", float("nan")),
        "hinted": hints.get("hinted", 0),
        "tag_fidelity": hints.get("tag_fidelity", float("nan")),
        "entities": sorted(entities),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder whose subfolders are repositories")
    parser.add_argument("--target", type=int, default=1000)
    parser.add_argument("--conventions", action="store_true", help="also list every convention's description")
    args = parser.parse_args()
    repos = sorted(p for p in args.folder.iterdir() if p.is_dir())
    print(
        f"{'repository':34} {'conv c/s/m':>10} {'hint':>6} {'tags':>6} {'builtin':>7} {'transfer':>8} {'multi':>9}  ERD"
    )
    with tempfile.TemporaryDirectory() as scratch:
        for repo in repos:
            start = time.perf_counter()
            try:
                result = generate_dataset(
                    RunConfig(repo=str(repo), target=args.target, name=re.sub(r"[^\w.-]", "_", repo.name)),
                    out_root=Path(scratch),
                )
            except UserError as exc:
                print(f"{repo.name[:34]:34} error: {exc}")
                continue
            figures = measure(result.out_dir)
            conventions = result.manifest.get("conventions", [])
            origins = [c.get("origin", "miner") for c in conventions]
            found = f"{origins.count('catalogue')}/{origins.count('statistical')}/{origins.count('miner')}"
            entities = ", ".join(figures["entities"][:8]) + (" …" if len(figures["entities"]) > 8 else "")
            print(
                f"{repo.name[:34]:34} {found:>10} {figures['hint_fidelity']:>6.0%} {figures['tag_fidelity']:>6.0%} "
                f"{figures['builtin']:>7.0%} {figures['transfer']:>8.0%} {figures['multi']:>4}/{figures['prompts']:<4}"
                f"  {len(figures['entities'])}: {entities}  ({time.perf_counter() - start:.0f}s, {figures['total']} ex.)"
            )
            if args.conventions:
                for convention in conventions:
                    print(f"    {convention['id']:38} {convention['description'][:110]}")


if __name__ == "__main__":
    main()
