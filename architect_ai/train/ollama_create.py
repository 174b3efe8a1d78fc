"""Create the tuned model in Ollama from a run: the adapter Ollama can take, or the merged model where it refuses.

Routes, in order: the safetensors adapter folder where the base architecture is one Ollama converts (llama,
gemma2), otherwise the GGUF adapter (`convert_lora_to_gguf.py`); an "unsupported architecture" answer to the
safetensors route retries with the GGUF adapter; a server that refuses adapters altogether gets the merged model
(`merge_and_unload` → `convert_hf_to_gguf.py` → `create(files=…)`). Each route writes the run's `Modelfile`.
Uploads and creation go through `architect_ai.validate` (the official client, explicit timeouts).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from architect_ai.atomic import write_text_atomic
from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.train.base_model import OLLAMA_SAFETENSORS_ARCHITECTURES, base_architecture
from architect_ai.train.gguf_export import export_adapter_gguf
from architect_ai.train.merge import merge_run
from architect_ai.train.run_folder import ADAPTER_DIR, GGUF_FILE, write_run
from architect_ai.validate.modelfile import (
    DEFAULT_TEMPERATURE,
    MODELFILE_NAME,
    create_from_adapter,
    find_adapter,
    write_modelfile,
)
from architect_ai.validate.ollama import DEFAULT_NUM_CTX, Ollama, OllamaError

REFUSED_ADAPTER_WORDS = ("adapter", "adapters")
REFUSAL_WORDS = ("not supported", "unsupported", "no longer", "refuse", "not allowed")


def is_unsupported_architecture(error: OllamaError) -> bool:
    return "unsupported architecture" in error.reason.lower()


def is_adapter_refusal(error: OllamaError) -> bool:
    text = error.reason.lower()
    return any(w in text for w in REFUSED_ADAPTER_WORDS) and any(w in text for w in REFUSAL_WORDS)


def _create_adapter(
    client: Ollama, run_dir: Path, name: str, from_: str, adapter_path: Path, system: str, say: Callable[[str], None]
) -> None:
    adapter = find_adapter(adapter_path)
    write_modelfile(run_dir, from_, adapter, system=system)
    create_from_adapter(client, name, from_, adapter, system=system, on_status=say)


def _create_merged(
    client: Ollama, run_dir: Path, name: str, base_dir: Path, system: str, say: Callable[[str], None]
) -> None:
    say("merging the adapter into the base model")
    merged = merge_run(run_dir, base_dir)
    text = "\n".join(
        [
            "# Written by architect-ai: the base model with the fine-tuned LoRA merged in.",
            f"FROM {merged}",
            'SYSTEM """' + system.replace('"""', "'''") + '"""',
            f"PARAMETER temperature {DEFAULT_TEMPERATURE:g}",
            f"PARAMETER num_ctx {DEFAULT_NUM_CTX}",
        ]
    )
    write_text_atomic(run_dir / MODELFILE_NAME, text + "\n")
    say(f"uploading {merged.name}")
    digest = client.create_blob(merged)
    client.create_model(
        name,
        files={merged.name: digest},
        system=system,
        parameters={"temperature": DEFAULT_TEMPERATURE, "num_ctx": DEFAULT_NUM_CTX},
        on_status=say,
    )


def create_in_ollama(
    client: Ollama,
    run_dir: str | Path,
    name: str,
    from_: str,
    base_dir: str | Path,
    *,
    system: str = DEFAULT_SYSTEM_PROMPT,
    on_status: Callable[[str], None] | None = None,
) -> str:
    """Create model `name` in Ollama from a finished run; returns the route taken (`safetensors`, `gguf`, `merged`).

    Raises:
        UserError / OllamaError: one line — no adapter, a converter failure, Ollama down or refusing.
    """
    run_dir, base_dir = Path(run_dir), Path(base_dir)
    say = on_status or (lambda message: None)
    route = "safetensors" if base_architecture(base_dir) in OLLAMA_SAFETENSORS_ARCHITECTURES else "gguf"
    try:
        try:
            if route == "safetensors":
                _create_adapter(client, run_dir, name, from_, run_dir / ADAPTER_DIR, system, say)
            else:
                say("converting the adapter to GGUF")
                _create_adapter(client, run_dir, name, from_, export_adapter_gguf(run_dir, base_dir), system, say)
        except OllamaError as exc:
            if route == "safetensors" and is_unsupported_architecture(exc):
                route = "gguf"
                say(f"Ollama answered '{exc.reason}': sending the GGUF adapter instead")
                gguf = run_dir / GGUF_FILE
                if not gguf.is_file():
                    export_adapter_gguf(run_dir, base_dir)
                _create_adapter(client, run_dir, name, from_, gguf, system, say)
            else:
                raise
    except OllamaError as exc:
        if not is_adapter_refusal(exc):
            raise
        route = "merged"
        say(f"Ollama refused the adapter ('{exc.reason}'): creating from the merged model")
        _create_merged(client, run_dir, name, base_dir, system, say)
    write_run(run_dir, ollama_model=name, ollama_route=route, ollama_from=from_)
    return route
