"""Python's cycle collector, run on the window's thread only, and never over the whole heap
while the reader works.

Left alone, the collector runs in whichever thread happens to allocate: a save or a group read
on a worker could free a cycle that holds a QObject with a timer, which Qt refuses ("Timers
cannot be stopped from another thread") and which can crash the process. Automatic collection
is turned off and a timer on the window's thread runs the same generational collections.

A full collection walks every object that is not frozen: at 100,000 notes (the notes, their
reply threads and the panel's rows) that held the window 50–160 ms, at whatever moment the
count came due, often right after the reader added a note; and while the panel made its rows,
a young collection walked tens of thousands of new ones at a time (up to 50 ms). So the checks
come often (young generations stay small), and what survives a full collection, or a young
one that took long (a bulk of new long-lived objects lived through it), is frozen
(`gc.freeze()`): the next collections walk only what came since.

The price: a frozen object that later becomes garbage inside a reference cycle is not freed by
those collections (reference counting still frees the rest, most of what the window drops). A
deep collection unfreezes everything and collects it all at a moment nobody waits on the
window: when the reader switches to another application, hides or minimizes the window (or
the screen locks). It is not run on a clock: at 100,000 notes it walks a million objects and
held the window 1.3 s on a busy machine. Such cycles are rare here: after 900 added, edited and
deleted notes at 100,000 notes a deep collection found none.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

CHECK_MS = 50  # cycles wait at most this long; reference counting frees the rest at once
SLOW_S = 0.002  # a young collection taking this much CPU walked many survivors: they are frozen
DEEP_GAP_S = 60.0  # switching back and forth between applications collects once a minute at most


_held = [0]  # how many bulk reads hold the collections (see `held_for_bulk`)
_held_lock = threading.Lock()


@contextmanager
def held_for_bulk() -> Iterator[None]:
    """A worker making a bulk of long-lived objects (a large store's 100,000 notes) holds the
    window's collections meanwhile and freezes what it made at the end: else each check walked
    the tens of thousands it had just made (20-37 ms of the window's time, again and again),
    and the first after the read walked them all. Cycles freed late are the freeze's usual price."""
    with _held_lock:
        _held[0] += 1
    try:
        yield
    finally:
        gc.freeze()
        with _held_lock:
            _held[0] -= 1


def due_generation(thresholds: tuple[int, int, int]) -> int | None:
    """The oldest generation whose count passed its threshold (None: none is due)."""
    counts = gc.get_count()
    return next((g for g in (2, 1, 0) if counts[g] > thresholds[g]), None)


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the oldest generation whose count passed its threshold, as Python itself would
    have; how many objects were found unreachable."""
    generation = due_generation(thresholds)
    return 0 if generation is None else gc.collect(generation)


def collect_deep() -> int:
    """Everything, frozen or not, collected once; the survivors frozen again."""
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects from the window's thread: young generations
    as Python would, a full collection over what is not frozen yet (then frozen), and a deep
    one over everything when the reader is elsewhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._deep_at = time.monotonic()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        application = QCoreApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._state_changed)

    def check(self) -> int:
        generation = due_generation(self._thresholds)
        if generation is None or _held[0]:
            return 0
        started = time.thread_time()  # its own work, not time the system gave others
        found = gc.collect(generation)
        if generation == 2 or time.thread_time() - started > SLOW_S:
            gc.freeze()  # what survived is walked again only by a deep collection
        return found

    def deep(self) -> int:
        self._deep_at = time.monotonic()
        return collect_deep()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        away = state in (Qt.ApplicationState.ApplicationInactive, Qt.ApplicationState.ApplicationHidden)
        if away and time.monotonic() - self._deep_at >= DEEP_GAP_S:
            self.deep()

    def stop(self) -> None:
        """Automatic collection as Python does it, everything unfrozen (once; again: nothing)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        application = QCoreApplication.instance()
        if isinstance(application, QGuiApplication):  # no deep collection from a stopped collector
            application.applicationStateChanged.disconnect(self._state_changed)
        gc.unfreeze()  # Python's own collections see everything again
        gc.enable()
