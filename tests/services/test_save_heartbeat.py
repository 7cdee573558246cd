"""A save of a large store must not hold up the window. The worker that writes it shares the
interpreter with the window's thread: every step of Python it runs is a step the window waits
for. So a save after one edit reuses the JSON of the unchanged notes in runs and writes a
megabyte at most per call: its own interpreter time stays small, and the window keeps its turns."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.core.notes import new_annotation
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.store import Store

NOTES = 60_000  # a 40 MB store: the old save ran ~60 ms of Python per save at this size
SAVES = 5
SAVE_USER_CPU_MS = 25  # the save thread's own work in the interpreter, per save (median)
LONGEST_WAIT_MS = 60  # the window's longest wait for a turn during a save (median); generous
TICK_MS = 2  # a busy window, half its time in Python (kept busy all the time, it starves the save)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread CPU: Linux")


def _large_store(folder: Path, library: Library) -> None:
    essays = library.essays()
    notes = []
    for n in range(NOTES):
        essay = essays[n % len(essays)]
        start = n % max(1, len(essay.text) - 40)
        notes.append(new_annotation(essay.id, essay.text, start, start + 5, color="yellow",
                                    author="王老師", note="讨论要点" * (n % 5)).to_json())
    document = {"schema": 3, "prefs": {}, "reading": {}, "profile": {}, "annotations": notes, "bookmarks": []}
    (folder / "store.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _user_cpu_ms() -> float:
    """This thread's time running its own code (a system call lets go of the interpreter)."""
    return resource.getrusage(resource.RUSAGE_THREAD).ru_utime * 1000


def _measuring(write: Callable[..., int], spent: list[float]) -> Callable[..., int]:
    def measured(*args: object) -> int:
        before = _user_cpu_ms()
        try:
            return write(*args)
        finally:
            spent.append(_user_cpu_ms() - before)
    return measured


def _longest_wait_during_save(qtbot: QtBot, keeper: StoreKeeper) -> float:
    """The longest time (ms) the window's thread, asking for a turn every TICK_MS and doing a
    millisecond of work in each, went without one while a save ran."""
    ticks: list[float] = []

    def turn() -> None:
        ticks.append(time.perf_counter())
        busy_until = time.thread_time() + 0.001
        while time.thread_time() < busy_until:  # a window's turn is work in Python too
            pass

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(turn)
    timer.start()
    with qtbot.waitSignal(keeper.saved, timeout=30_000):
        ticks.append(time.perf_counter())
        keeper.save_in_background()
    ticks.append(time.perf_counter())
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def test_a_save_of_many_notes_leaves_the_window_its_turns(
        qtbot: QtBot, library: Library, data_dir: Path) -> None:
    _large_store(data_dir, library)
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    notes = NotesService(keeper)
    keeper.changed()
    assert keeper.flush()  # the first save encodes every note; the next ones reuse the rest
    spent: list[float] = []
    store.write = _measuring(store.write, spent)  # type: ignore[method-assign]
    edited = notes.annotations()[::NOTES // SAVES]
    waits = []
    for number, note in enumerate(edited):
        notes.update_annotation(note.edited(note=f"第{number}次修改"), "edit")
        waits.append(_longest_wait_during_save(qtbot, keeper))
    assert sorted(spent)[SAVES // 2] <= SAVE_USER_CPU_MS, spent
    assert sorted(waits)[SAVES // 2] <= LONGEST_WAIT_MS, waits
    written = {note["id"]: note["note"] for note in json.loads(store.path.read_bytes())["annotations"]}
    assert [written[note.id] for note in edited] == [f"第{n}次修改" for n in range(SAVES)]
