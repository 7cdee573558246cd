"""Python's cycle collector, run on the window's thread only.

Left alone, the collector runs in whichever thread happens to allocate: a save or a group read
on a worker could free a cycle that holds a QObject with a timer, which Qt refuses ("Timers
cannot be stopped from another thread") and which can crash the process. Automatic collection
is turned off and a timer on the window's thread runs the same generational collections.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250  # cycles wait at most this long; reference counting frees the rest at once


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the oldest generation whose count passed its threshold, as Python itself would
    have; how many objects were found unreachable."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects, as Python would, from the window's thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        return collect_due(self._thresholds)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
