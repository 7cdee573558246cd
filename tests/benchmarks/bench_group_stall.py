"""The window in a busy group: its longest event-loop stall, and its writes while idle.

A window (offscreen) joins a group holding 20,000 notes on the open essay, a 100 MB member file
(refused by its size, never read) and 30 members x 1,000 notes; member files change every few
seconds. Measured over ~30 s: the longest gap between ticks of a fast timer on the window's thread
(target: <= 50 ms) and the writes to our own member file after the first publish (target: 0).

    python -m tests.benchmarks.bench_group_stall [--seconds 30] [--profile]

`--profile` runs the window's thread under cProfile and prints the heaviest calls.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.essay_folder import load_library  # noqa: E402
from app.core.group import member_document  # noqa: E402
from app.core.group_folder import (
    MAX_MEMBER_FILE_BYTES,
    member_file_path,  # noqa: E402
)
from app.core.library import Essay  # noqa: E402
from app.core.notes import Author, now_iso  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.store.groupfiles import create_group_folder  # noqa: E402
from app.ui.shell.application import build_window  # noqa: E402
from tests.benchmarks.bench_group import member_notes  # noqa: E402
from tests.benchmarks.common import report  # noqa: E402

TICK_MS = 5
CHANGE_EVERY_S = 3.0
BIG_FILE_BYTES = 100 * 1024 * 1024


class StallMeter:
    """A fast timer; the longest gap between two ticks is the longest stall of the loop."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - TICK_MS)
        self._last = now


class WriteCounter(threading.Thread):
    """Counts the times our own member file is replaced or changed (polled off the window's thread)."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.writes, self.stop = path, 0, threading.Event()
        self._seen = self._stamp()

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            status = self.path.stat()
        except OSError:
            return None
        return status.st_ino, status.st_mtime_ns, status.st_size

    def run(self) -> None:
        while not self.stop.wait(0.05):
            stamp = self._stamp()
            if stamp != self._seen:
                self.writes, self._seen = self.writes + 1, stamp


def versions(author: Author, essays: list[Essay], count: int, rng: random.Random) -> list[bytes]:
    """Two versions of one member's file, built beforehand: the changer only writes bytes."""
    import orjson  # noqa: PLC0415

    notes = [n.to_json() for n in member_notes(author, essays, count, rng)]
    return [orjson.dumps(member_document(author, now_iso(), notes[:count - k])) for k in (0, 1)]


class Changer(threading.Thread):
    """Rewrites member files every few seconds, as members annotating elsewhere would."""

    def __init__(self, files: dict[Path, list[bytes]]) -> None:
        super().__init__(daemon=True)
        self.files, self.stop = list(files.items()), threading.Event()

    def run(self) -> None:
        turn = 0
        while not self.stop.wait(CHANGE_EVERY_S):
            for path, contents in (self.files[0], self.files[1 + turn % (len(self.files) - 1)]):
                temporary = path.with_name(f".syncthing.{path.name}.tmp")
                temporary.write_bytes(contents[turn % 2])
                temporary.replace(path)
            turn += 1


def build(folder: Path, open_essay: Essay, essays: list[Essay]) -> dict[Path, list[bytes]]:
    """The group's files: the 20,000-note member, 30 x 1,000, and a 100 MB file."""
    rng = random.Random(19)
    files: dict[Path, list[bytes]] = {}
    heavy = Author("大量", "author-heavy", "#1971c2", "device-heavy")
    files[member_file_path(folder, heavy.id, heavy.device)] = versions(heavy, [open_essay], 20_000, rng)
    for number in range(30):
        author = Author(f"成員{number}", f"author-{number:02d}", "#2f9e44", f"device-{number:02d}")
        files[member_file_path(folder, author.id, author.device)] = versions(author, essays, 1_000, rng)
    for path, contents in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(contents[0])
    big = member_file_path(folder, "author-big", "device-big")
    big.parent.mkdir(parents=True, exist_ok=True)
    with big.open("wb") as handle:  # sparse: refused by its size, so never read
        handle.write(b'{"format": "jiangxin-reader-member", "notes": [')
        handle.truncate(BIG_FILE_BYTES)
    assert big.stat().st_size > MAX_MEMBER_FILE_BYTES
    return files


def run_for(app: QApplication, seconds: float) -> None:
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--profile", action="store_true", help="cProfile the window's thread")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        data, folder = Path(tmp) / "data", Path(tmp) / "group"
        window = build_window(argparse.Namespace(data_dir=str(data), smoke=False, open=None))
        assert window is not None
        window.show()
        deadline = time.monotonic() + 30
        while window.reading.current is None and time.monotonic() < deadline:
            app.processEvents()
        open_essay = window.reading.current
        assert open_essay is not None
        create_group_folder(folder, "bench")
        files = build(folder, open_essay, load_library(seeds_dir()).essays())
        group = window.workspace.group
        group.join(folder, "我")
        group.wait(60)
        run_for(app, 3.0)  # the first read and publish land
        me = group.me
        counter = WriteCounter(member_file_path(folder, me.id, me.device))
        changer = Changer(files)
        counter.start()
        changer.start()
        meter = StallMeter()
        profiler = cProfile.Profile() if options.profile else None
        if profiler is not None:
            profiler.enable()
        run_for(app, options.seconds)
        if profiler is not None:
            profiler.disable()
        changer.stop.set()
        counter.stop.set()
        seen = len(window.workspace.notes.annotations(open_essay.id))
        group.stop()
        window.close()
    report("Window in a busy group (offscreen)", [
        ("longest event-loop stall", meter.longest, "ms", "<= 50 ms"),
        ("writes to our own file while idle", float(counter.writes), "writes", "0"),
        ("notes shown on the open essay", float(seen), "notes", "~20,000"),
        ("seconds measured", options.seconds, "s", ""),
    ])
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
