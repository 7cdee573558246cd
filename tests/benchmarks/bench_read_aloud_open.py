"""Read-aloud's first Play: how long the window is held up while the speech engine opens.

    python -m tests.benchmarks.bench_read_aloud_open [--runs N] [--opening-s S]

The engine is a stub that takes `--opening-s` seconds to open, as speech-dispatcher does on
its first connection. "Longest window turn" is the longest gap between the ticks of a 5 ms
timer on the window's thread from pressing Play until the first sentence is handed to the
engine. The baseline opens the engine on the window's thread (as before issue 21's fix), in
the same run; CPU time is the process's during each mode's runs (the 5 ms ticks and a 1 ms
poll count in it: they run only while the window is free, so the baseline's is lower).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.messages import Message  # noqa: E402
from app.core.script import Script  # noqa: E402
from app.services.read_aloud import Passage, ReadAloud  # noqa: E402
from app.services.speech_engine import SpeechEngine  # noqa: E402
from tests.benchmarks.common import report  # noqa: E402
from tests.speech_stub import MANDARIN, StubEngine  # noqa: E402

TICK_MS = 5


def slow_opener(seconds: float, made: list[StubEngine]):  # type: ignore[no-untyped-def]
    def open_engine(parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        time.sleep(seconds)
        made.append(StubEngine([MANDARIN], parent))
        return made[-1], None
    return open_engine


def first_play(in_thread: bool, seconds: float) -> tuple[float, float]:
    """(longest window turn, Play to first sentence) in ms."""
    made: list[StubEngine] = []
    player = ReadAloud(open_engine=slow_opener(seconds, made), in_thread=in_thread)
    ticks: list[float] = []
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    poll = QTimer(interval=1)
    poll.timeout.connect(lambda: loop.quit() if made and made[-1].said else None)
    timer.start()
    poll.start()
    started = time.perf_counter()
    ticks.append(started)
    player.play(Passage([(0, 3)], lambda _span: "你好。", Script.SIMPLIFIED))
    ticks.append(time.perf_counter())  # Play returned
    if not (made and made[-1].said):
        loop.exec()
    finished = time.perf_counter()
    ticks.append(finished)
    timer.stop()
    poll.stop()
    player.stop()
    player.deleteLater()
    longest = max(later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False))
    return longest * 1000, (finished - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--opening-s", type=float, default=1.5)
    options = parser.parse_args()
    QApplication.instance() or QApplication([])
    figures: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    cpu = {False: 0.0, True: 0.0}
    for _ in range(options.runs):  # interleaved, so both see the same machine load
        for in_thread in (False, True):
            before = time.process_time()
            figures[in_thread].append(first_play(in_thread, options.opening_s))
            cpu[in_thread] += time.process_time() - before
    rows = []
    for in_thread, name in ((False, "on the window's thread (baseline)"), (True, "on its own thread")):
        turns = [turn for turn, _ in figures[in_thread]]
        ready = [total for _, total in figures[in_thread]]
        target = "< 50" if in_thread else ""
        rows += [(f"longest window turn, {name}", statistics.median(turns), "ms", target),
                 (f"Play to first sentence, {name}", statistics.median(ready), "ms", ""),
                 (f"CPU time, {name}", cpu[in_thread] * 1000 / options.runs, "ms/run", "")]
    settle = QEventLoop()  # the players' engine threads end once their players are gone
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    report(f"Read-aloud first Play, engine opening in {options.opening_s:.1f} s "
           f"(medians of {options.runs} runs)", rows)


if __name__ == "__main__":
    main()
