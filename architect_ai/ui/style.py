"""Small presentation constants and helpers shared by the pages."""

from __future__ import annotations

#: `st.metric(..., **CAPTION)`: the delta is a plain caption under the value (no arrow, no colour).
CAPTION: dict = {"delta_color": "off", "delta_arrow": "off"}
#: Verdict cells are words (table cells cannot show Material icons; emoji need a font the machine may lack).
PASS = "pass"
FAIL = "FAIL"
ICON_PASS = ":material/check_circle:"
ICON_FAIL = ":material/cancel:"

#: The app's few style rules (injected once per run by the shell): labels wrap instead of ending in "…", and below
#: 1100 px the sidebar is narrower, so the pages stay usable at 800 px (a Chromium test measures every label).
APP_CSS = """<style>
[data-testid=stMetricLabel] *, [data-testid^=stBaseButton] *, [data-testid=stPopoverButton] *,
[data-testid=stWidgetLabel] * {
  white-space: normal !important; overflow-wrap: anywhere; text-overflow: clip !important; overflow: visible !important;
}
[data-testid^=stBaseButton], [data-testid=stPopoverButton] { height: auto; }
@media (max-width: 1100px) {
  section[data-testid=stSidebar] { width: 240px !important; min-width: 240px !important; }
  [data-testid=stMainBlockContainer] { padding-left: 1rem; padding-right: 1rem; }
}
</style>"""


def plural(count: int, singular: str, many: str | None = None) -> str:
    """`1 criterion`, `4 criteria`, `0 runs`."""
    return f"{count:,} {singular if count == 1 else (many or singular + 's')}"
