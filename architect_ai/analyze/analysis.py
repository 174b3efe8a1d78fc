"""One pass over the mother project: file roles, house conventions, chunks and the structure facts.

The result holds the repository's (redacted) code once — its size is the repository's, not the dataset's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from architect_ai.analyze.chunks import chunk_file, method_chunks
from architect_ai.analyze.code_text import code_only, is_generated
from architect_ai.analyze.conventions import SKIPPED_ROLES, ConventionMiner
from architect_ai.analyze.detector_miner import DetectorMiner
from architect_ai.analyze.held_out import HoldOutPlan, choose_held_out
from architect_ai.analyze.roles import component_units, file_role
from architect_ai.analyze.statistical import StatisticalMiner
from architect_ai.analyze.structure import RepoStructure, StructureCollector
from architect_ai.data import Chunk, Convention, Progress, SourceFile, no_progress
from architect_ai.errors import UserError
from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.repository import Source
from architect_ai.lang import reading
from architect_ai.quality.pii import PII_KINDS

#: Languages whose files are code worth teaching; everything else (docs, data) is analysed but not quoted.
CODE_LANGUAGES = frozenset(
    {"csharp", "typescript", "javascript", "python", "java", "go", "kotlin", "rust", "ruby", "php", "swift", "sql"}
)
#: Code of languages the registry has no grammar for: not taught (no chunks, no tasks), but counted and said as
#: read only as text (`reading`, `report.json` `support`).
UNTAUGHT_CODE = frozenset({"c", "cpp", "vue", "svelte", "shell", "powershell"})
#: Markup languages with code in them that the framework detectors also read (Blazor's `.razor` components); a
#: Blazor component's markup is also chunked (by lines: it has no grammar) and taught, a Razor Page's is not.
DETECTED_MARKUP = frozenset({"razor"})
#: Roles quoted in the sweep's file-level tasks rather than the first pass.
SWEEP_ROLES = frozenset({"test", "config"})
CONFIG_LANGUAGES = frozenset({"json", "yaml", "xml"})
#: A file longer than this (characters) is read, redacted and cut by lines, but not parsed or mined: the parse
#: tree and the miners' per-node work cost about 100× the file's size in memory. Counted as `too_large_to_analyse`.
ANALYSIS_MAX_CHARS = 2_000_000


@dataclass
class Analysis:
    source: Source
    roles: dict[str, str] = field(default_factory=dict)  # path → role
    languages: Counter = field(default_factory=Counter)
    skips: Counter = field(default_factory=Counter)
    redactions: int = 0
    pii_redactions: Counter | None = None  # by kind (`email`, `private_ip`); None when PII is not redacted
    conventions: list[Convention] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)  # first pass: the user's code, file/class units
    extra_chunks: list[Chunk] = field(default_factory=list)  # tests and configuration, for the sweep
    methods: list[Chunk] = field(default_factory=list)  # method-level chunks, for the sweep
    structure: RepoStructure | None = None
    #: The held-out test files (with an Angular component's companions) and their chunks, read like the rest but
    #: kept out of everything above: the training side is what an analysis excluding them would give.
    held_out: list[str] = field(default_factory=list)
    held_out_chunks: list[Chunk] = field(default_factory=list)
    held_out_methods: list[Chunk] = field(default_factory=list)
    #: Files read and chunked by lines but not analysed, by reason (`too_large_to_analyse`), and the limit used.
    not_analysed: Counter = field(default_factory=Counter)
    analysis_max_chars: int = ANALYSIS_MAX_CHARS

    def reading(self) -> dict:
        """Which code files were read structurally (a grammar) and which only as text, by language; files too large
        to analyse are counted and said (`not_analysed`)."""
        code = CODE_LANGUAGES | UNTAUGHT_CODE
        said = reading({name: n for name, n in self.languages.items() if name in code})
        if self.not_analysed:
            count = sum(self.not_analysed.values())
            said["not_analysed"] = dict(sorted(self.not_analysed.items()))
            said["summary"] = (
                f"{said['summary']} {count:,} file{'' if count == 1 else 's'} over {self.analysis_max_chars:,} "
                "characters cut by lines, not analysed (too_large_to_analyse)."
            ).lstrip()
        return said

    def files_by_role(self) -> dict[str, int]:
        return dict(sorted(Counter(self.roles.values()).items()))

    def source_info(self) -> dict:
        """Where the files came from: what the user gave (credential-free), the clone URL, commit and ref."""
        return {
            "repo": self.source.display,
            "url": self.source.url,
            "commit": self.source.commit,
            "ref": self.source.ref,
        }

    def pii_summary(self) -> dict:
        """`{"pii_redacted": {"email": n, "private_ip": m}}` when PII was redacted, else nothing."""
        if self.pii_redactions is None:
            return {}
        return {"pii_redacted": {kind: self.pii_redactions[kind] for kind in PII_KINDS}}

    def summary(self) -> dict:
        """What `architect-ai inspect` prints (and the manifest keeps)."""
        return {
            "source": self.source_info(),
            "files": len(self.roles),
            "files_by_role": self.files_by_role(),
            "languages": dict(sorted(self.languages.items())),
            "reading": self.reading(),
            "skipped": dict(sorted(self.skips.items())),
            "secrets_redacted": self.redactions,
            **self.pii_summary(),
            "chunks": len(self.chunks),
            "method_chunks": len(self.methods),
            "conventions": [c.to_dict() for c in self.conventions],
        }


def mined_conventions(
    miner: ConventionMiner, detectors: DetectorMiner, statistics: StatisticalMiner
) -> list[Convention]:
    """The house-pattern miner's conventions, the catalogue's, then the statistical ones not already named."""
    found = miner.conventions() + detectors.conventions()
    known = frozenset(name.split("<", 1)[0] for c in found for name in c.names) | frozenset(
        suffix for c in found if c.id.endswith("_suffix") for suffix in c.names
    )
    return found + statistics.conventions(known)


def analyze(
    source: Source,
    *,
    max_file_bytes: int,
    chunk_tokens: int,
    progress: Progress = no_progress,
    redact_pii: bool = False,
    selection: dict | None = None,
    hold_out: HoldOutPlan | None = None,
    analysis_max_chars: int = ANALYSIS_MAX_CHARS,
) -> Analysis:
    """Read, classify and chunk every selected file of `source` (with `redact_pii`, e-mails and private IPs
    redacted too). `selection` passes `include`, `exclude`, `max_files`, `max_total_bytes` to the file reader;
    `hold_out` sets a seeded share of the code files aside as the test units (`analyze.held_out`). A file longer
    than `analysis_max_chars` is only cut by lines (counted in `not_analysed`)."""
    result = Analysis(
        source=source, pii_redactions=Counter() if redact_pii else None, analysis_max_chars=analysis_max_chars
    )
    files: list[SourceFile] = []
    for file in iter_source_files(
        source, max_file_bytes=max_file_bytes, skips=result.skips, redact_pii=redact_pii, **(selection or {})
    ):
        files.append(file)
        progress("read files", len(files), 0)
    if not files:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(result.skips.items())) or "no files"
        raise UserError(f"{source.display} has no readable text files ({reasons})")

    roles = {file.path: file_role(file.path, file.text, file.language) for file in files}
    by_path = {f.path: f for f in files}
    units = component_units(by_path)
    companions = {p for parts in units.values() for p in parts}
    held = _held_out(files, roles, companions, units, hold_out)
    if held:
        result.held_out = sorted(held)
        _chunk_held_out(result, [f for f in files if f.path in held], roles, units, by_path, companions, chunk_tokens)
        files = [f for f in files if f.path not in held]
        by_path = {f.path: f for f in files}
        units = component_units(by_path)
        companions = {p for parts in units.values() for p in parts}

    miner, collector = ConventionMiner(), StructureCollector()
    detectors, statistics = DetectorMiner(), StatisticalMiner()
    for index, file in enumerate(files, 1):
        role = roles[file.path]
        result.roles[file.path] = role
        result.languages[file.language] += 1
        result.redactions += file.redactions
        if result.pii_redactions is not None:
            result.pii_redactions.update(dict(file.pii_redactions))
        generated = is_generated(file.path, file.text)
        too_large = len(file.text) > analysis_max_chars
        if too_large:
            result.not_analysed["too_large_to_analyse"] += 1
        elif role not in SKIPPED_ROLES and not generated:
            miner.add(file, role)
            if file.language in CODE_LANGUAGES:
                code = code_only(file.text, file.language, file.path)
                detectors.add(file.path, code, file.language)
                statistics.add(file.path, code, file.language, role, file.text)
            elif file.language in DETECTED_MARKUP:
                detectors.add(file.path, code_only(file.text, file.language, file.path), file.language)
        if not generated and not too_large:  # a generated client's models are not the repository's entities
            collector.add(file, role)
        progress("analyze", index, len(files))
    result.conventions = mined_conventions(miner, detectors, statistics)
    result.structure = collector.result()

    for index, file in enumerate(files, 1):
        role = result.roles[file.path]
        if file.path in companions:
            continue
        taught = file.language in CODE_LANGUAGES or (file.language in DETECTED_MARKUP and role == "blazor_component")
        if len(file.text) > analysis_max_chars:
            lines_only = chunk_file(file, role, max_tokens=chunk_tokens, structural=False)
            (result.chunks if taught and role not in SWEEP_ROLES else result.extra_chunks).extend(lines_only)
        elif taught and role not in SWEEP_ROLES:
            parts = [by_path[p] for p in units.get(file.path, ()) if p in by_path]
            result.chunks.extend(chunk_file(file, role, max_tokens=chunk_tokens, companions=parts))
            result.methods.extend(method_chunks(file, role, max_tokens=chunk_tokens))
        elif file.language in CODE_LANGUAGES or (role == "config" and file.language in CONFIG_LANGUAGES):
            result.extra_chunks.extend(chunk_file(file, role, max_tokens=chunk_tokens))
        progress("chunk", index, len(files))
    return result


def _held_out(
    files: list[SourceFile],
    roles: dict[str, str],
    companions: set[str],
    units: dict[str, tuple[str, ...]],
    plan: HoldOutPlan | None,
) -> set[str]:
    """The held-out paths: units of code of a first-pass role (not tests, configuration or generated code), each
    with its companions."""
    if plan is None or not plan.active:
        return set()
    eligible = [
        (f.path, roles[f.path])
        for f in files
        if f.language in CODE_LANGUAGES
        and roles[f.path] not in SWEEP_ROLES
        and roles[f.path] not in SKIPPED_ROLES
        and f.path not in companions
        and not is_generated(f.path, f.text)
    ]
    chosen = choose_held_out(eligible, plan)
    return {path for unit in chosen for path in (unit, *units.get(unit, ()))}


def _chunk_held_out(
    result: Analysis,
    files: list[SourceFile],
    roles: dict[str, str],
    units: dict[str, tuple[str, ...]],
    by_path: dict[str, SourceFile],
    companions: set[str],
    chunk_tokens: int,
) -> None:
    """The held-out files' chunks and member chunks, cut as the training files are."""
    for file in files:
        if file.path in companions:
            continue
        parts = [by_path[p] for p in units.get(file.path, ()) if p in by_path]
        result.held_out_chunks.extend(chunk_file(file, roles[file.path], max_tokens=chunk_tokens, companions=parts))
        result.held_out_methods.extend(method_chunks(file, roles[file.path], max_tokens=chunk_tokens))
