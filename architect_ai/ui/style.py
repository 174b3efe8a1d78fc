"""Small presentation constants and helpers shared by the pages."""

from __future__ import annotations

#: `st.metric(..., **CAPTION)`: the delta is a plain caption under the value (no arrow, no colour).
CAPTION: dict = {"delta_color": "off", "delta_arrow": "off"}
#: Verdict cells are words (table cells cannot show Material icons; emoji need a font the machine may lack).
PASS = "pass"
FAIL = "FAIL"
ICON_PASS = ":material/check_circle:"
ICON_FAIL = ":material/cancel:"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """`1 criterion`, `4 criteria`, `0 runs`."""
    return f"{count:,} {singular if count == 1 else (many or singular + 's')}"
