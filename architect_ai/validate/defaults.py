"""Defaults of a validation run, shared by the client and the command line (no imports: cheap to read)."""

DEFAULT_READ_TIMEOUT = 300.0  # seconds of silence tolerated between two streamed pieces
DEFAULT_SEED = 42
