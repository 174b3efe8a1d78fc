import signal
import sys


def _interrupted_while_importing(signum, frame) -> None:
    """A Ctrl-C before the CLI module has installed its own handler: the same one line, no traceback."""
    sys.stderr.write("error: interrupted; nothing was written\n")
    raise SystemExit(130)


signal.signal(signal.SIGINT, _interrupted_while_importing)  # first: the imports below take most of a second

from architect_ai.cli import main  # noqa: E402

raise SystemExit(main())
