"""Import benchmark: a 2 MB novel (text and EPUB), a 50-page Word file, start-up with 200 imported
collections, library search.

    python -m tests.benchmarks.bench_import [--quick] [--no-search]
    python -m tests.benchmarks.bench_import --window-only [--profile]   (the window's stalls alone)

--quick: 20 collections, 3 runs; --no-search: skip the word index (minutes for 10 M characters).
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.library import Library  # noqa: E402
from app.core.search import LibraryIndex  # noqa: E402
from app.core.words import WordModel, analyse_library  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.store.user_library import UserLibrary, load_user_library  # noqa: E402
from tests.benchmarks.common import report, timed_ms  # noqa: E402
from tests.make_files import make_docx, make_epub  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("工匠 精神 时代 发展 创新 传承 技艺 专注 坚持 细节 品质 责任 学习 青年 劳动 奋斗 企业 制造 "
         "师傅 学徒 车间 产品 质量 国家 社会 人民 梦想 未来 历史 文化 精益求精 一丝不苟 爱岗敬业 "
         "我们 他们 每一个 因为 所以 但是 如果 已经 正在 可以 需要 应该 不断 努力 认真 平凡 伟大").split()
PUNCT = "，，，。。！？；"


def sentence(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) + rng.choice(PUNCT)


def novel(chars: int, chapters: int, seed: int = 1) -> str:
    """A Chinese text of about `chars` characters in `chapters` chapters (第N章 headings)."""
    rng = random.Random(seed)
    per_chapter = chars // chapters
    parts = ["匠心长篇"]
    for n in range(1, chapters + 1):
        body, length = [], 0
        while length < per_chapter:
            paragraph = "".join(sentence(rng) for _ in range(rng.randint(3, 8)))
            body.append(paragraph)
            length += len(paragraph)
        parts += [f"第{n}章 {rng.choice(WORDS)}", *body]
    return "\n\n".join(parts)


def import_novel(runs: int) -> float:
    data = novel(2_000_000 // 3, 100).encode("utf-8")  # ~670,000 characters = 2 MB of UTF-8
    assert len(data) >= 1_900_000, len(data)
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            user = UserLibrary(Path(folder), Path(folder) / "cache")
            times.append(timed_ms(lambda u=user: u.import_data(  # type: ignore[misc]
                "novel.txt", data, reserved=set(), may_update=lambda _m: False)))
    return statistics.median(times)


def import_file_ms(name: str, data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            user = UserLibrary(Path(folder), Path(folder) / "cache")
            times.append(timed_ms(lambda u=user: u.import_data(  # type: ignore[misc]
                name, data, reserved=set(), may_update=lambda _m: False)))
    return statistics.median(times)


def novel_chapters(chars: int, chapters: int) -> list[tuple[str, str]]:
    """(heading, paragraphs separated by newlines) of the novel."""
    parts = novel(chars, chapters).split("\n\n")[1:]
    found: list[tuple[str, list[str]]] = []
    for part in parts:
        if re.match(r"^第\d+章", part):
            found.append((part, []))
        else:
            found[-1][1].append(part)
    return [(heading, "\n".join(body)) for heading, body in found]


def import_epub_ms(runs: int) -> float:
    """A 2 MB EPUB of 100 chapters, each its own file with a heading and paragraphs."""
    return import_file_ms("novel.epub", epub_bytes(), runs)


def import_docx_ms(runs: int) -> float:
    return import_file_ms("fifty.docx", docx_bytes(), runs)


def longest_ui_block_ms() -> float:
    """Import the 2 MB novel through the window's library service; the longest gap between
    ticks of a 10 ms timer on the UI thread is how long the window could not respond."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.services.library import LibraryService
    from app.services.persistence import StoreKeeper
    from app.services.preferences import Preferences
    from app.store import Store

    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "novel.txt"
        path.write_text(novel(2_000_000 // 3, 100), encoding="utf-8")
        store = Store(Path(folder) / "data")
        store.load()
        service = LibraryService(seeds_dir(), UserLibrary(Path(folder) / "data", Path(folder) / "cache"),
                                 Preferences(StoreKeeper(store)), QUndoStack())
        service.load()
        clock, gaps, done = QElapsedTimer(), [0], []
        clock.start()

        def tick() -> None:
            gaps.append(clock.restart())

        timer = QTimer(interval=10, timeout=tick)
        timer.start()
        loop = QEventLoop()
        service.import_finished.connect(done.append)
        service.import_finished.connect(loop.quit)
        service.import_files([path])
        loop.exec()
        timer.stop()
        assert done[0][0].status == "added", done
    return float(max(gaps))


def epub_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return make_epub(Path(folder) / "novel.epub", novel_chapters(2_000_000 // 3, 100)).read_bytes()


def docx_bytes() -> bytes:
    """A Word file of about 50 pages (40,000 characters, 10 headings, about 400 paragraphs)."""
    paragraphs: list[tuple[str, str]] = []
    for heading, body in novel_chapters(40_000, 10):
        paragraphs += [("Heading1", heading), *(("", line) for line in body.split("\n"))]
    with tempfile.TemporaryDirectory() as folder:
        return make_docx(Path(folder) / "fifty.docx", paragraphs).read_bytes()


def window_stall_ms(name: str, data: bytes, runs: int, *, profile: bool = False) -> float:
    """Import a file as the window does (its Workspace's LibraryService, offscreen) and the
    longest event-loop stall, median of `runs` windows, from the import until the library is
    swapped in and the word index rebuilt (as the window rebuilds it on every change)."""
    return statistics.median(_one_window_stall(name, data, profile) for _ in range(runs))


def _one_window_stall(name: str, data: bytes, profile: bool) -> float:
    import argparse
    import cProfile
    import pstats

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.application import build_window

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        window = build_window(argparse.Namespace(data_dir=str(Path(folder) / "data"), smoke=False, open=None))
        assert window is not None
        window.show()  # its first paint starts the word index and the warm-up, as at every start
        workspace = window.workspace
        _wait(lambda: workspace.words.index is not None)
        _wait(lambda: False, limit_ms=1000, settle=True)  # the warm-up's conversions
        clock, gaps, done, before = QElapsedTimer(), [0], [], workspace.words.index
        timer = QTimer(interval=10, timeout=lambda: gaps.append(clock.restart()))
        workspace.library_service.import_finished.connect(done.append)
        profiler = cProfile.Profile() if profile else None
        clock.start()
        timer.start()
        if profiler:
            profiler.enable()
        workspace.library_service.import_files([path])
        _wait(lambda: bool(done) and workspace.words.index not in (None, before))
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        timer.stop()
        assert done[0][0].status == "added", done
        workspace.close()
        window.close()
        window.deleteLater()
        if window.instance_guard is not None:
            window.instance_guard.release()
        app.processEvents()
    return float(max(gaps))


def _wait(ready: Callable[[], bool], limit_ms: int = 120_000, *, settle: bool = False) -> None:
    """Run the event loop until `ready()`; AssertionError after `limit_ms` unless `settle`.
    The loop sleeps between events, as the window's does (a busy loop would take the
    interpreter from the workers and lengthen every stall)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=20, timeout=lambda: ready() and loop.quit())
    QTimer.singleShot(limit_ms, loop.quit)
    poll.start()
    if not ready():
        loop.exec()
    poll.stop()
    assert settle or ready(), "timed out"


def make_library(folder: Path, collections: int, chars_each: int) -> None:
    user = UserLibrary(folder, folder / "cache")
    for n in range(collections):
        text = novel(chars_each, 20, seed=n)
        user.import_data(f"书{n:03}.txt", text.encode("utf-8"), reserved=set(),
                         may_update=lambda _m: False)


def smoke_ms(folders: list[Path], runs: int) -> list[float]:
    """Median first-paint figure of `python -m app --smoke` on each data folder; the runs
    alternate between the folders so a change in the machine's load touches both alike."""
    figures: list[list[float]] = [[] for _ in folders]
    for _ in range(runs):
        for figure, folder in zip(figures, folders, strict=True):
            result = subprocess.run([sys.executable, "-m", "app", "--smoke", "--data-dir", str(folder)],
                                    cwd=ROOT, capture_output=True, text=True, check=True)
            figure.append(float(re.search(r"painted in (\d+) ms", result.stdout)[1]))  # type: ignore[index]
    return [statistics.median(figure) for figure in figures]


def search_ms(library: Library, cache: Path, runs: int) -> tuple[float, float]:
    """Build the word index of the library (once), then median time of a library search."""
    model = WordModel(cache)
    model.load()
    start = time.perf_counter()
    index = LibraryIndex(analyse_library(model, library).values(), model.cut)
    built = (time.perf_counter() - start) * 1000
    queries = ["工匠精神", "精益求精", "青年 奋斗", "一丝不苟的师傅", "黨員幹部"]
    times = [timed_ms(lambda q=q: index.search(q)) for _ in range(runs) for q in queries]  # type: ignore[misc]
    return built, statistics.median(times)


def window_only() -> None:
    profile = "--profile" in sys.argv
    runs = 1 if profile else 5
    report("The window while importing", [
        ("longest stall importing a 2 MB EPUB, median", window_stall_ms("novel.epub", epub_bytes(), runs,
                                                                        profile=profile), "ms", "≤ 50"),
        ("longest stall importing a 50-page Word file, median",
         window_stall_ms("fifty.docx", docx_bytes(), runs, profile=profile), "ms", "≤ 50")])


def main() -> None:
    if "--window-only" in sys.argv:
        window_only()
        return
    quick = "--quick" in sys.argv
    runs = 3 if quick else 5
    rows = [("import a 2 MB novel (100 chapters), median", import_novel(runs), "ms", "≤ 2000"),
            ("longest UI-thread block during that import", longest_ui_block_ms(), "ms", "no freeze"),
            ("import a 2 MB EPUB (100 chapters), median", import_epub_ms(runs), "ms", "≤ 2000"),
            ("import a 50-page Word file, median", import_docx_ms(runs), "ms", "≤ 1000"),
            ("window: longest stall importing the EPUB, median",
             window_stall_ms("novel.epub", epub_bytes(), runs), "ms", "≤ 50"),
            ("window: longest stall importing the Word file, median",
             window_stall_ms("fifty.docx", docx_bytes(), runs), "ms", "≤ 50")]
    with tempfile.TemporaryDirectory() as samples, tempfile.TemporaryDirectory() as big:
        count = 20 if quick else 200
        make_library(Path(big), count, 50_000)
        library = load_user_library(UserLibrary(Path(big), Path(big) / "cache"), seeds_dir(), True)
        chars = sum(len(e.text) for e in library.essays())
        rows.append(("library size", chars / 1e6, "M chars", f"{count} collections + samples"))
        start_samples, start_big = smoke_ms([Path(samples), Path(big)], runs)
        rows += [("start, samples only (first paint), median", start_samples, "ms", ""),
                 (f"start, {count} collections (first paint), median", start_big, "ms",
                  f"≤ {start_samples * 1.15:,.0f} (+15%)"),
                 ("start difference", (start_big / start_samples - 1) * 100, "%", "≤ 15")]
        if "--no-search" not in sys.argv:
            built, search = search_ms(library, Path(big) / "cache", runs)
            rows += [("word index build (background)", built, "ms", ""),
                     ("library search, median of 5 queries", search, "ms", "≤ 150")]
    report("Import and a large library", rows)


if __name__ == "__main__":
    main()
