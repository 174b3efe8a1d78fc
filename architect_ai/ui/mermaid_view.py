"""Render a Mermaid diagram in the page, offline, with the same `mermaid.min.js` the validator uses.

The file from `node_modules/mermaid/dist/` is copied once into the app's `static/` folder (served by Streamlit's
static file serving at `/app/static/`, enabled in `.streamlit/config.toml`), and each diagram is drawn by a small
HTML snippet in an iframe that loads it from there: no CDN, no 3.5 MB script resent on every rerun.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import streamlit as st

from architect_ai.config import PROJECT_ROOT

STATIC_DIR = PROJECT_ROOT / "static"
STATIC_SCRIPT = "mermaid.min.js"
STATIC_URL = f"/app/static/{STATIC_SCRIPT}"
DIAGRAM_HEIGHT = 460

_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8">
<style>
  body {{ margin: 0; font-family: sans-serif; }}
  #diagram svg {{ max-width: 100%; height: auto; }}
  #error {{ color: #b00020; white-space: pre-wrap; font-size: 13px; }}
</style></head>
<body>
<div id="diagram" data-state="pending" aria-label="{label}"></div>
<pre id="error"></pre>
<script src="{script}"></script>
<script>
(async () => {{
  const target = document.getElementById("diagram");
  const fail = (message) => {{
    target.dataset.state = "error";
    document.getElementById("error").textContent = message;
  }};
  if (typeof mermaid === "undefined") {{
    fail("mermaid.min.js could not be loaded from {script}: run `npm ci` and restart the app.");
    return;
  }}
  try {{
    mermaid.initialize({{ startOnLoad: false, securityLevel: "strict", theme: "default" }});
    const {{ svg }} = await mermaid.render("diagram-svg", {code});
    target.innerHTML = svg;
    target.dataset.state = "rendered";
  }} catch (error) {{
    fail("This diagram does not parse: " + (error && error.message ? error.message : error));
  }}
}})();
</script>
</body></html>
"""


def ensure_static_script(source: Path | None = None) -> Path:
    """Copy `mermaid.min.js` into `static/` when it is missing or differs in size; returns the served copy.

    Raises:
        FileNotFoundError: the npm package is not installed (`npm ci` has not run).
    """
    if source is None:
        from architect_ai.quality.mermaid import mermaid_js_path

        source = mermaid_js_path()
    if not source.is_file():
        raise FileNotFoundError(f"{source} is missing: run `npm ci` (or `make setup`)")
    target = STATIC_DIR / STATIC_SCRIPT
    if not target.is_file() or target.stat().st_size != source.stat().st_size:
        STATIC_DIR.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(".tmp")
        shutil.copyfile(source, temp)
        temp.replace(target)
    return target


def diagram_html(code: str, *, label: str = "Mermaid diagram", script: str = STATIC_URL) -> str:
    """The iframe document that draws `code` (a JSON string literal with `<` escaped: it cannot end the script)."""
    literal = json.dumps(code).replace("<", "\\u003c")  # no "</script>" or "<!--" can reach the HTML parser
    return _TEMPLATE.format(code=literal, script=script, label=html.escape(label, quote=True))


def render_mermaid(code: str, *, height: int = DIAGRAM_HEIGHT, label: str = "Mermaid diagram") -> None:
    """Draw a diagram in the page; when the script is unavailable, say why and show the source instead."""
    try:
        ensure_static_script()
    except OSError as exc:
        st.warning(f"Diagram preview unavailable: {exc}")
        st.code(code, language=None)
        return
    st.iframe(diagram_html(code, label=label), height=height, alt=label)
