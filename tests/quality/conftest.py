"""Make the shared helpers (tests/repo_factory.py, tests/secret_corpus.py) importable as `tests.*`."""

import sys
from pathlib import Path

_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)
