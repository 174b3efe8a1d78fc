"""The tiny demo model: a 2-layer Llama with random weights and a SentencePiece tokenizer trained on the dataset.

It is built offline in a second, so a newcomer can try the whole loop (train → per-epoch suite → GGUF → Ollama)
without downloading anything. It learns nothing useful. The tokenizer follows what converts to GGUF cleanly:
BPE with byte fallback, the chat tokens as *control* symbols, no prefix space, no automatic BOS/EOS.
Imports torch, sentencepiece and transformers inside the functions (training-process side only).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

CHAT_TOKENS = ("<|system|>", "<|user|>", "<|assistant|>", "<|end|>")
END_TOKEN = "<|end|>"
#: The chat template saved with the model (no `{% generation %}` markers: other Jinja engines reject them).
CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>\n{{ message['content'] }}<|end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
DEMO_DIR = "demo-model"
VOCAB_SIZE = 1024
HIDDEN = 64
#: 0.1, not Llama's 0.02: with a near-uniform random lm_head, LoRA barely moves the loss.
INITIALIZER_RANGE = 0.1


def demo_model_dir(dataset_dir: str | Path) -> Path:
    """Where the demo model of a dataset lives (its tokenizer is trained on that dataset's text)."""
    return Path(dataset_dir) / DEMO_DIR


def build_demo_model(texts: Iterable[str], target: Path, *, seed: int = 0, vocab_size: int = VOCAB_SIZE) -> Path:
    """Train the tokenizer on `texts`, build the random tiny Llama, save both into `target` (atomically)."""
    import sentencepiece as spm
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, LlamaTokenizer

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        corpus = work / "corpus.txt"
        with corpus.open("w", encoding="utf-8") as out:
            for text in texts:
                out.write(text.replace("\r", "") + "\n")
        model_dir = work / "model"
        model_dir.mkdir()
        spm.SentencePieceTrainer.train(
            input=str(corpus),
            model_prefix=str(work / "tokenizer"),
            model_type="bpe",
            vocab_size=vocab_size,
            hard_vocab_limit=False,
            byte_fallback=True,
            character_coverage=1.0,
            control_symbols=list(CHAT_TOKENS),
            split_digits=True,
            num_threads=1,
            minloglevel=2,
        )
        shutil.copy(work / "tokenizer.model", model_dir / "tokenizer.model")
        tokenizer = LlamaTokenizer.from_pretrained(
            model_dir,
            add_prefix_space=False,
            add_bos_token=False,
            add_eos_token=False,
            legacy=False,
        )
        tokenizer.eos_token = END_TOKEN
        tokenizer.pad_token = "<unk>"
        tokenizer.chat_template = CHAT_TEMPLATE
        tokenizer.save_pretrained(model_dir)
        settings_path = model_dir / "tokenizer_config.json"
        settings = json.loads(settings_path.read_text(encoding="utf-8"))
        settings.update(add_prefix_space=False, add_bos_token=False, add_eos_token=False)
        settings_path.write_text(json.dumps(settings, indent=2), encoding="utf-8")

        torch.manual_seed(seed)
        config = LlamaConfig(
            vocab_size=len(tokenizer),
            hidden_size=HIDDEN,
            intermediate_size=HIDDEN * 2,
            num_hidden_layers=2,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=4096,
            initializer_range=INITIALIZER_RANGE,
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.convert_tokens_to_ids(END_TOKEN),
            pad_token_id=tokenizer.pad_token_id,
            tie_word_embeddings=False,
        )
        LlamaForCausalLM(config).save_pretrained(model_dir)
        if target.exists():
            shutil.rmtree(target)
        model_dir.replace(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target
