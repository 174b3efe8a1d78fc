"""Mermaid validation throughput: one warm batch vs warm one-at-a-time calls vs a cold Node process per diagram.

    .venv/bin/python bench/mermaid.py [--count 1000] [--per-call 200] [--cold 20]

All three modes run in this process against the same kinds of distinct diagrams (so the cache never helps); the table
prints diagrams/second and each mode's ratio to the batch rate.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from architect_ai.quality.mermaid import MermaidValidator

DEFAULT_COUNT = 1000
DEFAULT_PER_CALL = 200
DEFAULT_COLD = 20


def diagram(i: int) -> str:
    """The i-th distinct diagram, cycling through the kinds the dataset holds."""
    kind = i % 5
    if kind == 0:
        return (
            f"erDiagram\n    CUSTOMER_{i} ||--o{{ ORDER : places\n    ORDER ||--|{{ LINE_ITEM : contains\n"
            f"    CUSTOMER_{i} {{\n        string name\n        int id PK\n    }}"
        )
    if kind == 1:
        return (
            f"sequenceDiagram\n    participant Web_{i}\n    actor User\n    User->>Web_{i}: open\n"
            f"    Web_{i}->>Api: GET /orders/{i}\n    Api-->>Web_{i}: 200\n    Note over Web_{i},Api: cached"
        )
    if kind == 2:
        return (
            f"flowchart TD\n    A_{i}[Start] --> B{{Valid?}}\n    B -->|yes| C[Save]\n    B -->|no| D[Reject]\n"
            "    subgraph Backend\n        C --> E[(MongoDB)]\n    end"
        )
    if kind == 3:
        return (
            f"classDiagram\n    class OrderService_{i} {{\n        +GetAsync(id) OrderDto\n    }}\n"
            f"    ControllerBase <|-- OrdersController\n    OrdersController --> OrderService_{i}"
        )
    return f"stateDiagram-v2\n    [*] --> Draft_{i}\n    Draft_{i} --> Submitted\n    Submitted --> [*]"


def timed(run: Callable[[], int]) -> tuple[int, float]:
    started = time.perf_counter()
    done = run()
    return done, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="diagrams in the batch")
    parser.add_argument("--per-call", type=int, default=DEFAULT_PER_CALL, help="diagrams validated one at a time")
    parser.add_argument("--cold", type=int, default=DEFAULT_COLD, help="diagrams with a new Node process each")
    args = parser.parse_args()
    texts = iter(diagram(i) for i in range(args.count + args.per_call + args.cold))

    with MermaidValidator() as warm:
        _, start_seconds = timed(lambda: int(warm.validate("graph TD\n    warm --> up").ok))
        batch = [next(texts) for _ in range(args.count)]
        batch_done, batch_seconds = timed(lambda: sum(r.ok for r in warm.validate_many(batch)))
        single = [next(texts) for _ in range(args.per_call)]
        single_done, single_seconds = timed(lambda: sum(warm.validate(text).ok for text in single))
        version = warm.mermaid_version

    def cold_run() -> int:
        ok = 0
        for _ in range(args.cold):
            with MermaidValidator() as fresh:
                ok += fresh.validate(next(texts)).ok
        return ok

    cold_done, cold_seconds = timed(cold_run)

    rows = [
        ("batch (warm, one validate_many)", args.count, batch_done, batch_seconds),
        ("per call (warm, one at a time)", args.per_call, single_done, single_seconds),
        ("cold (new node process each)", args.cold, cold_done, cold_seconds),
    ]
    batch_rate = args.count / batch_seconds
    print(f"mermaid {version}; first start {start_seconds:.2f} s")
    print(f"{'mode':34} {'diagrams':>8} {'valid':>6} {'seconds':>8} {'diag/s':>8} {'batch is':>9}")
    for name, count, valid, seconds in rows:
        rate = count / seconds
        print(f"{name:34} {count:8d} {valid:6d} {seconds:8.2f} {rate:8.1f} {batch_rate / rate:8.1f}x")
    if batch_done != args.count or single_done != args.per_call or cold_done != args.cold:
        raise SystemExit("some benchmark diagrams did not validate; the numbers above are not comparable")


if __name__ == "__main__":
    main()
