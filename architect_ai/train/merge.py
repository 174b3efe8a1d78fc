"""Merge a run's LoRA adapter into its base (`merge_and_unload`): the route for an Ollama that refuses adapters.

`python -m architect_ai.train.merge RUN_DIR BASE_DIR OUT_DIR` (a subprocess: torch stays out of the caller);
`merge_run` starts it and converts the merged folder to `<run>/merged.gguf`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from architect_ai.train.gguf_export import CONVERT_TIMEOUT, convert_model_gguf, run_converter
from architect_ai.train.run_folder import ADAPTER_DIR

MERGED_DIR = "merged"
MERGED_GGUF = "merged.gguf"


def merge_adapter(adapter_dir: Path, base_dir: Path, out_dir: Path) -> Path:
    """Training-process side: load base + adapter, merge, save the plain model and the base's tokenizer."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base_dir)
    merged = PeftModel.from_pretrained(model, adapter_dir).merge_and_unload()
    temp = out_dir.with_name(f".{out_dir.name}.tmp")
    shutil.rmtree(temp, ignore_errors=True)
    merged.save_pretrained(temp)
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(temp)
    for name in ("tokenizer.model",):  # the SentencePiece file llama.cpp's vocab reader wants
        if (base_dir / name).is_file() and not (temp / name).is_file():
            shutil.copy(base_dir / name, temp / name)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    temp.replace(out_dir)
    return out_dir


def merge_run(run_dir: str | Path, base_dir: str | Path, timeout: float = CONVERT_TIMEOUT) -> Path:
    """`<run>/merged/` (subprocess) then `<run>/merged.gguf`; returns the GGUF file."""
    run_dir, base_dir = Path(run_dir), Path(base_dir)
    out_dir = run_dir / MERGED_DIR
    run_converter(["-m", "architect_ai.train.merge", str(run_dir), str(base_dir), str(out_dir)], "the merge", timeout)
    return convert_model_gguf(out_dir, run_dir / MERGED_GGUF, timeout)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: python -m architect_ai.train.merge RUN_DIR BASE_DIR OUT_DIR", file=sys.stderr)
        return 2
    run_dir, base_dir, out_dir = map(Path, args)
    try:
        merge_adapter(run_dir / ADAPTER_DIR, base_dir, out_dir)
    except Exception as exc:
        print(f"error: cannot merge the adapter: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
