"""Conversion benchmark: table load time and memory, throughput per direction, form switch.

    python -m tests.benchmarks.bench_convert
"""

from __future__ import annotations

import time
import tracemalloc

from app.core import script
from app.core.library import load_library
from app.core.script import DIRECTIONS, Form, Script, convert, convert_text
from app.core.tables import TableSource
from app.core.view import ViewCache
from app.paths import seeds_dir
from tests.benchmarks.common import median_ms, report

# Directions whose chains have no phrase table beyond OpenCC's small variant-phrase lists.
WITHOUT_PHRASES = {(Script.TRADITIONAL, Script.HONGKONG), (Script.HONGKONG, Script.TRADITIONAL),
                   (Script.TAIWAN, Script.TRADITIONAL), (Script.TAIWAN, Script.HONGKONG)}


def load_figures() -> list[tuple[str, float, str, str]]:
    """Every direction's tables read from scratch: time and the memory they keep."""
    script.TABLES = TableSource()
    tracemalloc.start()
    start = time.perf_counter()
    script.warm_up()
    load_ms = (time.perf_counter() - start) * 1000
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [("load every table (traced, so slower than untraced)", load_ms, "ms", "off start-up path"),
            ("memory the tables keep", kept / 2**20, "MiB", ""),
            ("memory peak while loading", peak / 2**20, "MiB", "")]


def untraced_load_ms() -> float:
    script.TABLES = TableSource()
    start = time.perf_counter()
    script.warm_up()
    return (time.perf_counter() - start) * 1000


def texts() -> dict[Script, str]:
    """About 100,000 characters in each script, from the seeds."""
    library = load_library(seeds_dir())
    by_script = {c.script: "\n".join(e.text for e in c.essays) for c in library.collections}
    hk, simplified = by_script[Script.HONGKONG], by_script[Script.SIMPLIFIED]
    sample = {Script.HONGKONG: hk, Script.SIMPLIFIED: simplified,
              Script.TRADITIONAL: convert_text(hk, Script.HONGKONG, Script.TRADITIONAL),
              Script.TAIWAN: convert_text(simplified, Script.SIMPLIFIED, Script.TAIWAN)}
    return {s: (t * (100_000 // len(t) + 1))[:100_000] for s, t in sample.items()}


def throughput() -> list[tuple[str, float, str, str]]:
    sample = texts()
    rows = []
    for source, target in DIRECTIONS:
        text = sample[source]
        ms = median_ms(lambda t=text, s=source, g=target: convert(t, s, g), 5)
        plain = (source, target) in WITHOUT_PHRASES
        rows.append((f"convert {source.value}→{target.value}", len(text) / ms * 1000, "chars/s",
                     ">= 1,000,000" if plain else ""))
    return rows


def switch_figures() -> list[tuple[str, float, str, str]]:
    """The longest essay's view in each form, nothing cached (the conversion part of a switch)."""
    library = load_library(seeds_dir())
    longest = max(library.essays(), key=lambda e: len(e.text))
    rows = []
    for quotes in (False, True):
        times = []
        for form in Form:
            for _ in range(5):
                views = ViewCache(library, localize_quotes=quotes)
                start = time.perf_counter()
                views.view(longest, form)
                times.append((time.perf_counter() - start) * 1000)
        times.sort()
        rows.append((f"view of the longest essay ({len(longest.text)} chars), uncached, "
                     f"quotes {'on' if quotes else 'off'}: median / max", times[len(times) // 2], "ms",
                     f"max {times[-1]:.1f} ms"))
    return rows


def main() -> None:
    rows = load_figures()
    rows.append(("load every table, untraced", untraced_load_ms(), "ms", ""))
    rows += switch_figures()
    rows += throughput()
    report("conversion", rows)


if __name__ == "__main__":
    main()
