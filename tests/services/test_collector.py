"""Cycles holding Qt objects are freed on the window's thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

import app.services.collector as collector_module
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


def _full_collection_due() -> None:
    """Enough collections of the middle generation that the oldest is due."""
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)


def test_what_survives_a_full_collection_is_not_walked_again(collector: MainThreadCollector) -> None:
    """At 100,000 notes each full collection walked them all (50–160 ms, often just after a
    note was added): survivors are frozen, and the next collections walk only what is new."""
    kept = [[n] for n in range(10_000)]
    _full_collection_due()
    collector.check()
    assert gc.get_freeze_count() >= len(kept)
    later = weakref.ref(_Holder())  # a cycle made after the freeze is still freed at once
    _full_collection_due()
    collector.check()
    assert later() is None


def test_a_frozen_cycle_is_freed_when_the_reader_switches_away(
        qtbot: QtBot, collector: MainThreadCollector, monkeypatch: pytest.MonkeyPatch) -> None:
    """The price of freezing: a frozen object that becomes cyclic garbage waits for a deep
    collection, which runs when nobody is looking at the window."""
    alive = _Holder()
    holder = weakref.ref(alive)
    _full_collection_due()
    collector.check()  # the holder, in use, is frozen with the rest
    del alive  # now only its own cycle holds it
    _full_collection_due()
    collector.check()
    assert holder() is not None  # frozen: a full collection leaves it
    monkeypatch.setattr(collector_module, "DEEP_GAP_S", 0.0)
    application = QGuiApplication.instance()
    assert isinstance(application, QGuiApplication)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert holder() is None
    assert gc.get_freeze_count() > 0  # what lives is frozen again


def test_coming_back_to_the_window_collects_nothing_deep(
        collector: MainThreadCollector, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deep collection holds the window a second at 100,000 notes: never as the reader
    comes back, nor twice within DEEP_GAP_S of switching back and forth."""
    application = QGuiApplication.instance()
    assert isinstance(application, QGuiApplication)
    deep: list[int] = []
    monkeypatch.setattr(collector_module, "collect_deep", lambda: deep.append(1) or 0)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert deep == []  # the collector was made just now: within the gap
    monkeypatch.setattr(collector_module, "DEEP_GAP_S", 0.0)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert deep == []
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationHidden)
    assert deep == [1]


def test_a_slow_young_collection_freezes_its_survivors(
        collector: MainThreadCollector, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bulk of new long-lived objects (the notes panel's rows being made) is walked by the
    young collections once, not again at every check."""
    monkeypatch.setattr(collector_module, "SLOW_S", -1.0)  # every collection counts as slow
    kept = [[n] for n in range(5 * gc.get_threshold()[0])]
    collector.check()
    assert gc.get_freeze_count() >= len(kept)
