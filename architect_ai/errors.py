"""The one exception type that carries a user-facing, one-line reason.

Anything the user can fix (a bad path, an unsafe URL, a target out of range, Ollama down) is raised as
`UserError`; the CLI prints `error: <reason>` and exits non-zero, the page shows `st.error(reason)`.
"""


class UserError(Exception):
    """A problem with the user's input or environment, explained in one line."""

    def __init__(self, reason: str, *, hint: str = "") -> None:
        self.reason = reason.strip().splitlines()[0] if reason.strip() else "unknown error"
        self.hint = hint
        super().__init__(self.reason)

    def __str__(self) -> str:
        return f"{self.reason} ({self.hint})" if self.hint else self.reason
