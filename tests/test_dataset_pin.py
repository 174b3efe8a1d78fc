"""Byte-identical datasets across releases (#21): a fixed-seed run of the bundled sample, its sha256 pinned here.

Every optimisation must leave the bytes alone. When a change is *meant* to change the dataset (new tasks, new
wording), re-pin deliberately: `PYTHONPATH=$PWD .venv/bin/python -m tests.test_dataset_pin` prints the new `PINNED`
block for this file, and the commit says why the bytes changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: sha256 of the files of `tests.sample_runs.SAMPLE_500` (the sample, target 500, seed 42), as on main at 6e6e90e.
PINNED = {
    "dataset.jsonl": "9c2c8fdb827de5b0bfc6fa2d41519474357c12bc60c1aa558aa7296ae09eb6a0",
    "train.jsonl": "657e6d131f18418961419f969a94dda7a77b79348e94f4825828946f019aae41",
    "valid.jsonl": "6d6e74f11776beabf6a45a4c2d3ab83fa871abcf935c2526e6c6d659d94c7a36",
}
REPIN = "PYTHONPATH=$PWD .venv/bin/python -m tests.test_dataset_pin"


def digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in PINNED}


def test_a_fixed_seed_run_of_the_sample_is_byte_identical_to_the_pinned_release(sample_500: Path) -> None:
    measured = digests(sample_500)
    changed = sorted(name for name in PINNED if measured[name] != PINNED[name])
    assert changed == [], (
        f"the sample's fixed-seed dataset changed ({', '.join(changed)}): an optimisation must keep the bytes. "
        f"If the new output is intended, re-pin deliberately: `{REPIN}` prints the new PINNED block for "
        f"tests/test_dataset_pin.py — commit it saying why the dataset changed. Measured: {measured}"
    )


if __name__ == "__main__":
    import tempfile

    from tests.sample_runs import generate_sample_500

    with tempfile.TemporaryDirectory() as scratch:
        out = generate_sample_500(Path(scratch))
        print("PINNED = {")
        for name, digest in digests(out).items():
            print(f'    "{name}": "{digest}",')
        print("}")
