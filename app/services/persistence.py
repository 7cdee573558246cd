"""Debounced, flushed-on-quit saving of the store."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.store import Store, StoreError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500


class StoreKeeper(QObject):
    """Owns the Store; coalesces changes into one atomic save half a second later."""

    save_failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._writers: list[Callable[[], None]] = []

    def add_writer(self, writer: Callable[[], None]) -> None:
        """`writer` copies live state into the store document just before each save."""
        self._writers.append(writer)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def changed(self) -> None:
        """Call after changing store data; the save follows shortly."""
        if self.store.read_only:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything changed; returns False when the save failed."""
        self._timer.stop()
        if not self._dirty or self.store.read_only:
            return True
        try:
            for writer in self._writers:
                writer()
            self.store.save()
        except (OSError, StoreError) as error:
            log.error("saving %s failed: %s", self.store.path, error)
            self.save_failed.emit(str(error))
            return False
        self._dirty = False
        return True
