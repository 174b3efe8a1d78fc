"""The transfer suite: each held-out unit as a validation prompt, with checks computed from its real code.

The prompt is the unit's derivable task from `test.jsonl` (its spec and the declarations it builds on, never the
answer). The checks: every house convention the real code shows (`shows_convention`), the names the spec fixes
that the real code uses (`contains`), and chrF of the answer's code against the real code (`similarity`). Saved
with the dataset as `validation/transfer_suite.json`; `validate` and the per-epoch suite of `train` run it beside
the strategy prompts, and the scores say per model how much of the house style transferred to unseen units.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.data import Convention, Example
from architect_ai.validate.answer_view import AnswerView
from architect_ai.validate.assertions import Contains
from architect_ai.validate.suite import (
    TRANSFER_CATEGORY,
    Prompt,
    Suite,
    build_suite,
    load_conventions,
    load_suite,
    load_system_prompt,
)
from architect_ai.validate.transfer_assertions import ShowsConvention, Similarity, answer_code

TRANSFER_SUITE_FILE = "validation/transfer_suite.json"
TRANSFER_SUITE_NAME = "transfer"
#: The one phrasing of a unit's task asked in the suite (the first lead of `generate.tasks.UNIT_LEADS`).
TRANSFER_TEMPLATE = "unit.implement"
#: Commit examples that ask for a feature the way the team builds one.
TRANSFER_COMMIT_KIND = "commit_feature"
MAX_TRANSFER_PROMPTS = 100
#: Names the spec fixes, at most this many `contains` checks per prompt.
MAX_NAMES = 6
_BACKTICKED = re.compile(r"`([^`\n]{2,80})`")
_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")


def _spec(prompt: str) -> str:
    """The prompt without the declarations it shows (those names are context, not what the answer must name)."""
    return prompt.split("\n\nIt builds on", 1)[0]


def fixed_names(prompt: str, code: str) -> list[str]:
    """The backticked names of the spec that the real code uses, in prompt order."""
    names = []
    for name in _BACKTICKED.findall(_spec(prompt)):
        if name in code and name not in names:
            names.append(name)
    return names[:MAX_NAMES]


def _prompt_id(example: Example, taken: set[str]) -> str:
    stem = example.source.split(":", 1)[0] if example.commit == "" else f"commit-{example.commit[:10]}"
    base = "transfer-" + _SLUG.sub("-", stem).strip("-")[:80]
    pid, n = base, 1
    while pid in taken:
        n += 1
        pid = f"{base}-{n}"
    taken.add(pid)
    return pid


def transfer_prompt(example: Example, conventions: dict[str, Convention], taken: set[str]) -> Prompt:
    """One held-out example as a prompt: its own request, checked against its own answer."""
    code = answer_code(AnswerView(example.assistant))
    checks: list = []
    for cid in example.conventions:
        convention = conventions.get(cid)
        if convention is not None and convention.teachable:
            checks.append(
                ShowsConvention(
                    convention=cid,
                    description=convention.description,
                    names=list(convention.names),
                    languages=list(convention.languages),
                )
            )
    checks += [
        Contains(value=name, case_sensitive=True, label=f"names {name}") for name in fixed_names(example.user, code)
    ]
    checks.append(Similarity(reference=code))
    return Prompt(
        id=_prompt_id(example, taken),
        category=TRANSFER_CATEGORY,
        prompt=example.user,
        system=None,
        assertions=checks,
    )


def is_transfer_example(example: Example) -> bool:
    return example.template == TRANSFER_TEMPLATE or example.kind == TRANSFER_COMMIT_KIND


def build_transfer_suite(
    test_examples: Iterable[Example], conventions: Sequence[Convention], *, system: str
) -> Suite | None:
    """The suite of the held-out units (one prompt per unit task and per held-out feature commit); None if none."""
    by_id = {c.id: c for c in conventions}
    taken: set[str] = set()
    prompts = []
    for example in test_examples:
        if is_transfer_example(example) and len(prompts) < MAX_TRANSFER_PROMPTS:
            prompts.append(transfer_prompt(example, by_id, taken))
    if not prompts:
        return None
    return Suite(
        name=TRANSFER_SUITE_NAME,
        description="Held-out units of the repository (never in train or valid): does the model write them the house way?",
        system=system,
        prompts=prompts,
    )


def suite_json(suite: Suite) -> str:
    """The suite file's text: the same dataset gives the same bytes."""
    return suite.model_dump_json(indent=2, exclude_defaults=False) + "\n"


def transfer_suite_path(dataset_dir: str | Path) -> Path:
    return Path(dataset_dir) / TRANSFER_SUITE_FILE


def load_transfer_suite(dataset_dir: str | Path) -> Suite | None:
    """The dataset's transfer suite, when it has one (a one-line `UserError` when the file is unreadable)."""
    path = transfer_suite_path(dataset_dir)
    return load_suite(path) if path.is_file() else None


def dataset_suite(dataset_dir: str | Path | None) -> Suite:
    """What `validate` and the per-epoch suite ask by default: the strategy's prompts and the convention prompts
    of the dataset, then its transfer prompts (each keeps the dataset's system prompt)."""
    conventions = load_conventions(dataset_dir) if dataset_dir else []
    system = (load_system_prompt(dataset_dir) if dataset_dir else None) or DEFAULT_SYSTEM_PROMPT
    builtin = build_suite(conventions, system=system)
    transfer = load_transfer_suite(dataset_dir) if dataset_dir else None
    if transfer is None:
        return builtin
    return Suite(
        name=f"{builtin.name}+{TRANSFER_SUITE_NAME}",
        description=f"{builtin.description} Then {len(transfer.prompts)} held-out units (the transfer test).",
        system=system,
        prompts=[*builtin.prompts, *transfer.prompts],
    )
