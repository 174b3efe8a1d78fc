"""The Fine-Tuning page's settings: widgets that build the same `RunConfig` the CLI builds from its flags."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from architect_ai.config import (
    ARTIFACT_TYPE_LABELS,
    ARTIFACT_TYPES,
    DEFAULT_EXAMPLE_TOKENS,
    DEFAULT_TARGET_EXAMPLES,
    FORMATS,
    HARD_MAX_DATASET_SIZE,
    MAX_DATASET_SIZE,
    MIN_DATASET_SIZE,
    SAMPLE_REPO,
    RunConfig,
)
from architect_ai.errors import UserError

SOURCE_SAMPLE = "Bundled sample"
SOURCE_LOCAL = "Local folder"
SOURCE_GIT = "Git URL"
SOURCES = (SOURCE_SAMPLE, SOURCE_LOCAL, SOURCE_GIT)
MAX_SEED = 2**31 - 1


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the form produced: the config (or the reason it was refused) and whether to replace a folder."""

    config: RunConfig | None
    error: str | None
    force: bool


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


def render_config_form() -> FormValues:
    """Draw the settings and build a `RunConfig` from them (never raises: the reason is returned)."""
    source = st.radio("Repository source", SOURCES, horizontal=True, key="ft_source")
    repo, ref = str(SAMPLE_REPO), None
    if source == SOURCE_SAMPLE:
        st.caption(f"The bundled .NET + Angular + MongoDB mother project: `{SAMPLE_REPO.name}`")
    elif source == SOURCE_LOCAL:
        repo = st.text_input("Folder of the repository", key="ft_local_path", placeholder="/path/to/your/repo")
    else:
        left, right = st.columns([3, 1])
        repo = left.text_input("Git URL", key="ft_git_url", placeholder="https://github.com/org/repo.git")
        ref = right.text_input("Branch, tag or commit", key="ft_git_ref", placeholder="default branch") or None

    left, middle, right = st.columns(3)
    artifact_type = left.selectbox(
        "Artifact type", ARTIFACT_TYPES, format_func=ARTIFACT_TYPE_LABELS.__getitem__, key="ft_artifact_type"
    )
    target = middle.number_input(
        "Target examples",
        min_value=MIN_DATASET_SIZE,
        max_value=HARD_MAX_DATASET_SIZE,
        value=DEFAULT_TARGET_EXAMPLES,
        step=500,
        key="ft_target",
    )
    seed = right.number_input("Seed", min_value=0, max_value=MAX_SEED, value=42, step=1, key="ft_seed")

    with st.expander("Advanced settings"):
        a1, a2, a3 = st.columns(3)
        max_examples = a1.number_input(
            "Max examples",
            min_value=MIN_DATASET_SIZE,
            max_value=HARD_MAX_DATASET_SIZE,
            value=MAX_DATASET_SIZE,
            step=500,
            key="ft_max_examples",
            help="Upper bound for the target; raise it to allow larger datasets.",
        )
        valid_fraction = a2.slider("Validation fraction", 0.0, 0.5, 0.05, 0.01, key="ft_valid_fraction")
        token_budget = a3.number_input(
            "Token budget per example",
            min_value=256,
            max_value=1_000_000,
            value=DEFAULT_EXAMPLE_TOKENS,
            step=256,
            key="ft_token_budget",
        )
        weights_text = st.text_input(
            "Domain weights",
            key="ft_weights",
            placeholder="healthcare=2, crm=1.5",
            help="domain=weight, comma separated",
        )
        formats = st.multiselect("Export formats", FORMATS, default=list(FORMATS), key="ft_formats")
        n1, n2 = st.columns([3, 1])
        name = n1.text_input("Dataset name", key="ft_name", placeholder="default: <artifact_type>_<target>") or None
        force = n2.checkbox("Replace if it exists", key="ft_force")

    try:
        if not repo.strip():
            raise UserError("enter the repository's folder or git URL", hint="or pick the bundled sample")
        config = RunConfig.build(
            repo=repo.strip(),
            ref=ref.strip() if ref else None,
            artifact_type=artifact_type,
            target=int(target),
            max_examples=int(max_examples),
            seed=int(seed),
            name=name.strip() if name else None,
            valid_fraction=float(valid_fraction),
            max_example_tokens=int(token_budget),
            weights=parse_weights(weights_text),
            formats=tuple(formats),
        )
    except UserError as exc:
        return FormValues(config=None, error=str(exc), force=bool(force))
    return FormValues(config=config, error=None, force=bool(force))
