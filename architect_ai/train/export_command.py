"""`architect-ai train-export RUN_DIR`: the run's GGUF adapter and Modelfile, and on request the model in Ollama.

Prints the GGUF path (and the created model's name) on stdout; exit 2 with one line for anything wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.errors import UserError
from architect_ai.train.base_model import resolve_base
from architect_ai.train.config import load_train_config
from architect_ai.train.gguf_export import export_adapter_gguf
from architect_ai.train.run_folder import read_status
from architect_ai.validate.defaults import DEFAULT_READ_TIMEOUT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run", type=Path, help="the run folder (<dataset>/runs/<run-id>)")
    parser.add_argument("--gguf", action="store_true", help="convert the adapter to GGUF (default without --create)")
    parser.add_argument("--create", metavar="NAME", help="create this model in Ollama from the run")
    parser.add_argument(
        "--from",
        dest="from_",
        metavar="MODEL",
        help="the Ollama base model (needed by --create; with --gguf: Modelfile)",
    )
    parser.add_argument("--host", help="Ollama URL (default: $OLLAMA_HOST or http://127.0.0.1:11434)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_READ_TIMEOUT, help="Ollama read timeout (s)")


def run_base_dir(run_dir: Path) -> tuple[Path, str]:
    """(the local base folder the run trained from, its dataset folder)."""
    config = load_train_config(run_dir)
    base = Path(resolve_base(config.base, config.dataset))
    if not base.is_dir():
        raise UserError(f"the run's base {config.base} is not a local folder: GGUF export needs its config.json")
    return base, config.dataset


def run(args: argparse.Namespace) -> int:
    # the HTTP client and the suite load only when the subcommand runs (`--help` stays light)
    from architect_ai.train.ollama_create import create_in_ollama
    from architect_ai.validate.modelfile import find_adapter, write_modelfile
    from architect_ai.validate.ollama import Ollama
    from architect_ai.validate.suite import load_system_prompt

    run_dir = Path(args.run)
    if not run_dir.is_dir():
        raise UserError(f"run folder {run_dir} does not exist")
    status = read_status(run_dir)
    if status.status not in ("completed", "stopped"):
        raise UserError(f"run {run_dir.name} is {status.status}: there is no finished adapter to export")
    if args.create and not args.from_:
        raise UserError("--create needs --from MODEL (the Ollama base model the adapter was trained on)")
    base_dir, dataset = run_base_dir(run_dir)
    system = load_system_prompt(dataset) or DEFAULT_SYSTEM_PROMPT
    if args.gguf or not args.create:
        gguf = export_adapter_gguf(run_dir, base_dir)
        if args.from_:  # the Modelfile for `ollama create NAME -f <run>/Modelfile`
            write_modelfile(run_dir, args.from_, find_adapter(gguf), system=system)
        print(gguf)
    if args.create:

        def say(message: str) -> None:
            if not args.quiet:
                print(message, file=sys.stderr)

        with Ollama(args.host, read_timeout=args.timeout) as client:
            route = create_in_ollama(client, run_dir, args.create, args.from_, base_dir, system=system, on_status=say)
        say(f"created {args.create} ({route} route); compare it with: architect-ai validate --model {args.create} ")
        print(args.create)
    return 0
