"""One measured start of a window, run in its own process by bench_start.

    python -m tests.benchmarks.start_probe app DATA_DIR
    python -m tests.benchmarks.start_probe bare
    python -m tests.benchmarks.start_probe bare-smoke   (exits once its text is on screen)
    python -m tests.benchmarks.start_probe app-first-frame DATA_DIR / bare-first-frame
        (the process ends the moment its text is presented: bench_instructions counts the work
        up to there)

Prints `probe: KEY VALUE` lines, times on the system-wide monotonic clock so the parent
can set them against the moment it started the process:

- imported / built (app only): the window's modules are loaded / the window is built, not shown;
- presented: the first essay text has been painted and flushed to the window system (both
  windows timed alike: a zero timer queued from the first paint of the text);
- ready (app only): the word index is ready; stall: the longest the event loop went
  without turning between presentation and ready (plus a settling second);
- rss_idle / rss_peak: resident memory once idle, and its high-water mark (kB);
- pss_idle / uss_idle: proportional / private memory once idle of this process and every process
  it started (kB);
- closing: the window is about to close; the parent times the process's exit from it.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

TICK_MS = 5
FIRST_FRAME_ONLY = False  # set from the command line (see above)
SETTLE_MS = 1000
ROOT = Path(__file__).resolve().parents[2]


def say(key: str, value: float | str) -> None:
    print(f"probe: {key} {value}", flush=True)


def memory_kb() -> tuple[int, int]:
    """(resident, peak resident) of this process, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def pss_kb(pid: int | None = None, fields: tuple[str, ...] = ("Pss",)) -> int:
    """Proportional set size of a process and its children, from /proc (Linux; 0 elsewhere).

    With `fields` ("Private_Clean", "Private_Dirty"): the memory only they hold (USS), which
    other programs mapping the same libraries and fonts do not make smaller.
    """
    process = Path(f"/proc/{pid or 'self'}")
    try:
        rollup = (process / "smaps_rollup").read_text()
        own = sum(int(line.split()[1]) for line in rollup.splitlines() if line.split(":")[0] in fields)
        children = [int(c) for task in (process / "task").iterdir()
                    for c in (task / "children").read_text().split()]
    except (OSError, ValueError):
        return 0
    return own + sum(pss_kb(child, fields) for child in children)


class StallMeter:
    """A fast timer; the longest gap between two ticks is the longest stall of the loop."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.longest_at = 0.0  # when the longest stall ended
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        stall = (now - self._last) * 1000 - TICK_MS
        if stall > self.longest:
            self.longest, self.longest_at = stall, now
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def finish(app: object, window: object, meter: StallMeter | None) -> None:
    """Report memory and the stall, then close the window the way a user does."""
    if meter is not None:
        meter.stop()
        say("stall_ms", f"{meter.longest:.1f}")
        say("stall_at", f"{meter.longest_at:.6f}")
    rss, peak = memory_kb()
    say("rss_idle_kb", rss)
    say("rss_peak_kb", peak)
    say("pss_idle_kb", pss_kb())
    say("uss_idle_kb", pss_kb(fields=("Private_Clean", "Private_Dirty")))
    say("closing", f"{time.monotonic():.6f}")
    window.close()  # type: ignore[attr-defined]


def run_app(data_dir: str) -> int:
    """The reader as `python -m app --data-dir DIR` starts it: the same arguments, logging,
    signal handlers, show and exit; the probe only listens in once the window is built. (The
    window's modules load before the arguments are read rather than after: the same work.)"""
    from app import __main__ as entry

    entry.collector_off_for_the_window()  # as _run does before the window's modules load
    from app.ui.shell import application

    say("imported", f"{time.monotonic():.6f}")
    build = application.build_window

    def build_and_listen(options: object) -> object:
        window = build(options)  # type: ignore[arg-type]
        assert window is not None
        say("built", f"{time.monotonic():.6f}")
        listen(window)
        return window

    application.build_window = build_and_listen  # type: ignore[assignment]
    sys.argv = [sys.argv[0]]
    return entry.main(["--data-dir", data_dir])


def listen(window: Any) -> None:
    """Report when the text is on screen and the word index ready; then close as a user does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    meter: list[StallMeter] = []

    def presented() -> None:
        say("presented", f"{time.monotonic():.6f}")
        end_if_first_frame_only()
        meter.append(StallMeter())

    def ready() -> None:
        say("ready", f"{time.monotonic():.6f}")
        QTimer.singleShot(SETTLE_MS, lambda: finish(app, window, meter[0] if meter else None))

    # timed as the bare window is: a zero timer queued from the first paint runs once its pixels
    # are flushed, before the window's own after-the-first-frame work (notes, threads) runs
    window.reader.first_painted.connect(lambda: QTimer.singleShot(0, presented))
    window.words_ui.words.ready.connect(ready)
    window.words_ui.words.failed.connect(lambda reason: (say("failed", reason), window.close()))


def end_if_first_frame_only() -> None:
    if FIRST_FRAME_ONLY:
        os._exit(0)


def run_bare(smoke: bool = False) -> int:
    """The least a Qt reader can do: a tree and a text pane showing an essay; with `smoke`,
    it quits once the text is on screen, as the reader's `--smoke` does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QTreeView

    app = QApplication([sys.argv[0]])
    text = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    model = QStandardItemModel()
    for line in text.splitlines()[:200]:
        model.appendRow(QStandardItem(line[:20]))
    tree = QTreeView()
    tree.setModel(model)
    pane = QTextEdit()
    pane.setReadOnly(True)
    pane.setPlainText(text[:20_000])
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(pane)
    window = QMainWindow()
    window.setCentralWidget(splitter)
    window.resize(1200, 800)
    shown = {"done": False}

    def painted() -> None:
        if not shown["done"]:
            shown["done"] = True
            QTimer.singleShot(0, presented)

    meter: list[StallMeter] = []

    def presented() -> None:
        say("presented", f"{time.monotonic():.6f}")
        end_if_first_frame_only()
        if smoke:
            QTimer.singleShot(0, app.quit)  # let the paint finish, as the reader's smoke run does
            return
        meter.append(StallMeter())  # the machine's own noise, to set the reader's against
        QTimer.singleShot(SETTLE_MS, lambda: finish(app, window, meter[0]))

    from PySide6.QtCore import QEvent, QObject

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted()
            return False

    spy = PaintSpy()
    pane.viewport().installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    say("started", f"{STARTED:.6f}")
    kind = sys.argv[1].removesuffix("-first-frame")
    FIRST_FRAME_ONLY = sys.argv[1].endswith("-first-frame")
    sys.exit(run_app(sys.argv[2]) if kind == "app" else run_bare(smoke=kind == "bare-smoke"))
