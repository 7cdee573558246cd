"""Printing benchmark figures as a table and as JSON."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable


def timed_ms(action: Callable[[], object]) -> float:
    """How long `action` takes to give its result (freeing the result afterwards is not counted)."""
    start = time.perf_counter()
    result = action()
    elapsed = (time.perf_counter() - start) * 1000
    del result
    return elapsed


def median_ms(action: Callable[[], object], runs: int) -> float:
    return statistics.median(timed_ms(action) for _ in range(runs))


def report(title: str, rows: list[tuple[str, float, str, str]]) -> None:
    """rows: (figure, value, unit, target)."""
    width = max(len(r[0]) for r in rows)
    print(f"\n{title}\n" + "-" * (width + 36))
    for name, value, unit, target in rows:
        print(f"{name:<{width}}  {value:>12,.1f} {unit:<8} {target}")
    print(json.dumps({"benchmark": title, "figures": [
        {"name": n, "value": round(v, 2), "unit": u, "target": t} for n, v, u, t in rows]},
        ensure_ascii=False))
