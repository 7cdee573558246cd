"""The dictionary, loaded off the window's thread on the first lookup, and lookups through it.

Nothing is read at start: the first lookup starts the load (about half a second) on a worker
through `Tasks` and the card says "loading…"; lookups asked meanwhile are answered, newest
only, once it is there. Lookups themselves are well under a millisecond (parsed lines only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.script import Script
from app.services.tasks import Tasks

if TYPE_CHECKING:  # the dictionary's modules load with it, on the first lookup
    from app.core.dictionary import Definition, Dictionary

log = logging.getLogger(__name__)
LOAD = "dictionary-load"
LOOKUP = "dictionary-lookup"


class DictionaryService(QObject):
    """Owns CC-CEDICT in memory; `ready` once loaded, `failed(reason)` when it cannot be."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, tasks: Tasks | None = None,
                 path: Path | None = None) -> None:
        """`path`: a CC-CEDICT file (gzip) instead of the shipped one (tests)."""
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else Tasks(self)
        self._path = path
        self._book: Dictionary | None = None
        self._error = ""
        self._pending: tuple[str, Script | None, Callable[[Definition], None],
                             Callable[[str], None]] | None = None

    @property
    def loaded(self) -> bool:
        return self._book is not None

    @property
    def error(self) -> str:
        return self._error

    @property
    def date(self) -> str:
        return self._book.date if self._book else ""

    def load_in_background(self) -> None:
        """Start loading, once (a second call while loading or loaded does nothing)."""
        if self._book is not None or self._error or self.tasks.active(LOAD):
            return
        path = self._path
        self.tasks.run(lambda _task: _load_all(path), done=self._loaded, failed=self._not_loaded,
                       key=LOAD)

    def lookup(self, word: str, source: Script | None, done: Callable[[Definition], None],
               failed: Callable[[str], None] = lambda _reason: None) -> None:
        """`done(definition)` on the window's thread: now when loaded, else after loading;
        `failed(reason)` there instead when this word's look-up broke (not loading: `failed`).

        The readings are made on a worker (pypinyin and ToJyutping load on first use); a newer
        lookup supersedes an older one still on its way.
        """
        if self._book is None:
            self._pending = (word, source, done, failed)
            self.load_in_background()
            return
        book = self._book

        def broke(error: BaseException) -> None:
            log.warning("lookup of %r failed: %s", word, error)
            failed(repr(error))

        self.tasks.run(lambda _task: book.lookup(word, source), done=done, failed=broke, key=LOOKUP)

    def lookup_now(self, word: str, source: Script | None = None) -> Definition:
        """Load if needed and look up here (the command line); DictionaryError when unreadable."""
        if self._book is None:
            self.tasks.wait(LOAD)
        if self._book is None:
            from app.core.dictionary import load  # noqa: PLC0415  (see _load_all)

            self._book = load(self._path)
        return self._book.lookup(word, source)

    def wait(self, timeout: float | None = None) -> bool:
        return self.tasks.wait([LOAD, LOOKUP], timeout)

    def stop(self) -> None:
        self.tasks.cancel(LOOKUP)
        self.tasks.cancel(LOAD)

    def _loaded(self, book: Dictionary) -> None:
        self._book = book
        self.ready.emit()
        if self._pending is not None:
            word, source, done, failed = self._pending
            self._pending = None
            self.lookup(word, source, done, failed)

    def _not_loaded(self, error: BaseException) -> None:
        from app.core.dictionary import DictionaryError  # noqa: PLC0415  (see _load_all)

        self._error = str(error) if isinstance(error, DictionaryError) else repr(error)
        log.warning("dictionary not loaded: %s", self._error)
        self._pending = None
        self.failed.emit(self._error)


def _load_all(path: Path | None) -> Dictionary:
    """The dictionary, and the readings' libraries with it: the card waits once, not twice.
    Its modules are imported here, on the worker: the window's start does without them."""
    from app.core import readings  # noqa: PLC0415
    from app.core.dictionary import load  # noqa: PLC0415

    book = load(path)
    readings.warm_up()
    return book
