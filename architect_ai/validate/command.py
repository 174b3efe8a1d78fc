"""`architect-ai validate`: run the suite against the tuned model (and a base), print the table, save the JSON.

Exit status: 0 when done (and the pass rate reaches `--min-pass`), 1 when the tuned model's pass rate is below
`--min-pass` (a CI gate), 2 with a one-line reason for bad input or when Ollama is unreachable.
Also runnable as `python -m architect_ai.validate.command`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from architect_ai.errors import UserError
from architect_ai.validate import modelfile
from architect_ai.validate.arguments import add_arguments
from architect_ai.validate.ollama import Ollama, deterministic_options
from architect_ai.validate.report import render_text, save_run
from architect_ai.validate.runner import RunEvent, ValidationRun, run_validation
from architect_ai.validate.suite import Suite, load_suite
from architect_ai.validate.transfer_suite import dataset_suite

EXIT_OK = 0
EXIT_BELOW_MIN_PASS = 1
EXIT_USER_ERROR = 2
TABLE_WIDTH = 140
HELP = "Validate a tuned model in Ollama: the strategy's prompts plus checks from the dataset's conventions."


def _suite(args: argparse.Namespace) -> Suite:
    if args.suite is not None:
        return load_suite(args.suite)
    return dataset_suite(args.dataset)


def _check_inputs(args: argparse.Namespace) -> None:
    if args.dataset is not None and not args.dataset.is_dir():
        raise UserError(f"dataset folder {args.dataset} does not exist")
    if args.create_from_adapter is not None:
        if not args.from_base:
            raise UserError("--create-from-adapter needs --from BASE, the model the adapter was trained on")
        if args.dataset is None:
            raise UserError("--create-from-adapter needs --dataset (the Modelfile is written there)")
    elif args.from_base:
        raise UserError("--from is only used with --create-from-adapter")


def _create(client: Ollama, args: argparse.Namespace, suite: Suite, err: Console) -> None:
    adapter = modelfile.find_adapter(args.create_from_adapter)
    base = client.find_model(args.from_base)
    path = modelfile.write_modelfile(
        args.dataset, args.from_base, adapter, system=suite.system, base_digest=base.digest if base else ""
    )
    err.print(f"wrote {path}")
    modelfile.create_from_adapter(
        client, args.model, args.from_base, adapter, system=suite.system, on_status=lambda s: err.print(f"  {s}")
    )
    err.print(f"created model {args.model}")


def _progress(err: Console):
    def on_event(event: RunEvent) -> None:
        if event.kind == "result" and event.result is not None:
            result = event.result
            verdict = result.error or f"{result.passed_count}/{len(result.assertions)} checks passed"
            err.print(f"[{event.index}/{event.total}] {event.model} · {event.prompt_id}: {verdict}", highlight=False)

    return on_event


def execute(args: argparse.Namespace, err: Console) -> tuple[ValidationRun, Path | None]:
    """Everything `run` does except printing and the exit status; raises `UserError` for bad input."""
    _check_inputs(args)
    suite = _suite(args)
    with Ollama(args.host, read_timeout=args.timeout) as client:
        version = client.version()  # raises a one-line OllamaError when Ollama is not there
        err.print(f"Ollama {version} at {client.host}", highlight=False)
        if args.create_from_adapter is not None:
            _create(client, args, suite, err)
        models = list(dict.fromkeys(m for m in (args.model, args.base or args.from_base) if m))
        for name in models:
            if client.find_model(name) is None:
                raise UserError(f"model '{name}' is not installed: run `ollama pull {name}` or create it")
        options = deterministic_options(args.seed)
        run = run_validation(
            client,
            suite,
            models,
            options,
            None if getattr(args, "quiet", False) else _progress(err),
            dataset=str(args.dataset) if args.dataset else None,
            label=args.label,
        )
    tuned = [r for r in run.results if r.model == run.tuned]
    if tuned and all(r.error is not None for r in tuned):
        raise UserError(f"no answer from '{run.tuned}': {tuned[0].error}")
    saved = save_run(run, args.dataset) if args.dataset else None
    return run, saved


def run(args: argparse.Namespace) -> int:
    """Run the `validate` command; returns the exit status."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        validation, saved = execute(args, err)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    sys.stdout.write(render_text(validation, width=TABLE_WIDTH))
    sys.stdout.flush()
    if saved is not None:
        err.print(f"saved {saved}")
    else:
        err.print("no --dataset given: the report was not saved")
    if args.min_pass is not None and validation.pass_rate < args.min_pass:
        print(
            f"error: pass rate {validation.pass_rate:.0%} of '{validation.tuned}' is below --min-pass "
            f"{args.min_pass:.0%}",
            file=sys.stderr,
        )
        return EXIT_BELOW_MIN_PASS
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="architect-ai validate", description=HELP)
    add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """`python -m architect_ai.validate.command [flags]`."""
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
