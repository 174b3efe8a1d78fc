"""A Ctrl-C while the CLI is still importing: one line and exit 130, no traceback.

Imports only `os`, `signal` and `sys`, so `python -m architect_ai` can install the handler before anything slow loads;
`cli.main()` puts Python's own handler back once the program runs.
"""

from __future__ import annotations

import os
import signal
import sys

EXIT_INTERRUPTED = 130
INTERRUPTED = "error: interrupted; nothing was written"


def interrupted_while_starting(signum, frame) -> None:
    # Nothing is written yet, so the process may end on the spot. Raising instead would fail inside a C extension's
    # import (numpy's comes out as "ImportError: initialization failed" with a traceback).
    sys.stderr.write(INTERRUPTED + "\n")
    sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)


def catch_early_interrupt() -> None:
    """Answer a Ctrl-C during start-up with one line (call from the main thread only)."""
    signal.signal(signal.SIGINT, interrupted_while_starting)
