"""Reading an AppTest tree: tables by column, chart specs, errors outside collapsed elements."""

from __future__ import annotations

import json
import time

from streamlit.testing.v1 import AppTest

from tests.ui.dataset_factory import APP

FINE_TUNING = "pages/fine_tuning.py"
VALIDATION = "pages/validation.py"


def app(page: str | None = None, *, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(page).run()
        assert not at.exception, at.exception
    return at


def table(at: AppTest, column: str):
    """The first st.dataframe that has `column`."""
    return next(frame.value for frame in at.dataframe if column in frame.value.columns)


def specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def chart(at: AppTest, title_start: str) -> dict:
    return next(s for s in specs(at) if s["layout"]["title"]["text"].startswith(title_start))


def visible_errors(at: AppTest) -> list[str]:
    """`st.error` texts that are not inside an expander or status box (which may be collapsed)."""
    found: list[str] = []

    def walk(node, hidden: bool) -> None:
        kind = getattr(node, "type", "")
        if kind in ("expander", "status", "popover", "expandable"):
            hidden = True
        if kind == "error" and not hidden:
            found.append(node.value)
        for child in getattr(node, "children", {}).values():
            walk(child, hidden)

    walk(at._tree, False)
    return found


def wait_for_outcome(at: AppTest, seconds: float = 300) -> AppTest:
    """After a click on Generate: rerun the page (as its polling does) until the background run's outcome is shown."""
    deadline = time.monotonic() + seconds
    while "ft_job" in at.session_state:
        assert not at.exception and time.monotonic() < deadline, at.exception
        time.sleep(0.3)
        at.run()
    return at
