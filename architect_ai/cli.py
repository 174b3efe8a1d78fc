"""`architect-ai` (also `python -m architect_ai`): generate, inspect, plan, validate, train, train-export.

Data goes to stdout (a path, JSON, a table), human messages and progress to stderr. Exit status: 0 done,
1 a `--strict` / `--min-pass` gate failed, 2 bad input or environment (one line: `error: <reason>`), 130 / 143
interrupted by Ctrl-C / SIGTERM (one line; the temporary folder is removed). A Ctrl-C while the modules are still
being imported ends the process quietly too (exit 130, one line, no traceback).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from architect_ai.startup_interrupt import EXIT_INTERRUPTED, INTERRUPTED, catch_early_interrupt

EXIT_OK, EXIT_GATE, EXIT_USAGE = 0, 1, 2
EXIT_TERMINATED = 143

_AS_PROGRAM = threading.current_thread() is threading.main_thread() and Path(sys.argv[0]).name in (
    "architect-ai",
    "__main__.py",
)
if _AS_PROGRAM:
    catch_early_interrupt()  # the `architect-ai` script starts here; main() puts Python's own handler back


def _interrupted(message: str, code: int) -> int:
    """Report an interruption; as a program, also exit with `code` for sure.

    CPython re-kills itself with SIGINT at exit (status -2, not 130) when a KeyboardInterrupt once left some C-level
    evaluation, even if Python code caught it later; so the program runs its exit handlers and leaves explicitly.
    """
    print(message, file=sys.stderr)
    if not _AS_PROGRAM:
        return code
    import atexit

    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)


from architect_ai import __version__  # noqa: E402
from architect_ai.config import (  # noqa: E402
    ARTIFACT_TYPES,
    DATASETS_DIR,
    DEFAULT_BUILTIN_SHARE,
    DEFAULT_HISTORY_COMMITS,
    DEFAULT_MAX_REPO_BYTES,
    DEFAULT_MAX_REPO_FILES,
    DEFAULT_TARGET_EXAMPLES,
    FORMATS,
    HARD_MAX_DATASET_SIZE,
    LIBRARY_CODE_MODES,
    MAX_DATASET_SIZE,
    MIN_DATASET_SIZE,
    SAMPLE_REPO,
    RunConfig,
)
from architect_ai.errors import UserError  # noqa: E402
from architect_ai.inputs import read_input_json_object  # noqa: E402


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so every `except BaseException` cleanup (the temporary folder) runs."""


_signalled: list[type[KeyboardInterrupt]] = []  # the interruption a signal raised, if one did


def _interrupt(signum, frame) -> None:
    _signalled.append(KeyboardInterrupt)
    raise KeyboardInterrupt


def _terminate(signum, frame) -> None:
    _signalled.append(Terminated)
    raise Terminated


def _interrupted_by_signal() -> int:
    if _signalled and _signalled[0] is Terminated:
        return _interrupted("error: terminated; nothing was written", EXIT_TERMINATED)
    return _interrupted(INTERRUPTED, EXIT_INTERRUPTED)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr with exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"error: {message} (see `{self.prog} --help`)\n")


def _weight(text: str) -> tuple[str, float]:
    domain, sep, value = text.partition("=")
    try:
        if not sep or not domain:
            raise ValueError
        return domain.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected DOMAIN=NUMBER, got {text!r}") from None


def _add_source_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repo", default=str(SAMPLE_REPO), help="local folder or git URL (default: bundled sample)")
    parser.add_argument("--ref", help="branch, tag or commit to check out (git URLs)")
    parser.add_argument(
        "--redact-pii",
        action="store_true",
        help="also replace e-mail addresses and private IP addresses by <REDACTED:email> / <REDACTED:private_ip> "
        "(in taught code: the sample values user@example.com / 192.0.2.10)",
    )
    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="only read paths matching this gitignore-style glob, e.g. 'src/**' (repeatable)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="never read paths matching this gitignore-style glob, e.g. 'legacy/' (repeatable)",
    )
    parser.add_argument(
        "--max-files",
        type=int,
        default=DEFAULT_MAX_REPO_FILES,
        help=f"refuse a repository with more files to read than this (default {DEFAULT_MAX_REPO_FILES})",
    )
    parser.add_argument(
        "--max-total-bytes",
        type=int,
        default=DEFAULT_MAX_REPO_BYTES,
        help=f"refuse a repository holding more bytes to read than this (default {DEFAULT_MAX_REPO_BYTES})",
    )


def _add_generate_args(parser: argparse.ArgumentParser) -> None:
    _add_source_args(parser)
    parser.add_argument("--artifact-type", choices=ARTIFACT_TYPES, default="code-prototype", help="what to teach")
    parser.add_argument(
        "--target",
        type=int,
        default=DEFAULT_TARGET_EXAMPLES,
        help=f"examples wanted (default {DEFAULT_TARGET_EXAMPLES}, min {MIN_DATASET_SIZE})",
    )
    parser.add_argument(
        "--max",
        dest="max_examples",
        type=int,
        default=MAX_DATASET_SIZE,
        help=f"upper bound for --target (default {MAX_DATASET_SIZE}; raisable to {HARD_MAX_DATASET_SIZE})",
    )
    parser.add_argument("--seed", type=int, default=42, help="seed for every choice (default 42)")
    parser.add_argument(
        "--history",
        type=int,
        default=DEFAULT_HISTORY_COMMITS,
        metavar="N",
        help=f"mine the last N commits of the checked-out branch for examples (default {DEFAULT_HISTORY_COMMITS};"
        " 0 = off); a git URL is fetched N commits deep",
    )
    parser.add_argument("--out", type=Path, default=DATASETS_DIR, help="parent folder of the dataset folder")
    parser.add_argument("--name", help="dataset folder name (default <artifact_type>_<target>)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing dataset folder's generated files (its runs/, validation/ and review marks are kept)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 unless the target and every criterion are met")
    parser.add_argument(
        "--weight", type=_weight, action="append", default=[], metavar="DOMAIN=N", help="domain weight (repeatable)"
    )
    parser.add_argument(
        "--test-fraction",
        type=float,
        default=0.05,
        help="share of repository units held out as the transfer test, 10–100 of them (default 0.05; 0 = none)",
    )
    parser.add_argument(
        "--test-size", type=int, default=None, help="held-out units, exactly (overrides --test-fraction; 0 = none)"
    )
    parser.add_argument("--valid-fraction", type=float, default=0.05, help="share of groups in valid (default 0.05)")
    parser.add_argument("--chunk-tokens", type=int, default=1500, help="token budget of one code chunk")
    parser.add_argument("--max-tokens", type=int, default=4096, help="drop examples longer than this (tokens)")
    parser.add_argument("--meeting-variants", type=int, default=6, help="meeting-context requests per artifact")
    parser.add_argument(
        "--max-answer-reuse", type=int, help="one assistant text in at most K examples (default: its own variations)"
    )
    parser.add_argument(
        "--prompts-per-answer",
        type=int,
        default=3,
        help="one repository answer under at most N prompts (default 3: repetition teaches recall)",
    )
    parser.add_argument(
        "--near-dup-threshold", type=float, default=0.9, help="MinHash Jaccard above which answers are near-duplicates"
    )
    parser.add_argument(
        "--library-code",
        choices=LIBRARY_CODE_MODES,
        default="matching",
        help="builtin code templates: all, only those of the repository's stack (default), or none",
    )
    parser.add_argument(
        "--builtin-share",
        type=float,
        default=None,
        help=f"at most this share of the dataset from the builtin library (default {DEFAULT_BUILTIN_SHARE} for"
        " code-prototype and code, no cap for a diagram type); never padded",
    )
    parser.add_argument("--system-prompt", help="system message of every example (default: the Architect AI persona)")
    parser.add_argument(
        "--format", action="append", choices=FORMATS, metavar="FORMAT", help=f"trainer formats ({', '.join(FORMATS)})"
    )
    parser.add_argument(
        "--subset", type=int, action="append", metavar="N", help="nested subset sizes (default 1000, 3000, 5000)"
    )
    parser.add_argument(
        "--from-manifest",
        type=Path,
        help="re-run the config saved in a dataset's manifest.json (only --name, --out apply)",
    )


def config_from_args(args: argparse.Namespace) -> RunConfig:
    """The RunConfig for `generate` flags (or the one saved in `--from-manifest`)."""
    if args.from_manifest:
        manifest = read_input_json_object(args.from_manifest, what="manifest")
        if not isinstance(manifest.get("config"), dict):
            raise UserError(f"manifest {args.from_manifest} has no 'config' object")
        values = dict(manifest["config"])
        source = manifest.get("source") if isinstance(manifest.get("source"), dict) else {}
        commit = source.get("commit")
        if commit and source.get("url"):
            values["ref"] = str(commit)
        if args.name:
            values["name"] = args.name
        return RunConfig.build(**values)
    values = {
        "repo": args.repo,
        "ref": args.ref,
        "artifact_type": args.artifact_type,
        "target": args.target,
        "max_examples": args.max_examples,
        "seed": args.seed,
        "name": args.name,
        "strict": args.strict,
        "weights": dict(args.weight),
        "valid_fraction": args.valid_fraction,
        "test_fraction": args.test_fraction,
        "test_size": args.test_size,
        "chunk_tokens": args.chunk_tokens,
        "max_example_tokens": args.max_tokens,
        "meeting_variants": args.meeting_variants,
        "max_answer_reuse": args.max_answer_reuse,
        "prompts_per_answer": args.prompts_per_answer,
        "near_dup_threshold": args.near_dup_threshold,
        "library_code": args.library_code,
        "builtin_share": args.builtin_share,
        "redact_pii": args.redact_pii,
        **_selection_values(args),
        "history": args.history,
    }
    if args.system_prompt is not None:
        values["system_prompt"] = args.system_prompt
    if args.format:
        values["formats"] = tuple(args.format)
    if args.subset:
        values["subset_sizes"] = tuple(args.subset)
    return RunConfig.build(**values)


def _selection_values(args: argparse.Namespace) -> dict:
    """The file-selection flags every command that reads a repository takes."""
    return {
        "include": tuple(args.include),
        "exclude": tuple(args.exclude),
        "max_files": args.max_files,
        "max_total_bytes": args.max_total_bytes,
    }


def _cmd_generate(args: argparse.Namespace) -> int:
    from architect_ai.console import print_summary, stderr_progress
    from architect_ai.pipeline import generate_dataset

    config = config_from_args(args)
    replacing = args.force and (Path(args.out) / config.dataset_name / "manifest.json").is_file()
    with stderr_progress(quiet=args.quiet) as progress:
        result = generate_dataset(config, out_root=args.out, force=args.force, progress=progress)
    if replacing:
        from architect_ai.export.writer import kept_summary

        kept = kept_summary(result.out_dir)
        print(
            f"--force: replaced the generated files of {result.out_dir}; "
            + (f"kept {kept}" if kept else "it held nothing else to keep"),
            file=sys.stderr,
        )
    print_summary(result)
    print(result.out_dir)
    if config.strict and not (result.report["reached"] and result.report["passed"]):
        print("error: --strict: the target or a success criterion was not met", file=sys.stderr)
        return EXIT_GATE
    return EXIT_OK


def _cmd_inspect(args: argparse.Namespace) -> int:
    from architect_ai.console import stderr_progress
    from architect_ai.pipeline import load_analysis

    config = RunConfig.build(
        repo=args.repo,
        ref=args.ref,
        max_file_bytes=args.max_file_bytes,
        redact_pii=args.redact_pii,
        **_selection_values(args),
    )
    with stderr_progress(quiet=args.quiet) as progress:
        analysis = load_analysis(config, progress)
    json.dump(analysis.summary(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace) -> int:
    from architect_ai.training_plan import format_training_plan, training_plan, write_training_plan

    try:
        report = read_input_json_object(Path(args.dataset) / "report.json", what="report")
    except UserError as exc:
        raise UserError(f"cannot plan training for {args.dataset}: {exc.reason}") from None
    try:
        plan = training_plan(report, hardware=args.hardware, model_size=args.model_size)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # a report.json of the wrong shape
        raise UserError(f"cannot plan training for {args.dataset}: {type(exc).__name__}: {exc}") from None
    if args.write:
        write_training_plan(args.dataset, plan)
    print(format_training_plan(plan))
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from architect_ai.validate import command

    return command.run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="architect-ai",
        description="Turn a repository into a fine-tuning dataset (expert Mermaid artifacts + its own code "
        "conventions) and validate the tuned model in Ollama.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    gen = sub.add_parser("generate", help="build a dataset folder under finetune_datasets/")
    _add_generate_args(gen)
    gen.set_defaults(func=_cmd_generate)

    ins = sub.add_parser("inspect", help="print the repository's roles, skips and conventions as JSON")
    _add_source_args(ins)
    ins.add_argument("--max-file-bytes", type=int, default=1_000_000, help="skip files larger than this")
    ins.set_defaults(func=_cmd_inspect)

    plan = sub.add_parser("plan", help="print the training plan derived from a dataset's report.json")
    plan.add_argument("--dataset", required=True, type=Path, help="the dataset folder")
    plan.add_argument("--hardware", choices=("gpu", "cpu"), default="gpu", help="what you will train on")
    plan.add_argument("--model-size", choices=("7b", "13b"), default="7b", help="codellama instruct size")
    plan.add_argument("--write", action="store_true", help="also (re)write training_plan.json in the folder")
    plan.set_defaults(func=_cmd_plan)

    val = sub.add_parser("validate", help="run validation prompts against a (tuned) model in Ollama")
    from architect_ai.validate.arguments import add_arguments as add_validate_arguments

    add_validate_arguments(val)
    val.set_defaults(func=_cmd_validate)

    from architect_ai.train import command as train_command

    train = sub.add_parser("train", help="LoRA fine-tune a base model on a dataset (a run folder under runs/)")
    train_command.add_arguments(train)
    train.set_defaults(func=train_command.run)

    from architect_ai.train import export_command

    export = sub.add_parser("train-export", help="a training run's GGUF adapter, Modelfile and Ollama model")
    export_command.add_arguments(export)
    export.set_defaults(func=export_command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _signalled.clear()
    try:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, _interrupt)
            signal.signal(signal.SIGTERM, _terminate)
        parser = build_parser()
        args = parser.parse_args(argv)
        args.quiet = getattr(args, "quiet", False)
        return args.func(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Terminated:
        return _interrupted("error: terminated; nothing was written", EXIT_TERMINATED)
    except KeyboardInterrupt:
        return _interrupted(INTERRUPTED, EXIT_INTERRUPTED)
    except OSError as exc:
        if _signalled:
            return _interrupted_by_signal()
        if exc.errno != errno.ENOSPC:
            return _internal(exc)
        print(f"error: disk full: {exc.strerror} (free some space and run again)", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        # A signal's KeyboardInterrupt inside a C extension's import comes out as "ImportError: initialization
        # failed" (numpy, scipy): after a Ctrl-C, whatever fails is the interruption.
        if _signalled:
            return _interrupted_by_signal()
        return _internal(exc)


def _internal(exc: Exception) -> int:
    """An unexpected failure: one line, exit 3 (re-raised, from the handler calling this, under ARCHITECT_AI_DEBUG)."""
    if os.environ.get("ARCHITECT_AI_DEBUG"):
        raise exc
    print(f"error: internal error: {type(exc).__name__}: {exc} (set ARCHITECT_AI_DEBUG=1 for details)", file=sys.stderr)
    return 3


if __name__ == "__main__":
    raise SystemExit(main())
