"""Reader foundation benchmark: start-up, form switching, conversion throughput.

    python -m tests.benchmarks.bench_reader
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core import script  # noqa: E402
from app.core.essay_folder import load_library  # noqa: E402
from app.core.script import Form, Script, convert  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from tests.benchmarks.common import median_ms, report, timed_ms  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def smoke_figures(runs: int = 5) -> tuple[float, float]:
    """Median wall time of `python -m app --smoke`, and the app's own first-paint figure."""
    walls, painted = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "app", "--smoke", "--data-dir", folder],
                                    cwd=ROOT, capture_output=True, text=True, check=True)
            walls.append((time.perf_counter() - start) * 1000)
            painted.append(float(re.search(r"painted in (\d+) ms", result.stdout)[1]))  # type: ignore[index]
    walls.sort()
    painted.sort()
    return walls[runs // 2], painted[runs // 2]


def switch_figures() -> tuple[float, float, float]:
    """First switch (dictionaries load), uncached switch and cached switch, on the longest essay."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from app.ui.shell.application import build_window

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        window = build_window(argparse.Namespace(data_dir=folder, smoke=False))
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        reading = window.reading
        longest = max(reading.library.essays(), key=lambda e: len(e.text))
        reading.open_essay(longest.id)
        app.processEvents()
        first = timed_ms(lambda: reading.set_form(Form.TAIWAN))
        forms = [Form.SIMPLIFIED, Form.TRADITIONAL, Form.HONGKONG, Form.ORIGINAL, Form.TAIWAN]
        uncached = []
        for form in forms:
            reading.views = type(reading.views)(reading.library)  # empty cache
            uncached.append(timed_ms(lambda f=form: reading.set_form(f)))
        cached = [timed_ms(lambda f=form: reading.set_form(f)) for form in forms * 2]
        window.close()
    uncached.sort()
    cached.sort()
    return first, uncached[len(uncached) // 2], cached[len(cached) // 2]


def throughput() -> list[tuple[str, float, str, str]]:
    library = load_library(seeds_dir())
    hk = "\n".join(e.text for e in library.collections[0].essays) * 4
    simplified = "\n".join(e.text for e in library.collections[1].essays) * 4
    script.warm_up()
    rows = []
    for name, text, source, target in [("S→TW (phrases)", simplified, Script.SIMPLIFIED, Script.TAIWAN),
                                       ("S→T", simplified, Script.SIMPLIFIED, Script.TRADITIONAL),
                                       ("HK→S", hk, Script.HONGKONG, Script.SIMPLIFIED),
                                       ("HK→TW", hk, Script.HONGKONG, Script.TAIWAN)]:
        ms = median_ms(lambda t=text, s=source, g=target: convert(t, s, g), 5)
        rows.append((f"convert {name}", len(text) / ms * 1000, "chars/s", ""))
    load_ms = median_ms(lambda: load_library(seeds_dir()), 5)
    rows.append(("load and parse both seed files", load_ms, "ms", ""))
    return rows


def main() -> None:
    wall, painted = smoke_figures()
    first, uncached, cached = switch_figures()
    rows = [
        ("--smoke wall time (median of 5)", wall, "ms", "< 800"),
        ("--smoke first paint, app's own figure", painted, "ms", ""),
        ("form switch, longest essay, first ever", first, "ms", ""),
        ("form switch, longest essay, not cached", uncached, "ms", "< 30"),
        ("form switch, longest essay, cached", cached, "ms", "< 30"),
        *throughput(),
    ]
    report("reader foundation", rows)


if __name__ == "__main__":
    main()
