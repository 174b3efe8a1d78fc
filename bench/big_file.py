"""One big file, two sizes: is ingestion + analysis linear in the file's size? Prints seconds, peak MiB, ratios.

    .venv/bin/python bench/big_file.py [--mb 2]     # builds files of MB and 4×MB in a temporary folder

Issue 10 point 8: `inspect --max-file-bytes 100000000` on a 50 MB file once ran > 400 s at 2.7 GB. The ratios
printed here (time and memory for 4× the bytes) must stay near 4 (linear), never near 16 (quadratic).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from architect_ai.analyze.analysis import analyze
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


def measure(folder: Path) -> tuple[float, float]:
    tracemalloc.start()
    started = time.perf_counter()
    analysis = analyze(open_source(str(folder)), max_file_bytes=100_000_000, chunk_tokens=1500)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    assert not analysis.skips, f"the big file was skipped: {dict(analysis.skips)}"
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the smaller file (the larger is 4×)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(build(Path(tmp) / "small", args.mb))
        large = measure(build(Path(tmp) / "large", args.mb * 4))
    print(f"{args.mb:g} MB: {small[0]:.2f} s, peak {small[1]:.0f} MiB")
    print(f"{args.mb * 4:g} MB: {large[0]:.2f} s, peak {large[1]:.0f} MiB")
    print(f"ratio for 4x the bytes: time x{large[0] / small[0]:.2f}, memory x{large[1] / small[1]:.2f} (linear: 4)")


if __name__ == "__main__":
    main()
