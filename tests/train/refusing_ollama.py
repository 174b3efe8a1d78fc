"""The loopback fake Ollama (tests/validate/fake_ollama.py) with a server that refuses some `/api/create` bodies,
the way real servers do: "unsupported architecture" for a safetensors adapter it cannot convert, or a refusal of
`ADAPTER` altogether (reported for newer releases)."""

from __future__ import annotations

from typing import Any

from tests.validate.fake_ollama import FakeOllama, Script, _Handler, _Server, serve

UNSUPPORTED_ARCHITECTURE = 'unsupported architecture "qwen2"'
ADAPTERS_REFUSED = "adapters are not supported by this version of Ollama"


class _RefusingHandler(_Handler):
    def _create(self, body: dict[str, Any]) -> None:
        refuse = self.server.refuse  # type: ignore[attr-defined]
        names = list((body.get("adapters") or {}).keys())
        if refuse == "safetensors" and any(n.endswith(".safetensors") for n in names):
            self._json(400, {"error": UNSUPPORTED_ARCHITECTURE})
        elif refuse == "adapters" and names:
            self._json(400, {"error": ADAPTERS_REFUSED})
        else:
            super()._create(body)


class _RefusingServer(_Server):
    handler = _RefusingHandler

    def __init__(self, script: Script, refuse: str) -> None:
        super().__init__(script)
        self.refuse = refuse


def serve_refusing(script: Script, refuse: str) -> FakeOllama:
    """A fake that refuses `safetensors` adapters (unsupported architecture) or any `adapters`."""
    return serve(script, server=_RefusingServer(script, refuse))
