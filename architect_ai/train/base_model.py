"""Which base model a run starts from: a local Hugging Face folder, a hub id, or the dataset's demo model.

Checked without torch (only `config.json` is read), so a wrong base is a one-line error before any process starts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from architect_ai.errors import UserError
from architect_ai.train.config import DEMO_BASE
from architect_ai.train.demo_model import demo_model_dir

HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
#: Ollama turns a safetensors LoRA adapter into its own format only for these base architectures.
OLLAMA_SAFETENSORS_ARCHITECTURES = ("llama", "gemma2")


def resolve_base(base: str, dataset_dir: str | Path) -> str:
    """The folder (or hub id) to load: `demo` is the dataset's demo model folder."""
    return str(demo_model_dir(dataset_dir)) if base == DEMO_BASE else base


def read_model_config(folder: str | Path) -> dict:
    """A model folder's `config.json`; a missing or unreadable one is a one-line `UserError`."""
    path = Path(folder) / "config.json"
    if not path.is_file():
        raise UserError(f"{folder} is not a Hugging Face model folder (no config.json)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise UserError(f"{path} is not a JSON object")
    return data


def check_base(base: str) -> str:
    """Accept `demo`, a local causal-LM folder or a hub id (`org/name`); anything else is a `UserError`."""
    if base == DEMO_BASE:
        return base
    folder = Path(base).expanduser()
    if folder.exists():
        if not folder.is_dir():
            raise UserError(f"base model {base} is a file: give the model's folder (config.json, weights, tokenizer)")
        config = read_model_config(folder)
        architectures = config.get("architectures") or []
        if not any(str(a).endswith("ForCausalLM") for a in architectures):
            kind = ", ".join(map(str, architectures)) or config.get("model_type") or "unknown"
            raise UserError(f"base model {base} is not a causal language model ({kind})")
        return str(folder.resolve())
    if HUB_ID.match(base) and not base.startswith((".", "/", "~")):
        return base
    raise UserError(f"base model {base} does not exist (give a local model folder, a hub id or 'demo')")


def base_architecture(base_dir: str | Path) -> str:
    """The base's `model_type` (e.g. `llama`), for choosing the adapter format Ollama takes."""
    return str(read_model_config(base_dir).get("model_type") or "")
