"""Saving the store: debounced with a maximum wait, written off the window's thread, flushed on quit.

A change starts a save half a second after the last one, but never later than MAX_WAIT_MS after
the first unsaved change, so steady typing or scrolling cannot starve it. The window's thread
only takes a snapshot of the document; a worker (through Tasks, serially: a save in flight is
followed by at most one more) encodes and writes it, and the outcome comes back to the
window's thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.messages import QT_TRANSLATE_NOOP
from app.services.messages import translated
from app.services.sections import Sections
from app.services.tasks import Mode, Tasks
from app.store import Store, StoreError, snapshot
from app.store.store import READ_ONLY, Data
from app.store.validation import store_message

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500  # quiet time after the last change
MAX_WAIT_MS = 700  # the save starts by then however busy the user is: on disk within a second
WRITE_MS_PER_MB = 6.0  # measured: 100,000 notes (68 MB) encode and write in about 0.4 s
ON_DISK_MS = 1000  # a change is on disk within this: a slow write (a large store) waits less first
RETRY_MS = 5_000  # after a failed save, try again this much later
SAVE = "save"  # the key of the save's tasks
NOTES_NOT_LOADED = QT_TRANSLATE_NOOP(
    "Store", "the notes could not be read, so nothing is saved over the file that holds them")


class SaveOutcome(NamedTuple):
    """What one save did: `error` is None when the file was written."""

    error: str | None = None
    replaced: int = 0
    write_ms: float = 0.0  # how long encoding and writing took


class StoreKeeper(QObject):
    """Owns the Store: coalesces changes into atomic saves in the background."""

    save_failed = Signal(str)  # why, in plain words
    saved = Signal()
    text_replaced = Signal(int)  # characters UTF-8 cannot hold were written as U+FFFD

    def __init__(self, store: Store, parent: QObject | None = None, *, tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks if tasks is not None else Tasks(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_in_background)
        self._dirty = False
        self._first_change: float | None = None
        self._sections: dict[str, Callable[[], Iterable[object]]] = {}
        self.sections = Sections(store, self.changed)  # who owns which part of the document
        self._replaced_told = 0
        self._write_ms = _guess_write_ms(store.path)  # the last save's, to start the next early enough
        self.last_error: str | None = None
        self.owner_check: Callable[[], str | None] = lambda: None
        # after the folder was lost: take it back and merge what was saved there meanwhile
        # (None: done, or nothing to do; else why not) — Retry at quit asks it first
        self.reclaim: Callable[[], str | None] = lambda: None
        self.edits_in_memory = False  # read-only, yet notes may change: kept here, offered as a copy
        # Set while the store's notes are read in the background: nothing is saved then (a save
        # would write a store without them); calling it brings them in now (a quit), True once in.
        self.notes_loading: Callable[[], bool] | None = None

    def add_section(self, key: str, items: Callable[[], Iterable[object]], *, owner: object) -> None:
        """The document's list `key` is saved from `items()`: immutable objects with a
        `to_json()`. The window's thread only copies the list; the worker makes the JSON,
        so 100,000 notes cost the window almost nothing. (store.data[key] then keeps the
        entries as loaded; the owner of the section is the one to ask for the live ones.)"""
        self.sections.register(key, owner)
        self._sections[key] = items

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def unsaved(self) -> bool:
        """True while some change is not known to be on disk."""
        return self._dirty or self.tasks.active(SAVE)

    def changed(self, *, kept: bool = False) -> None:
        """Call after changing store data; the save follows shortly. In a read-only store a
        change that is `kept` (a note: the user would miss it) stays unsaved in memory, so
        quitting offers to save a copy."""
        if self.store.read_only:
            self._dirty = self._dirty or kept
            return
        self._dirty = True
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        waited_ms = (now - self._first_change) * 1000
        quiet_ms, max_wait_ms = self.delays_ms()
        self._timer.start(int(max(0.0, min(quiet_ms, max_wait_ms - waited_ms))))

    def delays_ms(self) -> tuple[float, float]:
        """(quiet time after a change, longest wait after the first unsaved one): shortened when
        the last write was slow (100,000 notes write in 0.4 s), so that the write, with as much
        again to spare, still ends within ON_DISK_MS of the change."""
        room = ON_DISK_MS - 2 * self._write_ms
        return max(100.0, min(SAVE_DELAY_MS, room)), max(100.0, min(MAX_WAIT_MS, room))

    def save_in_background(self) -> None:
        """Snapshot now, write in a worker; with a save already in flight, this one follows it
        (a newer snapshot taken before it starts replaces it: each holds the whole document)."""
        if not self._dirty or self.store.read_only or self.notes_loading or not self._still_owner():
            return  # while the notes load, the changes wait (loaded() saves them)
        document = self._snapshot()
        if document is None:
            return
        self.tasks.run(lambda _task: self._write(document), done=self._save_finished,
                       failed=self._save_crashed, key=SAVE, mode=Mode.SERIAL)

    def flush(self) -> bool:
        """Save now and wait for it (quitting); False when the changes are not on disk."""
        self._timer.stop()
        # The saves in flight end here and their outcomes are taken now (their queued notices
        # are then ignored). Only a failed save makes its changes pending again, so quitting
        # right after a successful save of 100,000 notes does not write them all a second time.
        self.tasks.wait(SAVE)
        if self._dirty and not self.notes_in():  # nothing changed: quit without reading them
            return not self._dirty
        if self.store.read_only:
            if self._dirty:
                self.last_error = translated(store_message(READ_ONLY))
            return not self._dirty
        if self._dirty and self._still_owner():
            document = self._snapshot()
            if document is not None:
                self._apply(self._write(document))
        return not self._dirty

    def save_copy(self, destination: Path) -> str | None:
        """Write the current notes and settings to `destination`; the error, or None.

        The data folder's own file is still unsaved afterwards (discard() says otherwise)."""
        self.notes_in()
        document = self._copy_document()
        if document is None:
            return self.last_error
        try:
            self.store.write_copy(document, destination)
        except (OSError, TypeError, ValueError, RecursionError, MemoryError) as error:  # never out of a close
            log.error("saving a copy to %s failed: %s", destination, error)
            return _describe(error)
        return None

    def loaded(self) -> None:
        """The notes are in: saving resumes, with what changed while they loaded."""
        self.notes_loading = None
        if self._dirty:
            self.changed(kept=True)

    def notes_in(self) -> bool:
        """Finish loading the notes now (quitting, or a copy or an export of them all); False,
        said why, when they cannot be."""
        if self.notes_loading is not None and not self.notes_loading():
            self.last_error = translated(store_message(NOTES_NOT_LOADED))
            return False
        return True

    def discard(self) -> None:
        """The user chose to quit without saving: forget what is pending."""
        self._timer.stop()
        self._dirty = False
        self._first_change = None

    # -- the save itself ---------------------------------------------------------------------

    def _snapshot(self) -> Data | None:
        """The document to save now; from here on, only later changes count as unsaved."""
        document = self._copy_document()
        if document is not None:
            self._dirty = False
            self._first_change = None
        return document

    def _copy_document(self) -> Data | None:
        """The document as it is now; runs on the window's thread."""
        try:
            data = self.store.data
            document = snapshot({k: v for k, v in data.items() if k not in self._sections})
            document.update((key, list(items())) for key, items in self._sections.items())
        except Exception as error:  # a bug in a writer must not lose the user's changes silently
            log.exception("preparing the save failed")
            self._fail(_describe(error))
            return None
        return document

    def _write(self, document: Data) -> SaveOutcome:
        """Encode and write; a failure the disk can cause is an outcome, told to the user."""
        started = time.monotonic()
        try:
            replaced = self.store.write(document)
        except (OSError, StoreError, TypeError, ValueError, RecursionError, MemoryError) as error:
            log.error("saving %s failed: %s", self.store.path, error)
            return SaveOutcome(_describe(error))
        return SaveOutcome(None, replaced, (time.monotonic() - started) * 1000)

    def _still_owner(self) -> bool:
        """Before each save: is this window still the data folder's only writer?"""
        problem = self.owner_check()
        if problem is None:
            return True
        self._fail(problem)
        return False

    def _save_crashed(self, error: BaseException) -> None:
        """A bug in the save itself (Tasks logged it): its changes stay pending, and are retried."""
        self._save_finished(SaveOutcome(_describe(error)))

    def _save_finished(self, outcome: SaveOutcome) -> None:
        self._apply(outcome)
        if self._dirty and not self._timer.isActive() and not self.tasks.active(SAVE):
            self._timer.start(RETRY_MS if outcome.error else 0)

    def _apply(self, outcome: SaveOutcome) -> None:
        if outcome.error is not None:
            self._fail(outcome.error)
            return
        self.last_error = None
        self._write_ms = outcome.write_ms
        if outcome.replaced and outcome.replaced != self._replaced_told:
            self._replaced_told = outcome.replaced
            self.text_replaced.emit(outcome.replaced)
        self.saved.emit()

    def _fail(self, reason: str) -> None:
        """The changes stay pending (tried again later and at quit) and the user is told."""
        self._dirty = True
        if self._first_change is None:
            self._first_change = time.monotonic()
        self.last_error = reason
        self.save_failed.emit(reason)


def _guess_write_ms(path: Path) -> float:
    """Before the first save: the time a file as large as the one there took to write here."""
    try:
        return path.stat().st_size / 1e6 * WRITE_MS_PER_MB
    except OSError:
        return 0.0


def _describe(error: BaseException) -> str:
    """A failure in plain words, naming the real cause (disk full, permission denied…)."""
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}"
    return str(error) or type(error).__name__
