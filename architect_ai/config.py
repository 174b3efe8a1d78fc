"""`RunConfig`: the one description of a run, built by the page's widgets, by CLI flags, or from a manifest."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from architect_ai.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_REPO = PROJECT_ROOT / "examples" / "mother-project"
DATASETS_DIR = PROJECT_ROOT / "finetune_datasets"

MIN_DATASET_SIZE = 500
DEFAULT_TARGET_EXAMPLES = 5000
MAX_DATASET_SIZE = 6000
#: `--max` may be raised above MAX_DATASET_SIZE (the strategy's "raise it to 10000"), up to this ceiling.
HARD_MAX_DATASET_SIZE = 200_000

#: The repository part of a default dataset name is cut to this many characters.
MAX_SLUG_CHARS = 40

DEFAULT_MAX_FILE_BYTES = 1_000_000
#: Whole-repository caps: more candidate files, or more bytes read, is a one-line error (narrow with --include/--exclude).
DEFAULT_MAX_REPO_FILES = 50_000
DEFAULT_MAX_REPO_BYTES = 500_000_000
MAX_GLOBS = 100
MAX_GLOB_CHARS = 300
DEFAULT_CHUNK_TOKENS = 1500
DEFAULT_EXAMPLE_TOKENS = 4096
#: Commits read from the history by default (`--history`), and the most that may be asked for.
DEFAULT_HISTORY_COMMITS = 500
#: Artifact types that teach the repository's code (`generate.streams.USER_CODE_TYPES`): they hold out a test set.
CODE_ARTIFACT_TYPES = frozenset({"code-prototype", "code"})
#: The default share of repository units (and of feature commits) held out as the transfer test.
DEFAULT_TEST_FRACTION = 0.05
MAX_HISTORY_COMMITS = 100_000
DEFAULT_SYSTEM_PROMPT = (
    "You are Architect AI, an expert software architect and senior engineer. You write precise Mermaid "
    "diagrams (ERDs, architecture, sequence and flowcharts) and code that follows the conventions of the "
    "team's own repository."
)

ArtifactType = Literal["code-prototype", "erd", "architecture", "sequence", "flowchart", "code"]
ARTIFACT_TYPES: tuple[str, ...] = ArtifactType.__args__  # type: ignore[attr-defined]
ARTIFACT_TYPE_LABELS = {
    "code-prototype": "Code Prototype",
    "erd": "ERD",
    "architecture": "Architecture",
    "sequence": "Sequence",
    "flowchart": "Flowchart",
    "code": "Code",
}
LibraryCode = Literal["all", "matching", "none"]
LIBRARY_CODE_MODES: tuple[str, ...] = LibraryCode.__args__  # type: ignore[attr-defined]
#: At most this share of a dataset comes from the builtin library (artifacts and their meeting contexts).
DEFAULT_BUILTIN_SHARE = 0.4
MAX_NAME_CHARS = 100
#: A dataset folder name: no separators, whitespace, control characters or escapes, bounded (the OS allows 255 bytes).
DATASET_NAME = re.compile(rf"[A-Za-z0-9_][A-Za-z0-9._-]{{0,{MAX_NAME_CHARS - 1}}}")
DOMAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,59}")
FORMATS = ("openai", "alpaca", "sharegpt", "llama_factory", "mlx", "axolotl")


class RunConfig(BaseModel):
    """Everything that decides a dataset. Serialised into `manifest.json`; a manifest re-runs byte-identically."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    repo: str = Field(default=str(SAMPLE_REPO), description="Local folder or git URL of the mother project.")
    ref: str | None = Field(default=None, description="Branch, tag or commit to check out (git URLs).")
    artifact_type: ArtifactType = "code-prototype"
    target: int = Field(default=DEFAULT_TARGET_EXAMPLES, description="Examples wanted.")
    max_examples: int = Field(default=MAX_DATASET_SIZE, description="Upper bound for target (raisable).")
    seed: int = 42
    name: str | None = Field(
        default=None, description="Output folder name; default <repository>_<artifact_type>_<target>."
    )
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    chunk_tokens: int = Field(default=DEFAULT_CHUNK_TOKENS, ge=64, le=32_000)
    max_example_tokens: int = Field(default=DEFAULT_EXAMPLE_TOKENS, ge=256, le=1_000_000)
    max_file_bytes: int = Field(default=DEFAULT_MAX_FILE_BYTES, ge=1_000, le=100_000_000)
    include: tuple[str, ...] = Field(
        default=(), description="Only read paths matching these gitignore-style globs (e.g. src/**, *.cs)."
    )
    exclude: tuple[str, ...] = Field(default=(), description="Never read paths matching these gitignore-style globs.")
    max_files: int = Field(default=DEFAULT_MAX_REPO_FILES, ge=1, le=10_000_000, description="Files-to-read cap.")
    max_total_bytes: int = Field(
        default=DEFAULT_MAX_REPO_BYTES, ge=1_000, le=100_000_000_000, description="Bytes-read cap for the repository."
    )
    valid_fraction: float = Field(default=0.05, ge=0.0, le=0.5)
    test_fraction: float = Field(
        default=DEFAULT_TEST_FRACTION,
        ge=0.0,
        le=0.5,
        description="Share of repository units held out as the transfer test (10–100).",
    )
    test_size: int | None = Field(default=None, ge=0, le=10_000, description="Held-out units (overrides the share).")
    weights: dict[str, float] = Field(default_factory=dict, description="Domain weights, e.g. healthcare=2.")
    meeting_variants: int = Field(default=6, ge=0, le=8, description="Meeting-context requests per artifact.")
    max_answer_reuse: int | None = Field(
        default=None, ge=1, le=1000, description="One assistant text in at most K examples (default: its variations)."
    )
    prompts_per_answer: int = Field(
        default=3, ge=1, le=20, description="One repository answer under at most N prompts (repetition is recall)."
    )
    near_dup_threshold: float = Field(default=0.9, gt=0.0, le=1.0)
    near_dup_max_groups: int = Field(default=2, ge=1, le=100, description="Groups one near-duplicate answer may span.")
    subset_sizes: tuple[int, ...] = (1000, 3000, 5000)
    convention_min_examples: int = Field(default=20, ge=1)
    formats: tuple[str, ...] = FORMATS
    strict: bool = False
    library_code: LibraryCode = Field(
        default="matching", description="Builtin code templates: all, those of the repository's stack, or none."
    )
    builtin_share: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Largest share of builtin-library examples (default: 0.4 for code datasets, no cap for diagram types).",
    )

    history: int = Field(
        default=DEFAULT_HISTORY_COMMITS,
        ge=0,
        le=MAX_HISTORY_COMMITS,
        description="Commits of the checked-out branch mined for examples (0: off); a URL is fetched this deep.",
    )
    redact_pii: bool = Field(
        default=False,
        description="Also replace e-mail addresses and private IP addresses by <REDACTED:email> / <REDACTED:private_ip>.",
    )

    @field_validator("weights")
    @classmethod
    def _weights_positive(cls, value: dict[str, float]) -> dict[str, float]:
        for domain, weight in value.items():
            if not DOMAIN_NAME.fullmatch(domain):
                raise ValueError(f"domain {domain[:60]!r} must be a plain name (letters, digits, '_' or '-')")
            if not math.isfinite(weight) or weight <= 0 or weight > 100:  # nan and inf would reach the JSON
                raise ValueError(f"weight for {domain!r} must be a number > 0 and ≤ 100, got {weight}")
        return dict(sorted(value.items()))

    @field_validator("include", "exclude")
    @classmethod
    def _plain_globs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        globs = tuple(dict.fromkeys(g.strip() for g in value if g.strip()))
        if len(globs) > MAX_GLOBS:
            raise ValueError(f"at most {MAX_GLOBS} globs")
        for glob in globs:
            if len(glob) > MAX_GLOB_CHARS or any(ord(c) < 32 for c in glob):
                raise ValueError(f"glob {glob[:60]!r} must be one line of at most {MAX_GLOB_CHARS} characters")
        return globs

    @field_validator("formats")
    @classmethod
    def _known_formats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(FORMATS))
        if unknown:
            raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
        return tuple(f for f in FORMATS if f in value)

    @field_validator("subset_sizes")
    @classmethod
    def _subsets_sorted(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(size <= 0 for size in value):
            raise ValueError("subset sizes must be positive")
        return tuple(sorted(set(value)))

    @field_validator("name")
    @classmethod
    def _safe_name(cls, value: str | None) -> str | None:
        if value is not None and not DATASET_NAME.fullmatch(value):
            raise ValueError(
                f"dataset name {value[:60]!r} must be a plain folder name: 1–{MAX_NAME_CHARS} letters, digits, "
                "'.', '_' or '-', not starting with '.' or '-'"
            )
        return value

    @model_validator(mode="after")
    def _target_in_range(self) -> RunConfig:
        if self.max_examples > HARD_MAX_DATASET_SIZE:
            raise ValueError(f"max {self.max_examples} is above the hard ceiling {HARD_MAX_DATASET_SIZE}")
        if self.max_examples < MIN_DATASET_SIZE:
            raise ValueError(f"max {self.max_examples} is below the minimum {MIN_DATASET_SIZE}")
        if self.target < MIN_DATASET_SIZE:
            raise ValueError(f"target {self.target} is below the minimum {MIN_DATASET_SIZE}")
        if self.target > self.max_examples:
            raise ValueError(f"target {self.target} is above max {self.max_examples} (raise --max to allow it)")
        return self

    @property
    def clone_depth(self) -> int:
        """How many commits a URL is fetched with: the history read plus its oldest commit's parent (1 when off)."""
        return self.history + 1 if self.history else 1

    @property
    def builtin_cap(self) -> float:
        """The builtin share in force: the chosen one, else 40 % where the repository's code is the point
        (Code Prototype, Code) and no cap for a diagram type, whose examples are the library's own expertise."""
        if self.builtin_share is not None:
            return self.builtin_share
        return DEFAULT_BUILTIN_SHARE if self.artifact_type in ("code-prototype", "code") else 1.0

    def hold_out_plan(self):
        """Which repository units are held out as the test set (`analyze.held_out`): none for a diagram-only
        dataset (the transfer test asks for code, and its diagrams are drawn from every file)."""
        from architect_ai.analyze.held_out import HoldOutPlan

        if self.artifact_type not in CODE_ARTIFACT_TYPES:
            return HoldOutPlan(seed=self.seed, fraction=0.0)
        if self.test_size is not None:
            return HoldOutPlan(seed=self.seed, size=self.test_size)
        return HoldOutPlan(seed=self.seed, fraction=self.test_fraction)

    def selection(self) -> dict:
        """Which files are read: the `iter_source_files` keywords beyond the size limit."""
        return {
            "include": self.include,
            "exclude": self.exclude,
            "max_files": self.max_files,
            "max_total_bytes": self.max_total_bytes,
        }

    @property
    def dataset_name(self) -> str:
        """`name`, else `<repository>_<artifact_type>_<target>` (the repository named, so two never collide)."""
        return self.name or f"{repo_slug(self.repo)}_{self.artifact_type.replace('-', '_')}_{self.target}"

    @classmethod
    def build(cls, **values) -> RunConfig:
        """Build a config, turning validation errors into one readable `UserError` line."""
        try:
            return cls(**values)
        except ValidationError as exc:
            raise UserError(describe_validation_error(exc)) from None


def repo_slug(repo: str) -> str:
    """A folder-name-safe short name of a repository: `~/src/My App/` → `my_app`, `…/org/app.git` → `app`."""
    text = repo.strip().rstrip("/\\")
    last = re.split(r"[/\\:]", text)[-1] if text else ""
    last = last.removesuffix(".git")
    slug = re.sub(r"[^a-z0-9]+", "_", last.lower()).strip("_")[:MAX_SLUG_CHARS].strip("_")
    return slug or "repo"


def describe_validation_error(exc: ValidationError) -> str:
    """`target: target 100 is below the minimum 500; seed: …` — one line, no pydantic boilerplate."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "invalid settings: " + "; ".join(parts)
