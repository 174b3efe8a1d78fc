"""A file over the analysis limit is read, redacted and cut by lines, but never parsed or mined, and it is said."""

from __future__ import annotations

import itertools
from pathlib import Path

from architect_ai.analyze.analysis import Analysis, analyze
from architect_ai.ingest.repository import open_source
from tests.repo_factory import write_files

SMALL = """using Microsoft.AspNetCore.Mvc;

namespace Shop.Controllers;

[ApiController]
[Route("api/[controller]")]
public class CartsController : ControllerBase
{
    [HttpGet("{id}")]
    public IActionResult Get(string id) => Ok(id);
}
"""

METHOD = """    [HttpGet("order{i}")]
    public IActionResult Get{i}(string id)
    {{
        var token = "Zx81kQp0Lm3Nv7Bc2Df5Gh9J{i}aB";
        return Ok(id);
    }}
"""


def big_controller(methods: int) -> str:
    body = "".join(METHOD.format(i=i) for i in range(methods))
    return (
        "using Microsoft.AspNetCore.Mvc;\n\nnamespace Shop.Controllers;\n\n[ApiController]\n"
        '[Route("api/[controller]")]\npublic class OrdersController : ControllerBase\n{\n' + body + "}\n"
    )


def analysed(tmp_path: Path, limit: int | None) -> tuple[Analysis, str]:
    big = big_controller(200)
    write_files(tmp_path, {"src/Controllers/CartsController.cs": SMALL, "src/Controllers/OrdersController.cs": big})
    extra = {} if limit is None else {"analysis_max_chars": limit}
    return analyze(open_source(str(tmp_path)), max_file_bytes=1_000_000, chunk_tokens=1500, **extra), big


def evidence_paths(analysis: Analysis) -> set[str]:
    return {e.path for c in analysis.conventions for e in c.evidence}


def test_a_file_over_the_limit_is_cut_by_lines_counted_and_said_and_never_mined(tmp_path: Path) -> None:
    analysis, big = analysed(tmp_path, limit=len(SMALL) * 3)
    assert len(big) > len(SMALL) * 3
    assert dict(analysis.not_analysed) == {"too_large_to_analyse": 1}
    reading = analysis.summary()["reading"]
    assert reading["not_analysed"] == {"too_large_to_analyse": 1}
    assert f"1 file over {len(SMALL) * 3:,} characters cut by lines, not analysed" in reading["summary"]
    # the small controller is analysed; nothing is mined or structured from the big one
    assert "src/Controllers/CartsController.cs" in evidence_paths(analysis)
    assert "src/Controllers/OrdersController.cs" not in evidence_paths(analysis)
    endpoints = {e.path for e in analysis.structure.endpoints}
    assert endpoints == {"src/Controllers/CartsController.cs"}, endpoints
    assert not [m for m in analysis.methods if m.path.endswith("OrdersController.cs")]
    # its chunks are line pieces that cover the file in order, redacted like any other file
    pieces = [c for c in analysis.chunks if c.path.endswith("OrdersController.cs")]
    assert len(pieces) > 1 and {c.unit for c in pieces} == {"lines"}
    assert pieces[0].start_line == 1 and pieces[-1].end_line == big.count("\n")
    assert all(a.end_line + 1 == b.start_line for a, b in itertools.pairwise(pieces))
    assert not any("Zx81kQp0Lm3Nv7Bc2Df5Gh9J" in c.text for c in pieces)


def test_under_the_default_limit_the_same_file_is_parsed_mined_and_structured(tmp_path: Path) -> None:
    analysis, _ = analysed(tmp_path, limit=None)
    assert not analysis.not_analysed and "not_analysed" not in analysis.summary()["reading"]
    assert "src/Controllers/OrdersController.cs" in evidence_paths(analysis)
    assert "src/Controllers/OrdersController.cs" in {e.path for e in analysis.structure.endpoints}
    assert [m for m in analysis.methods if m.path.endswith("OrdersController.cs")]
