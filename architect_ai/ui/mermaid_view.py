"""A Mermaid diagram viewer in the page, offline, with the same `mermaid.min.js` the validator uses.

The file from `node_modules/mermaid/dist/` is copied once into the app's `static/` folder (served at `/app/static/`,
see `.streamlit/config.toml`); each diagram is an iframe document that loads it from there — no CDN. The viewer sizes
itself to the diagram (up to a cap; the iframe's height follows its content), zooms (buttons, Ctrl+wheel), pans
(drag), opens full screen or as an SVG in a new tab, and draws in the app's theme (light or dark).
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import streamlit as st

from architect_ai.config import PROJECT_ROOT
from architect_ai.ui.safe_text import strip_mermaid_directives

STATIC_DIR = PROJECT_ROOT / "static"
STATIC_SCRIPT = "mermaid.min.js"
STATIC_URL = f"/app/static/{STATIC_SCRIPT}"
#: The viewer grows with the diagram up to this many pixels; taller diagrams are fitted, then zoomed or opened full.
MAX_VIEW_HEIGHT = 720
MIN_VIEW_HEIGHT = 120
#: Never shrink a wide diagram below this scale to fit: pan instead (text stays readable).
MIN_FIT_SCALE = 0.55
THEMES = {"light": ("default", "#ffffff", "#31333f"), "dark": ("dark", "#0e1117", "#fafafa")}

_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8">
<style>
  html, body {{ margin: 0; background: {background}; color: {text}; font-family: sans-serif; }}
  #bar {{ display: flex; gap: 4px; padding: 2px 0 4px; }}
  #bar button {{ background: transparent; color: {text}; border: 1px solid #8888; border-radius: 4px;
                 padding: 1px 8px; cursor: pointer; font-size: 13px; }}
  #viewport {{ position: relative; overflow: hidden; height: {min_height}px; cursor: grab; }}
  :fullscreen #viewport, #viewport.full {{ height: calc(100vh - 34px); }}
  :fullscreen body, :fullscreen {{ background: {background}; }}
  #stage {{ transform-origin: 0 0; position: absolute; left: 0; top: 0; }}
  #error {{ color: #e0455a; white-space: pre-wrap; font-size: 13px; }}
</style></head>
<body>
<div id="bar">
  <button id="zoom-out" title="Zoom out">−</button><button id="zoom-in" title="Zoom in">+</button>
  <button id="fit" title="Fit the whole diagram">Fit</button>
  <button id="full" title="Full screen">Full screen</button>
  <button id="tab" title="Open the SVG in a new tab">New tab</button>
</div>
<div id="viewport"><div id="stage"><div id="diagram" data-state="pending" aria-label="{label}"></div></div></div>
<pre id="error"></pre>
<script src="{script}"></script>
<script>
const SECURE_KEYS = ["secure", "securityLevel", "startOnLoad", "maxTextSize", "theme", "themeCSS", "themeVariables",
  "fontFamily", "altFontFamily", "css", "htmlLabels", "dompurifyConfig"];
(async () => {{
  const target = document.getElementById("diagram");
  const stage = document.getElementById("stage");
  const viewport = document.getElementById("viewport");
  const view = {{ scale: 1, x: 0, y: 0, w: 1, h: 1 }};
  const fail = (message) => {{
    target.dataset.state = "error";
    viewport.style.height = "0px";
    document.getElementById("error").textContent = message;
  }};
  const apply = () => {{
    stage.style.transform = `translate(${{view.x}}px, ${{view.y}}px) scale(${{view.scale}})`;
    target.dataset.scale = view.scale.toFixed(3);
  }};
  const fit = (whole) => {{
    const full = !!document.fullscreenElement || viewport.classList.contains("full");
    const width = viewport.clientWidth || document.body.clientWidth;
    const room = full ? viewport.clientHeight : {max_height};
    let scale = Math.min(1, width / view.w, room / view.h);
    if (!full && !whole) scale = Math.max(scale, Math.min(1, {min_scale}));
    view.scale = scale;
    view.x = Math.max(0, (width - view.w * scale) / 2);
    view.y = 0;
    if (!full) viewport.style.height = Math.min({max_height}, Math.max({min_height}, Math.ceil(view.h * scale))) + "px";
    apply();
  }};
  if (typeof mermaid === "undefined") {{
    fail("mermaid.min.js could not be loaded from {script}: run `npm ci` and restart the app.");
    return;
  }}
  try {{
    mermaid.initialize({{ startOnLoad: false, securityLevel: "strict", theme: "{theme}", secure: SECURE_KEYS }});
    const {{ svg }} = await mermaid.render("diagram-svg", {code});
    target.innerHTML = svg;
  }} catch (error) {{
    fail("This diagram does not parse: " + (error && error.message ? error.message : error));
    return;
  }}
  const node = target.querySelector("svg");
  const box = node.viewBox && node.viewBox.baseVal && node.viewBox.baseVal.width ? node.viewBox.baseVal
    : node.getBBox();
  view.w = Math.max(1, box.width); view.h = Math.max(1, box.height);
  node.style.maxWidth = "none";
  node.setAttribute("width", view.w); node.setAttribute("height", view.h);
  fit(false);
  target.dataset.state = "rendered";
  const zoom = (factor, cx, cy) => {{
    const next = Math.min(8, Math.max(0.05, view.scale * factor));
    cx = cx ?? viewport.clientWidth / 2; cy = cy ?? viewport.clientHeight / 2;
    view.x = cx - (cx - view.x) * next / view.scale; view.y = cy - (cy - view.y) * next / view.scale;
    view.scale = next; apply();
  }};
  document.getElementById("zoom-in").onclick = () => zoom(1.25);
  document.getElementById("zoom-out").onclick = () => zoom(0.8);
  document.getElementById("fit").onclick = () => fit(true);
  document.getElementById("full").onclick = async () => {{
    if (document.fullscreenElement) {{ await document.exitFullscreen(); return; }}
    try {{ await document.documentElement.requestFullscreen(); }}
    catch (e) {{ viewport.classList.toggle("full"); fit(true); }}
  }};
  document.addEventListener("fullscreenchange", () => setTimeout(() => fit(true), 50));
  document.getElementById("tab").onclick = () => {{
    const blob = new Blob([node.outerHTML], {{ type: "image/svg+xml" }});
    window.open(URL.createObjectURL(blob), "_blank");
  }};
  viewport.addEventListener("wheel", (event) => {{
    if (!event.ctrlKey && !document.fullscreenElement) return;
    event.preventDefault();
    const rect = viewport.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 1.1 : 0.9, event.clientX - rect.left, event.clientY - rect.top);
  }}, {{ passive: false }});
  let drag = null;
  viewport.addEventListener("pointerdown", (e) => {{ drag = [e.clientX - view.x, e.clientY - view.y]; }});
  window.addEventListener("pointerup", () => {{ drag = null; }});
  window.addEventListener("pointermove", (e) => {{
    if (drag) {{ view.x = e.clientX - drag[0]; view.y = e.clientY - drag[1]; apply(); }}
  }});
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


def diagram_html(code: str, *, label: str = "Mermaid diagram", script: str = STATIC_URL, theme: str = "light") -> str:
    """The iframe document that draws `code` (a JSON string literal with `<` escaped: it cannot end the script).

    The code comes from a repository or a model: its `%%{init}%%` directives and front matter are stripped (they could
    set styles that fetch a URL), and Mermaid runs with `securityLevel: "strict"`, those keys locked against any
    directive left.
    """
    literal = json.dumps(strip_mermaid_directives(code)).replace(
        "<", "\\u003c"
    )  # no "</script>" or "<!--" can reach the HTML parser
    mermaid_theme, background, text = THEMES.get(theme, THEMES["light"])
    return _TEMPLATE.format(
        code=literal,
        script=script,
        label=html.escape(label, quote=True),
        theme=mermaid_theme,
        background=background,
        text=text,
        max_height=MAX_VIEW_HEIGHT,
        min_height=MIN_VIEW_HEIGHT,
        min_scale=MIN_FIT_SCALE,
    )


def app_theme() -> str:
    """`"dark"` or `"light"`: the theme the browser shows the app in."""
    try:
        return "dark" if (st.context.theme.type or "") == "dark" else "light"
    except Exception:  # outside a browser session (AppTest), the light theme
        return "light"


def render_mermaid(code: str, *, label: str = "Mermaid diagram") -> None:
    """Draw a diagram in the page; when the script is unavailable, say why and show the source instead."""
    try:
        ensure_static_script()
    except OSError as exc:
        st.warning(f"Diagram preview unavailable: {exc}", icon=":material/warning:")
        st.code(code, language=None)
        return
    st.iframe(diagram_html(code, label=label, theme=app_theme()), height="content", alt=label)
