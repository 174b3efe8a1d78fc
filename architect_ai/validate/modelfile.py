"""From a LoRA adapter to an Ollama model: write the `Modelfile`, and on request create the model.

An adapter is one GGUF file, or a folder of safetensors weights with its `adapter_config.json` (what PEFT,
MLX and Unsloth save). Creation goes through the client: every adapter file is uploaded as a blob
(`create_blob` → digest), then `create(model=, from_=base, adapters={filename: digest}, system=, parameters=)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.errors import UserError
from architect_ai.validate.ollama import DEFAULT_NUM_CTX, Ollama, OllamaError, full_model_name

MODELFILE_NAME = "Modelfile"
DEFAULT_TEMPERATURE = 0.2
ADAPTER_CONFIG = "adapter_config.json"
#: Files of a safetensors adapter folder that Ollama needs; everything else (optimizer state, logs) stays home.
SAFETENSORS_KEEP = ("*.safetensors", ADAPTER_CONFIG, "config.json")


@dataclass(frozen=True, slots=True)
class Adapter:
    """A LoRA adapter on disk: `path` as given (resolved), its format and the files to upload."""

    path: Path
    kind: str  # "gguf" | "safetensors"
    files: tuple[Path, ...]


def find_adapter(path: str | Path) -> Adapter:
    """Recognise a GGUF file or a safetensors adapter folder; anything else is a one-line `UserError`."""
    path = Path(path).expanduser().resolve()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise UserError(f"adapter {path} is not a .gguf file (or give the folder of a safetensors adapter)")
        return Adapter(path=path, kind="gguf", files=(path,))
    if not path.exists():
        raise UserError(f"adapter {path} does not exist")
    if not path.is_dir():
        raise UserError(f"adapter {path} is not a regular file or a folder")  # a FIFO or a device: never opened
    ggufs = sorted(f for f in path.glob("*.gguf") if f.is_file())
    weights = sorted(f for f in path.glob("*.safetensors") if f.is_file())
    if weights:
        if not (path / ADAPTER_CONFIG).is_file():
            raise UserError(f"adapter folder {path} has safetensors weights but no {ADAPTER_CONFIG}")
        files = sorted({f for pattern in SAFETENSORS_KEEP for f in path.glob(pattern) if f.is_file()})
        return Adapter(path=path, kind="safetensors", files=tuple(files))
    if len(ggufs) == 1:
        return Adapter(path=ggufs[0], kind="gguf", files=(ggufs[0],))
    if len(ggufs) > 1:
        raise UserError(f"adapter folder {path} holds {len(ggufs)} .gguf files: name the one to use")
    raise UserError(f"adapter folder {path} holds no .safetensors or .gguf file")


def _quote_block(text: str) -> str:
    return '"""' + text.replace('"""', "'''") + '"""'


def render_modelfile(
    base: str,
    adapter: Adapter,
    *,
    system: str = DEFAULT_SYSTEM_PROMPT,
    temperature: float = DEFAULT_TEMPERATURE,
    num_ctx: int = DEFAULT_NUM_CTX,
    base_digest: str = "",
) -> str:
    """The Modelfile text: `FROM` the exact base (tag included), `ADAPTER`, `SYSTEM`, `PARAMETER`s."""
    lines = ["# Written by architect-ai: the base model plus the fine-tuned LoRA adapter."]
    if base_digest:
        lines.append(f"# base digest: {base_digest}")
    lines += [
        f"FROM {full_model_name(base)}",
        f"ADAPTER {adapter.path}",
        f"SYSTEM {_quote_block(system)}",
        f"PARAMETER temperature {temperature:g}",
        f"PARAMETER num_ctx {num_ctx}",
    ]
    return "\n".join(lines) + "\n"


def write_modelfile(dataset_dir: str | Path, base: str, adapter: Adapter, **options: Any) -> Path:
    """Write `<dataset>/Modelfile` (see `render_modelfile` for the options) and return its path."""
    target = Path(dataset_dir) / MODELFILE_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{MODELFILE_NAME}.tmp")
        temp.write_text(render_modelfile(base, adapter, **options), encoding="utf-8")
        temp.replace(target)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def adapter_blob_name(adapter: Adapter, file: Path) -> str:
    """The name a file is known by in the create request (relative to the adapter folder)."""
    return file.name if adapter.kind == "gguf" else file.relative_to(adapter.path).as_posix()


def create_from_adapter(
    client: Ollama,
    name: str,
    base: str,
    adapter: Adapter,
    *,
    system: str = DEFAULT_SYSTEM_PROMPT,
    temperature: float = DEFAULT_TEMPERATURE,
    num_ctx: int = DEFAULT_NUM_CTX,
    on_status: Callable[[str], None] | None = None,
) -> dict[str, str]:
    """Upload the adapter's files and create model `name` from `base`; returns `{filename: digest}`.

    Raises:
        OllamaError: the base model is missing, Ollama is down, or creation failed (one line).
    """
    say = on_status or (lambda message: None)
    if client.find_model(base) is None:
        raise OllamaError(
            f"model '{base}' is not installed: run `ollama pull {base}` or create it", kind="model_missing"
        )
    adapters = {}
    for file in adapter.files:
        say(f"uploading {file.name}")
        adapters[adapter_blob_name(adapter, file)] = client.create_blob(file)
    client.create_model(
        name,
        from_=full_model_name(base),
        adapters=adapters,
        system=system,
        parameters={"temperature": temperature, "num_ctx": num_ctx},
        on_status=say,
    )
    return adapters
