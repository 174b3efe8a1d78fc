"""The Fine-Tuning page's settings: widgets that build the same `RunConfig` the CLI builds from its flags.

The config is rebuilt from what the widgets show on every rerun: number fields carry no widget-side bounds (which
would silently keep a stale value), `RunConfig` decides, and the page disables Generate while it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from architect_ai.config import (
    ARTIFACT_TYPE_LABELS,
    ARTIFACT_TYPES,
    DEFAULT_EXAMPLE_TOKENS,
    DEFAULT_HISTORY_COMMITS,
    DEFAULT_TARGET_EXAMPLES,
    DEFAULT_TEST_FRACTION,
    FORMATS,
    HARD_MAX_DATASET_SIZE,
    MAX_DATASET_SIZE,
    MIN_DATASET_SIZE,
    SAMPLE_REPO,
    RunConfig,
    repo_slug,
)
from architect_ai.errors import UserError
from architect_ai.library.item import DOMAINS
from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.source_check import (
    SOURCE_GIT,
    SOURCE_LOCAL,
    SOURCE_SAMPLE,
    SOURCES,
    allowed_roots,
    check_local_quick,
    page_reason,
)

MAX_SEED = 2**31 - 1
SOURCE_ICONS = {
    SOURCE_SAMPLE: ":material/inventory_2:",
    SOURCE_LOCAL: ":material/folder:",
    SOURCE_GIT: ":material/link:",
}

HELP = {
    "source": "Where your code comes from. The bundled sample is a small .NET + Angular + MongoDB project.",
    "artifact_type": (
        "What the model should learn. **Code Prototype** = everything: ERDs, architecture, sequence diagrams, "
        "flowcharts, code templates and your own code. The others narrow the builtin examples to one kind."
    ),
    "target": f"How many examples to build ({MIN_DATASET_SIZE:,} at least, at most Max examples).",
    "seed": "Every random choice (mix, phrasing, split) follows it: same repository + settings + seed → same dataset.",
    "max": f"Upper bound for Target examples; raise it (up to {HARD_MAX_DATASET_SIZE:,}) for larger datasets.",
    "held_out": (
        "Share of examples kept out of training to measure it (valid.jsonl). The split is by **group**: all "
        "variations of one code chunk land on the same side, so the held-out part is never seen in training."
    ),
    "test_fraction": (
        "Share of your code units (10 to 100 of them) set aside before anything is built: never trained on, they "
        "become test.jsonl and the transfer suite the Validation page runs — does the tuned model write *new* code "
        "the house way? 0 = no transfer test."
    ),
    "token_budget": (
        "Longest example allowed, in tokens (≈ 3.5 characters each). Longer ones are dropped; keep it at or under "
        "the max sequence length you will train with."
    ),
    "weights": "Shift the builtin artifacts toward a domain, e.g. healthcare=2, crm=1.5. Domains: "
    + ", ".join(DOMAINS)
    + ".",
    "formats": "Trainer-specific copies written next to dataset.jsonl (OpenAI, Alpaca, ShareGPT, LLaMA-Factory, mlx…).",
    "name": "Folder name under the datasets folder; by default it names the repository, type and target.",
    "force": "Replace a dataset folder of the same name. Without it, a name in use is refused.",
    "history": (
        "Commits of the checked-out branch mined for examples of how your team changes its code (commit message → "
        "the changed declarations before and after, or the new files). 0 turns it off. A git URL is fetched this "
        "many commits deep; merges, reverts, bots, non-request messages and docs/config-only commits are skipped."
    ),
    "include": (
        "Gitignore-style globs, separated by commas: only matching paths are read (like --include), e.g. "
        "`src/**, *.cs`. Empty: every file."
    ),
    "exclude": (
        "Gitignore-style globs, separated by commas: matching paths are never read (like --exclude), e.g. "
        "`**/tests/**, *.min.js`."
    ),
    "redact_pii": (
        "Also replace e-mail addresses and private IP addresses (10.x, 172.16–31.x, 192.168.x, fc00::/7) in your "
        "code by <REDACTED:email> / <REDACTED:private_ip>. Secrets are always redacted; documentation addresses "
        "(user@example.com), loopback (127.0.0.1), version numbers and git remotes (git@host:org/repo) are kept."
    ),
}


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the form shows, as a config (or the reason it is refused), and how to treat an existing folder."""

    config: RunConfig | None
    error: str | None
    force: bool
    source: str = SOURCE_SAMPLE
    repo: str = ""
    ref: str | None = None
    missing: bool = False  # a required field is still empty (not an error yet, but Generate stays off)
    warnings: list[str] = field(default_factory=list)


def parse_weights(text: str) -> dict[str, float]:
    """`"healthcare=2, crm=1.5"` → `{"healthcare": 2.0, "crm": 1.5}`; a malformed entry is a `UserError`."""
    weights: dict[str, float] = {}
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        domain, sep, value = part.partition("=")
        try:
            if not sep or not domain.strip():
                raise ValueError
            weights[domain.strip()] = float(value)
        except ValueError:
            raise UserError(f"domain weight {part.strip()!r} must look like domain=number, e.g. healthcare=2") from None
    return weights


def parse_globs(text: str) -> tuple[str, ...]:
    """`"src/**, *.cs"` → `("src/**", "*.cs")`: the globs the CLI's repeated --include/--exclude take."""
    return tuple(part.strip() for part in text.replace("\n", ",").split(",") if part.strip())


def _whole(value, label: str) -> int:
    if value is None:
        raise UserError(f"{label} is empty")
    return int(value)


def unknown_domains(weights: dict[str, float]) -> list[str]:
    return sorted(set(weights) - set(DOMAINS))


def _source_fields() -> tuple[str, str, str | None]:
    source = st.radio(
        "Repository source",
        SOURCES,
        horizontal=True,
        key="ft_source",
        help=HELP["source"],
        format_func=lambda s: f"{SOURCE_ICONS[s]} {s}",
    )
    repo, ref = str(SAMPLE_REPO), None
    if source == SOURCE_SAMPLE:
        st.caption(f"The bundled .NET + Angular + MongoDB mother project: {inline_code(SAMPLE_REPO.name)}")
    elif source == SOURCE_LOCAL:
        repo = st.text_input(
            "Folder of the repository",
            key="ft_local_path",
            placeholder="/path/to/your/repo",
            help="A folder on the machine running this app.",
        )
        st.caption("Allowed folders: " + ", ".join(f"{inline_code(root)}" for root in allowed_roots()))
    else:
        left, right = st.columns([3, 1])
        repo = left.text_input("Git URL", key="ft_git_url", placeholder="https://github.com/org/repo.git")
        ref = right.text_input("Branch, tag or commit", key="ft_git_ref", placeholder="default branch") or None
    return source, repo, ref


def render_config_form() -> FormValues:
    """Draw the settings and build a `RunConfig` from exactly what they show (never raises)."""
    source, repo, ref = _source_fields()
    left, middle, right = st.columns(3)
    artifact_type = left.selectbox(
        "Artifact type",
        ARTIFACT_TYPES,
        format_func=ARTIFACT_TYPE_LABELS.__getitem__,
        key="ft_artifact_type",
        help=HELP["artifact_type"],
    )
    target = middle.number_input(
        "Target examples", value=DEFAULT_TARGET_EXAMPLES, step=500, key="ft_target", help=HELP["target"]
    )
    seed = right.number_input("Seed", value=42, step=1, key="ft_seed", help=HELP["seed"])

    with st.expander("Advanced settings", icon=":material/tune:"):
        a1, a2, a3 = st.columns(3)
        max_examples = a1.number_input(
            "Max examples", value=MAX_DATASET_SIZE, step=500, key="ft_max_examples", help=HELP["max"]
        )
        valid_fraction = a2.slider(
            "Held-out split", 0.0, 0.5, 0.05, 0.01, key="ft_valid_fraction", help=HELP["held_out"]
        )
        token_budget = a3.number_input(
            "Token budget per example",
            value=DEFAULT_EXAMPLE_TOKENS,
            step=256,
            key="ft_token_budget",
            help=HELP["token_budget"],
        )
        weights_text = st.text_input(
            "Domain weights", key="ft_weights", placeholder="healthcare=2, crm=1.5", help=HELP["weights"]
        )
        formats = st.multiselect(
            "Export formats", FORMATS, default=list(FORMATS), key="ft_formats", help=HELP["formats"]
        )
        n1, n2 = st.columns([3, 1])
        default_name = f"{repo_slug(repo or 'repo')}_{artifact_type.replace('-', '_')}_{int(target or 0)}"
        name = n1.text_input("Dataset name", key="ft_name", placeholder=f"default: {default_name}", help=HELP["name"])
        force = n2.checkbox("Replace if it exists", key="ft_force", help=HELP["force"])
        h1, h2, h3 = st.columns(3)
        history = h1.number_input(
            "History commits", value=DEFAULT_HISTORY_COMMITS, step=100, key="ft_history", help=HELP["history"]
        )
        test_fraction = h2.slider(
            "Transfer test (units held out)",
            0.0,
            0.5,
            DEFAULT_TEST_FRACTION,
            0.01,
            key="ft_test_fraction",
            help=HELP["test_fraction"],
        )
        redact_pii = h3.checkbox("Redact e-mail and private IP addresses", key="ft_redact_pii", help=HELP["redact_pii"])
        g1, g2 = st.columns(2)
        include = g1.text_input("Only read paths", key="ft_include", placeholder="src/**, *.cs", help=HELP["include"])
        exclude = g2.text_input("Never read paths", key="ft_exclude", placeholder="**/tests/**", help=HELP["exclude"])

    values = {"source": source, "repo": repo.strip(), "ref": ref.strip() if ref else None, "force": bool(force)}
    if not repo.strip():
        what = "folder" if source == SOURCE_LOCAL else "git URL"
        return FormValues(
            config=None, error=f"enter the repository's {what} to enable Generate", missing=True, **values
        )
    try:
        if not 0 <= _whole(seed, "Seed") <= MAX_SEED:
            raise UserError(f"seed must be between 0 and {MAX_SEED}")
        if source == SOURCE_LOCAL:
            check_local_quick(repo)
        weights = parse_weights(weights_text)
        config = RunConfig.build(
            repo=repo.strip(),
            ref=ref.strip() if ref else None,
            artifact_type=artifact_type,
            target=_whole(target, "Target examples"),
            max_examples=_whole(max_examples, "Max examples"),
            seed=int(seed),
            name=name.strip() if name and name.strip() else None,
            valid_fraction=float(valid_fraction),
            max_example_tokens=_whole(token_budget, "Token budget per example"),
            weights=weights,
            formats=tuple(formats),
            redact_pii=bool(redact_pii),
            history=_whole(history, "History commits"),
            test_fraction=float(test_fraction),
            include=parse_globs(include),
            exclude=parse_globs(exclude),
        )
    except UserError as exc:
        return FormValues(config=None, error=page_reason(str(exc)), **values)
    warnings = []
    unknown = unknown_domains(weights)
    if unknown:
        warnings.append(
            f"Unknown domain(s) {', '.join(unknown)} in Domain weights have no effect; "
            f"the domains are {', '.join(DOMAINS)}."
        )
    return FormValues(config=config, error=None, warnings=warnings, **values)
