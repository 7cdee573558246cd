"""Saving benchmark: how long a save takes and how long it holds up the window, 10,000 and
100,000 notes.

    python -m tests.benchmarks.bench_save [--runs N]

"Longest window block" is the longest gap between the ticks of a 5 ms timer on the window's
thread while one background save runs, start (the snapshot) to finish (the result delivered).
"Save thread CPU" is what the worker spends in one save: "user" is its own code, run holding
the interpreter (time the window's thread may wait for), "all" adds the system's (the writes).
"A change on disk" is the time from adding a note (debounce included, as a user waits) until
store.json has been replaced by a file holding it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.essay_folder import load_library  # noqa: E402
from app.core.library import Essay  # noqa: E402
from app.core.notes import new_annotation  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.services.notes import NotesService  # noqa: E402
from app.services.persistence import StoreKeeper  # noqa: E402
from app.store import Store  # noqa: E402
from tests.benchmarks.bench_notes import write_store  # noqa: E402
from tests.benchmarks.common import median_ms, report  # noqa: E402

TICK_MS = 5


def _thread_cpu_ms() -> tuple[float, float]:
    """(user, user + system) CPU of the calling thread so far, in ms."""
    usage = resource.getrusage(getattr(resource, "RUSAGE_THREAD", resource.RUSAGE_SELF))
    return usage.ru_utime * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def measure_write_cpu(store: Store) -> list[tuple[float, float]]:
    """Each later save's (user, all) CPU on the thread that writes it."""
    spent: list[tuple[float, float]] = []
    write = store.write

    def measured(document: dict[str, object]) -> int:
        user, everything = _thread_cpu_ms()
        try:
            return write(document)
        finally:
            after = _thread_cpu_ms()
            spent.append((after[0] - user, after[1] - everything))

    store.write = measured  # type: ignore[method-assign]
    return spent


def one_save(keeper: StoreKeeper) -> tuple[float, float]:
    """(save latency, longest window block) in ms for one background save."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    keeper.saved.connect(loop.quit)
    keeper.save_failed.connect(loop.quit)
    keeper.store.prefs["bench"] = time.time()
    keeper.changed()
    timer.start()
    ticks.append(time.perf_counter())
    started = time.perf_counter()
    keeper.save_in_background()
    loop.exec()
    finished = time.perf_counter()
    ticks.append(finished)
    timer.stop()
    keeper.saved.disconnect(loop.quit)
    keeper.save_failed.disconnect(loop.quit)
    if keeper.last_error:
        raise RuntimeError(keeper.last_error)
    longest = max(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    return (finished - started) * 1000, longest * 1000


def idle_gap(duration_ms: float) -> float:
    """The longest gap between the 5 ms ticks with no save running, for as long as a save took:
    what the machine's load alone costs the window (the floor under the figure above)."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    QTimer.singleShot(max(TICK_MS * 4, int(duration_ms)), loop.quit)
    timer.start()
    ticks.append(time.perf_counter())
    loop.exec()
    ticks.append(time.perf_counter())
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def change_on_disk(keeper: StoreKeeper, notes: NotesService, essay: Essay) -> float:
    """ms from adding a note until the store file holding it has replaced the old one."""
    loop = QEventLoop()
    keeper.saved.connect(loop.quit)
    keeper.save_failed.connect(loop.quit)
    path = keeper.store.path
    before = path.stat().st_ino, path.stat().st_mtime_ns
    started = time.perf_counter()
    notes.add_annotation(new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="王老師"), "add")
    loop.exec()
    finished = time.perf_counter()
    keeper.saved.disconnect(loop.quit)
    keeper.save_failed.disconnect(loop.quit)
    if keeper.last_error or (path.stat().st_ino, path.stat().st_mtime_ns) == before:
        raise RuntimeError(keeper.last_error or "store.json was not replaced")
    return (finished - started) * 1000


def figures(count: int, runs: int) -> list[tuple[str, float, str, str]]:
    essays = load_library(seeds_dir()).essays()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_store(folder, essays, count)
        store = Store(folder)
        store.load()
        keeper = StoreKeeper(store)
        notes = NotesService(keeper)
        first = one_save(keeper)  # the first save encodes every note (as at the start of a session)
        cpu = measure_write_cpu(store)
        results = [one_save(keeper) for _ in range(runs)]
        idle = statistics.median(idle_gap(r[0]) for r in results)
        user_ms = statistics.median(spent[0] for spent in cpu)
        all_ms = statistics.median(spent[1] for spent in cpu)
        on_disk = statistics.median(change_on_disk(keeper, notes, essays[3]) for _ in range(runs))

        def flush() -> None:
            keeper.changed()
            keeper.flush()

        flush_ms = median_ms(flush, runs)
        size_mb = (folder / "store.json").stat().st_size / 1e6
    label = f"{count:,} notes"
    return [(f"save latency, {label}", statistics.median(r[0] for r in results), "ms",
             "< 1000" if count <= 10_000 else ""),
            (f"first save of a session (every note encoded), {label}", first[0], "ms", ""),
            (f"longest window block during the first save, {label}", first[1], "ms", ""),
            (f"save thread CPU per save, user (interpreter), {label}", user_ms, "ms", ""),
            (f"save thread CPU per save, user + system, {label}", all_ms, "ms", ""),
            (f"a change on disk (from the change), {label}", on_disk, "ms", "≤ 1000"),
            (f"longest window block during a save, {label}",
             statistics.median(r[1] for r in results), "ms", "< 100"),
            (f"longest window gap, no save, as long as one, {label}", idle, "ms", ""),
            (f"flush on quit (window waits), {label}", flush_ms, "ms", ""),
            (f"store.json, {label}", size_mb, "MB", "")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    QApplication.instance() or QApplication([])
    report("save", figures(10_000, options.runs) + figures(100_000, max(3, options.runs // 2)))


if __name__ == "__main__":
    main()
