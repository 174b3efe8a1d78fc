"""LoRA fine-tuning of a local model on a generated dataset, run as a subprocess.

Modules the app imports (`config`, `dataset_rows`, `run_folder`, `launcher`, `events`, `command`, `export`,
`ollama_create`) never import torch; the training process (`worker`, `trainer`, `epoch_suite`, `demo_model`,
`merge`) imports it lazily, inside functions.
"""
