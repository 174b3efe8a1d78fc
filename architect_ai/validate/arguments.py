"""The `validate` subcommand's flags — light to import (no HTTP client, no Ollama), so `architect-ai --help` and
every other subcommand start without loading what only `validate` needs."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from architect_ai.validate.defaults import DEFAULT_READ_TIMEOUT, DEFAULT_SEED

MAX_TIMEOUT_S = 86_400.0


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= rate <= 1.0:  # also false for nan
        raise argparse.ArgumentTypeError(f"{value} is not a rate between 0 and 1 (e.g. 0.8)")
    return rate


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or not 0 < seconds <= MAX_TIMEOUT_S:
        raise argparse.ArgumentTypeError(f"the timeout must be more than 0 and at most {MAX_TIMEOUT_S:g} seconds")
    return seconds


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `validate` subcommand's flags."""
    parser.add_argument("--model", required=True, help="The model under test (e.g. the tuned model).")
    parser.add_argument("--base", help="A baseline model to compare with (default: --from when creating).")
    parser.add_argument("--suite", type=Path, help="A suite file (YAML or JSON); default: the builtin suite.")
    parser.add_argument(
        "--dataset",
        type=Path,
        help="Dataset folder: conventions are read from its manifest and the report saved in its validation/.",
    )
    parser.add_argument("--host", help="Ollama URL (default: $OLLAMA_HOST or http://127.0.0.1:11434).")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_READ_TIMEOUT,
        help=f"Seconds to wait for the next piece of an answer (default {DEFAULT_READ_TIMEOUT:g}).",
    )
    parser.add_argument(
        "--min-pass", type=_rate, help="Exit 1 when the model's assertion pass rate is below this (0–1)."
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Sampling seed (temperature is 0).")
    parser.add_argument("--label", help="A label for this run in the history, e.g. 'epoch 2'.")
    parser.add_argument(
        "--create-from-adapter",
        type=Path,
        metavar="PATH",
        help="Create --model first from a LoRA adapter (a .gguf file or a safetensors folder); needs --from.",
    )
    parser.add_argument("--from", dest="from_base", metavar="BASE", help="The base model the adapter was tuned on.")
