"""One big file: is ingestion + analysis linear in the file's size, and is a file too large to analyse cheap?

    .venv/bin/python bench/big_file.py [--mb 0.4] [--huge 20]

Two files of MB and 4×MB (both under `ANALYSIS_MAX_CHARS`, so parsed and mined) print seconds, peak MiB and
their ratios for 4× the bytes: they must stay near 4 (linear), never near 16 (quadratic). Then one file of HUGE MB,
over the limit, which is read, redacted and cut by lines only (`not_analysed: too_large_to_analyse`): its seconds
and peak MiB per MB are printed over the analysed file's (goal: well under 1, so memory stays a small multiple of
the file). Issue 10 point 8: `inspect --max-file-bytes 100000000` on a 50 MB file once ran > 400 s at 2.7 GB.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from architect_ai.analyze.analysis import ANALYSIS_MAX_CHARS, analyze
from architect_ai.ingest.repository import open_source

METHOD = """    public async Task<ActionResult<OrderDto>> Get{i}(string id)
    {{
        var password = _settings.Password; // key {i}
        var order = await _orders.GetAsync(id, "Zx81kQp0Lm3Nv7Bc2Df5Gh9J{i}");
        return order is null ? NotFound() : Ok(order);
    }}
"""


def build(folder: Path, megabytes: float) -> Path:
    folder.mkdir(parents=True)
    parts, size, i = ["public class OrdersController : BaseApiController\n{\n"], 0, 0
    while size < megabytes * 1_000_000:
        parts.append(METHOD.format(i=i))
        size += len(parts[-1])
        i += 1
    parts.append("}\n")
    (folder / "OrdersController.cs").write_text("".join(parts))
    return folder


def measure(folder: Path, *, analysed: bool = True) -> tuple[float, float]:
    tracemalloc.start()
    started = time.perf_counter()
    analysis = analyze(open_source(str(folder)), max_file_bytes=100_000_000, chunk_tokens=1500)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    assert not analysis.skips, f"the big file was skipped: {dict(analysis.skips)}"
    assert bool(analysis.not_analysed) != analysed, f"not analysed: {dict(analysis.not_analysed)}"
    assert analysis.chunks, "the big file gave no chunks"
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.4, help="size of the smaller analysed file (the larger is 4×)")
    parser.add_argument("--huge", type=float, default=20.0, help="size of the file too large to analyse")
    args = parser.parse_args()
    limit_mb = ANALYSIS_MAX_CHARS / 1_000_000
    if args.mb * 4 * 1.01 > limit_mb or args.huge <= limit_mb:
        parser.error(f"--mb × 4 must stay under {limit_mb:g} and --huge > {limit_mb:g} (the analysis limit)")
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(build(Path(tmp) / "small", args.mb))
        large = measure(build(Path(tmp) / "large", args.mb * 4))
        huge = measure(build(Path(tmp) / "huge", args.huge), analysed=False)
    print(f"{args.mb:g} MB: {small[0]:.2f} s, peak {small[1]:.0f} MiB")
    print(f"{args.mb * 4:g} MB: {large[0]:.2f} s, peak {large[1]:.0f} MiB")
    print(f"ratio for 4x the bytes: time x{large[0] / small[0]:.2f}, memory x{large[1] / small[1]:.2f} (linear: 4)")
    per_mb = (large[0] / (args.mb * 4), large[1] / (args.mb * 4))
    huge_mb = (huge[0] / args.huge, huge[1] / args.huge)
    print(
        f"{args.huge:g} MB (over the {limit_mb:g} MB analysis limit, cut by lines): {huge[0]:.2f} s, peak {huge[1]:.0f} MiB"
    )
    print(
        f"per MB against the analysed file: time x{huge_mb[0] / per_mb[0]:.2f}, memory x{huge_mb[1] / per_mb[1]:.2f}"
        f" ({huge_mb[1]:.1f} MiB per MB of file)"
    )


if __name__ == "__main__":
    main()
