"""Validation runs on disk and on screen: `<dataset>/validation/<timestamp>.json`, history, rich tables."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from architect_ai.atomic import write_text_atomic
from architect_ai.errors import UserError
from architect_ai.inputs import read_input_text
from architect_ai.validate.runner import ValidationRun

VALIDATION_DIR = "validation"
TRANSFER_SUITE_NAME = "transfer_suite.json"  # `validate.transfer_suite.TRANSFER_SUITE_FILE`, beside the runs
MAX_REASON_CHARS = 90


def validation_dir(dataset_dir: str | Path) -> Path:
    return Path(dataset_dir) / VALIDATION_DIR


def save_run(run: ValidationRun, dataset_dir: str | Path) -> Path:
    """Write the run atomically to `<dataset>/validation/<UTC timestamp>.json` and return the path."""
    folder = validation_dir(dataset_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{stamp}.json"
        suffix = 1
        while target.exists():
            suffix += 1
            target = folder / f"{stamp}-{suffix}.json"
        write_text_atomic(target, run.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        raise UserError(f"cannot write the validation report into {folder}: {exc.strerror or exc}") from None
    return target


def load_run(path: str | Path) -> ValidationRun:
    """One saved run; a one-line `UserError` when it is unreadable."""
    path = Path(path)
    text = read_input_text(path, what="validation run")  # a FIFO or /dev/zero here: one line, never a hang
    try:
        return ValidationRun.model_validate_json(text)
    except ValidationError as exc:
        raise UserError(f"{path} is not a validation run: {str(exc).strip().splitlines()[0]}") from None


def load_history(dataset_dir: str | Path) -> list[ValidationRun]:
    """Every readable run saved for a dataset, oldest first; unreadable files are skipped."""
    folder = validation_dir(dataset_dir)
    runs = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.name == TRANSFER_SUITE_NAME:
            continue  # the dataset's transfer suite lives beside the runs
        with contextlib.suppress(UserError):
            runs.append(load_run(path))
    return sorted(runs, key=lambda r: r.started_at)


def history_rows(runs: list[ValidationRun]) -> list[dict]:
    """One row per run × model, ready for a DataFrame/line chart: when, label, model, role, pass rate."""
    rows = []
    for number, run in enumerate(runs, start=1):
        for score in run.scores:
            rows.append(
                {
                    "run": number,
                    "started_at": run.started_at,
                    "label": run.label or run.started_at,
                    "model": score.model,
                    "role": "tuned" if score.model == run.tuned else "base",
                    "pass_rate": score.pass_rate,
                    "prompt_pass_rate": score.prompt_pass_rate,
                    "errors": score.errors,
                }
            )
    return rows


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def results_table(run: ValidationRun) -> Table:
    """Prompt × model: each assertion's verdict and reason (errors shown once per prompt)."""
    table = Table(title=f"Validation — suite {run.suite}", expand=False)
    table.add_column("Prompt", overflow="fold", max_width=28)
    table.add_column("Model", overflow="fold", max_width=24)
    table.add_column("Check", overflow="fold")
    table.add_column("", justify="center", width=4)
    table.add_column("Reason", overflow="fold")
    for number, result in enumerate(run.results):
        if number:
            table.add_section()
        if result.error is not None:
            table.add_row(result.prompt_id, result.model, "answer", Text("FAIL", style="red"), result.error)
            continue
        for index, check in enumerate(result.assertions):
            verdict = Text("ok", style="green") if check.passed else Text("FAIL", style="red")
            table.add_row(
                result.prompt_id if index == 0 else "",
                result.model if index == 0 else "",
                check.label,
                verdict,
                check.reason[:MAX_REASON_CHARS],
            )
    return table


def scores_table(run: ValidationRun) -> Table:
    """Pass rate per model and the delta tuned − base."""
    table = Table(title="Pass rate (assertions)")
    for name in ("Model", "Role", "Assertions", "Prompts", "Errors", "Pass rate"):
        table.add_column(name, justify="left" if name in ("Model", "Role") else "right")
    for score in run.scores:
        table.add_row(
            score.model,
            "tuned" if score.model == run.tuned else "base",
            f"{score.assertions_passed}/{score.assertions_total}",
            f"{score.prompts_passed}/{score.prompts_total}",
            str(score.errors),
            _percent(score.pass_rate),
        )
    if run.delta is not None:
        style = "green" if run.delta > 0 else "red" if run.delta < 0 else ""
        table.add_row("delta (tuned − base)", "", "", "", "", Text(f"{run.delta * 100:+.0f} pts", style=style))
    return table


def transfer_table(run: ValidationRun) -> Table | None:
    """The held-out units per model: pass rate, mean chrF, convention hit rate, and tuned − base."""
    scored = [(score, score.transfer) for score in run.scores if score.transfer is not None]
    if not scored:
        return None
    table = Table(title="Transfer (held-out units, never trained on)")
    for name in ("Model", "Role", "Units", "Pass rate", "Mean chrF", "Conventions shown"):
        table.add_column(name, justify="left" if name in ("Model", "Role") else "right")
    for score, transfer in scored:
        table.add_row(
            score.model,
            "tuned" if score.model == run.tuned else "base",
            str(transfer.prompts),
            _percent(transfer.pass_rate),
            f"{transfer.mean_similarity:.2f}",
            _percent(transfer.convention_hit_rate),
        )
    delta = run.transfer_delta()
    if delta is not None:
        table.add_row(
            "delta (tuned − base)",
            "",
            "",
            f"{delta['pass_rate'] * 100:+.0f} pts",
            f"{delta['mean_similarity']:+.2f}",
            f"{delta['convention_hit_rate'] * 100:+.0f} pts",
        )
    return table


def render_text(run: ValidationRun, *, width: int = 140) -> str:
    """Both tables as plain text (what the CLI prints)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    tables = [results_table(run), scores_table(run)]
    transfer = transfer_table(run)
    if transfer is not None:
        tables.append(transfer)
    console.print(Group(*tables))
    return buffer.getvalue()
