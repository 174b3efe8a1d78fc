"""Small presentation constants shared by the pages."""

from __future__ import annotations

#: `st.metric(..., **CAPTION)`: the delta is a plain caption under the value (no arrow, no colour).
CAPTION: dict = {"delta_color": "off", "delta_arrow": "off"}
#: Verdict cells: the word as well as the emoji (browsers without an emoji font still show the verdict).
PASS = "✅ pass"
FAIL = "❌ fail"
