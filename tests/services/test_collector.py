"""Cycles holding Qt objects are freed on the window's thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from app.services.collector import MainThreadCollector


class _Holder(QObject):
    """A QObject with a running timer, kept alive only by a reference cycle."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.myself = self  # the cycle


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[MainThreadCollector]:
    was_enabled = gc.isenabled()
    gc.enable()
    made = MainThreadCollector()
    yield made
    made.stop()
    if not was_enabled:
        gc.disable()


def test_a_worker_allocating_never_frees_a_cycle_the_window_thread_owns(
        collector: MainThreadCollector) -> None:
    holder = weakref.ref(_Holder())
    counts: list[int] = []

    def allocate() -> None:  # far past the youngest generation's threshold
        kept = [[] for _ in range(50 * gc.get_threshold()[0])]
        counts.append(gc.get_count()[0])
        del kept

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert holder() is not None  # the worker's allocations collected nothing
    assert counts[0] > gc.get_threshold()[0]
    gc.collect()  # the window's thread: the timer is stopped where it was started
    assert holder() is None


def test_the_timer_collects_what_python_would_have(qtbot: QtBot, collector: MainThreadCollector) -> None:
    holder = weakref.ref(_Holder())
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # the youngest generation is due
    qtbot.waitUntil(lambda: holder() is None, timeout=2_000)  # the collector's own timer ran
    del kept


def test_stopping_gives_collection_back_to_python(collector: MainThreadCollector) -> None:
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
