"""GGUF files for Ollama, made by llama.cpp's own converters run as subprocesses with a timeout.

`convert_lora_to_gguf.py` turns the run's PEFT adapter into `adapter.gguf` (it needs only the base's
`config.json`); `convert_hf_to_gguf.py` turns a merged model folder into one GGUF model file. The converters
come from the llama-cpp-python sdist, fetched by `make setup` into `.cache/llama.cpp/` (never committed); they
run with their bundled `gguf-py`. Every failure is one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

from architect_ai.errors import UserError
from architect_ai.train.base_model import read_model_config
from architect_ai.train.launcher import PACKAGE_ROOT, worker_env
from architect_ai.train.run_folder import ADAPTER_DIR, GGUF_FILE

CONVERTERS_ENV = "ARCHITECT_AI_LLAMA_CPP"
LORA_CONVERTER = "convert_lora_to_gguf.py"
MODEL_CONVERTER = "convert_hf_to_gguf.py"
CONVERT_TIMEOUT = 1800.0  # seconds; a 7B merged model takes minutes


def converters_dir() -> Path:
    return Path(os.environ.get(CONVERTERS_ENV) or PACKAGE_ROOT / ".cache" / "llama.cpp")


def converter(name: str) -> Path:
    script = converters_dir() / name
    if not script.is_file():
        raise UserError(f"llama.cpp's {name} is missing under {converters_dir()}: run `make setup` to fetch it")
    return script


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    return (errors or lines or ["no output"])[-1][:300]


def run_converter(args: list[str], what: str, timeout: float) -> None:
    """Run one converter; a non-zero exit or a timeout is a one-line `UserError`."""
    try:
        done = subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=worker_env(),
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise UserError(f"{what} took longer than {timeout:g} s and was stopped") from None
    if done.returncode != 0:
        raise UserError(f"{what} failed: {_last_line(done.stderr + done.stdout)}")


def check_adapter(adapter_dir: Path) -> dict:
    """The adapter's config; an adapter llama.cpp cannot convert is refused in one line."""
    path = adapter_dir / "adapter_config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UserError(f"{adapter_dir} has no readable adapter_config.json (train the run first)") from None
    if config.get("modules_to_save"):
        saved = ", ".join(map(str, config["modules_to_save"]))
        raise UserError(f"the adapter also trains whole modules ({saved}): llama.cpp converts LoRA matrices only")
    return config


def export_adapter_gguf(run_dir: str | Path, base_dir: str | Path, timeout: float = CONVERT_TIMEOUT) -> Path:
    """`<run>/adapter.gguf` from `<run>/adapter/` (f16), written beside and renamed into place."""
    run_dir = Path(run_dir)
    adapter = run_dir / ADAPTER_DIR
    check_adapter(adapter)
    read_model_config(base_dir)  # the converter needs the base's config.json (else it asks the hub)
    target = run_dir / GGUF_FILE
    temp = run_dir / f".{GGUF_FILE}.tmp"
    args = [str(converter(LORA_CONVERTER)), str(adapter), "--base", str(base_dir)]
    try:
        run_converter([*args, "--outfile", str(temp), "--outtype", "f16"], "the GGUF conversion", timeout)
        temp.replace(target)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return target


def convert_model_gguf(model_dir: Path, target: Path, timeout: float = CONVERT_TIMEOUT) -> Path:
    """One GGUF model file from a (merged) Hugging Face model folder."""
    temp = target.with_name(f".{target.name}.tmp")
    args = [str(converter(MODEL_CONVERTER)), str(model_dir), "--outfile", str(temp), "--outtype", "f16"]
    try:
        run_converter(args, "the merged model's GGUF conversion", timeout)
        temp.replace(target)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return target
