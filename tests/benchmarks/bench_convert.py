"""Conversion benchmark: table load time and memory, form switch, throughput per direction.

    python -m tests.benchmarks.bench_convert
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable

from app.core import script
from app.core.essay_folder import load_library
from app.core.script import DIRECTIONS, Form, Script, convert, convert_text
from app.core.tables import TableSource
from app.core.view import ViewCache
from app.paths import seeds_dir
from tests.benchmarks.common import report, timed_ms

# Directions whose chains have no phrase table beyond OpenCC's small variant-phrase lists.
WITHOUT_PHRASES = {(Script.TRADITIONAL, Script.HONGKONG), (Script.HONGKONG, Script.TRADITIONAL),
                   (Script.TAIWAN, Script.TRADITIONAL), (Script.TAIWAN, Script.HONGKONG)}


def load_figures() -> list[tuple[str, float, str, str]]:
    """Every direction's tables read from scratch: time, and the memory they keep."""
    script.TABLES = TableSource()
    start = time.perf_counter()
    script.warm_up()
    load_ms = (time.perf_counter() - start) * 1000
    script.TABLES = TableSource()
    tracemalloc.start()
    script.warm_up()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [("load every direction's tables (background warm-up)", load_ms, "ms", "off start-up path"),
            ("memory the tables keep", kept / 2**20, "MiB", ""),
            ("memory peak while loading", peak / 2**20, "MiB", "")]


def texts() -> dict[Script, str]:
    """100,000 characters in each script, from the seeds."""
    library = load_library(seeds_dir())
    by_script = {c.script: "\n".join(e.text for e in c.essays) for c in library.collections}
    hk, simplified = by_script[Script.HONGKONG], by_script[Script.SIMPLIFIED]
    sample = {Script.HONGKONG: hk, Script.SIMPLIFIED: simplified,
              Script.TRADITIONAL: convert_text(hk, Script.HONGKONG, Script.TRADITIONAL),
              Script.TAIWAN: convert_text(simplified, Script.SIMPLIFIED, Script.TAIWAN)}
    return {s: (t * (100_000 // len(t) + 1))[:100_000] for s, t in sample.items()}


def switch_figures() -> list[tuple[str, float, str, str]]:
    """The longest essay's view in each form, nothing cached (the conversion part of a switch)."""
    library = load_library(seeds_dir())
    longest = max(library.essays(), key=lambda e: len(e.text))
    rows = []
    for form in Form:
        times = []
        for _ in range(7):
            views = ViewCache(library)  # quotation marks localized, as by default
            times.append(timed_ms(lambda v=views, f=form: v.view(longest, f)))
        rows.append((f"view of the longest essay ({len(longest.text)} chars) in {form.value}, uncached",
                     statistics.median(times), "ms", "<= 16"))
    return rows


def _median_rates(action: Callable[[], object], chars: int, runs: int = 5) -> tuple[float, float]:
    """Characters per second by the wall clock and by this process's CPU time (the machine
    may be shared: CPU time is what the code costs), medians of `runs`."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return chars / statistics.median(walls), chars / max(statistics.median(cpus), 1e-9)


def throughput() -> list[tuple[str, float, str, str]]:
    sample = texts()
    rows = []
    for source, target in DIRECTIONS:
        text = sample[source]
        wall, cpu = _median_rates(lambda t=text, s=source, g=target: convert(t, s, g), len(text))
        plain = (source, target) in WITHOUT_PHRASES
        rows.append((f"convert {source.value}→{target.value}, CPU time (wall: {wall:,.0f})", cpu,
                     "chars/s", ">= 1,000,000" if plain else ""))
    return rows


def main() -> None:
    rows = load_figures() + switch_figures() + throughput()
    report("conversion", rows)


if __name__ == "__main__":
    main()
