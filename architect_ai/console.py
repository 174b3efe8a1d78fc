"""Terminal output for the CLI: a rich progress bar per stage and the closing summary, both on stderr."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from architect_ai.data import Progress as ProgressCallback
from architect_ai.data import no_progress
from architect_ai.training_plan import format_training_plan

stderr = Console(stderr=True)


@contextmanager
def stderr_progress(*, quiet: bool = False) -> Iterator[ProgressCallback]:
    """A `progress(stage, done, total)` callback drawing one bar per stage on stderr."""
    if quiet:
        yield no_progress
        return
    bars = Progress(
        TextColumn("{task.description:<16}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=False,
    )
    tasks: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total or None)
        bars.update(tasks[stage], completed=done, total=total or None)

    with bars:
        yield progress


def print_summary(result) -> None:
    """The success-criteria checklist and the counts, as the CLI's closing words (stderr)."""
    report = result.report
    table = Table(title=f"{report['dataset']}: {report['counts']['total']:,} examples", show_lines=False)
    for column in ("", "criterion", "value"):
        table.add_column(column)
    for criterion in report["criteria"]:
        mark = "[green]✅[/green]" if criterion["passed"] else "[red]❌[/red]"
        table.add_row(mark, f"{criterion['section']}: {criterion['label']}", criterion["value"])
    stderr.print(table)
    by_category = ", ".join(f"{k} {v:,}" for k, v in report["counts"]["by_category"].items())
    stderr.print(f"mix: {by_category}")
    drops = ", ".join(f"{k} {v}" for k, v in report["drops"].items()) or "none"
    stderr.print(f"drops: {drops}")
    if "history" in report:
        stderr.print(report["history"]["summary"], highlight=False, markup=False)
    if "held_out" in report:
        stderr.print(report["held_out"]["summary"], highlight=False, markup=False)
    plan_path = result.out_dir / "training_plan.json"
    if plan_path.exists():
        stderr.print("\n[bold]Training plan[/bold] (training_plan.json; `architect-ai plan` for CPU/13b variants)")
        stderr.print(format_training_plan(json.loads(plan_path.read_text(encoding="utf-8"))), highlight=False)
    for message in result.messages:
        stderr.print(f"[yellow]note:[/yellow] {message}")
    stderr.print(f"written to {result.out_dir}")
