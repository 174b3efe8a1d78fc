"""Past one machine: an `accelerate` FSDP config written beside the dataset's `axolotl.yml`.

The training entry point is the same process the app starts, run under `accelerate launch`:

    RUN=$(architect-ai train --dataset DIR --base MODEL_DIR --prepare-only)
    accelerate launch --config_file DIR/formats/accelerate_fsdp.yaml -m architect_ai.train.worker "$RUN"

Only rank 0 writes `run.json`, `events.jsonl` and the adapter; the per-epoch suite (generation on one rank) is
skipped when there is more than one process.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from architect_ai.atomic import write_text_atomic

ACCELERATE_FILE = "accelerate_fsdp.yaml"
FORMATS_DIR = "formats"


def fsdp_config(num_processes: int = 2) -> dict:
    """An `accelerate` config: FSDP full sharding over the GPUs of one machine, bf16, Llama-style layer wrapping."""
    return {
        "compute_environment": "LOCAL_MACHINE",
        "distributed_type": "FSDP",
        "mixed_precision": "bf16",
        "num_machines": 1,
        "machine_rank": 0,
        "num_processes": num_processes,
        "main_training_function": "main",
        "use_cpu": False,
        "downcast_bf16": "no",
        "fsdp_config": {
            "fsdp_version": 1,
            "fsdp_auto_wrap_policy": "TRANSFORMER_BASED_WRAP",
            "fsdp_backward_prefetch": "BACKWARD_PRE",
            "fsdp_cpu_ram_efficient_loading": True,
            "fsdp_forward_prefetch": False,
            "fsdp_offload_params": False,
            "fsdp_sharding_strategy": "FULL_SHARD",
            "fsdp_state_dict_type": "FULL_STATE_DICT",
            "fsdp_sync_module_states": True,
            "fsdp_use_orig_params": False,
        },
    }


def write_accelerate_config(dataset_dir: str | Path, num_processes: int = 2) -> Path:
    """`<dataset>/formats/accelerate_fsdp.yaml` (atomic); edit `num_processes` to your GPU count."""
    folder = Path(dataset_dir) / FORMATS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        "# accelerate FSDP config for `architect-ai train` on several GPUs (set num_processes to your GPU count):\n"
        "#   RUN=$(architect-ai train --dataset DIR --base MODEL_DIR --prepare-only)\n"
        f'#   accelerate launch --config_file DIR/{FORMATS_DIR}/{ACCELERATE_FILE} -m architect_ai.train.worker "$RUN"\n'
    )
    body = yaml.safe_dump(fsdp_config(num_processes), sort_keys=False)
    return write_text_atomic(folder / ACCELERATE_FILE, header + body)
