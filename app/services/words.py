"""The search index, keywords and related essays: built off the UI thread, jieba off-process."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.core import script
from app.core.library import Library
from app.core.search import LibraryIndex
from app.core.words import Cancelled, EssayWords, assemble_words, prepare_library
from app.services.word_worker import CutText, WorkerFailed, cut_in_worker, read_cached, text_key

log = logging.getLogger(__name__)


class WordsService(QObject):
    """Everything that needs real words. `ready` fires (on the UI thread) when it is usable;
    until then `index` is None and the window shows "preparing…".

    A background thread converts the essays to Simplified and reads their cached cuts;
    texts without one are cut by jieba in a worker process (see word_worker), so jieba's
    dictionary never lives in the window's process.
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._cache_dir = cache_dir
        self._index: LibraryIndex | None = None
        self._general_idf: dict[str, float] = {}
        self._general_default = 0.0
        self._generation = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def index(self) -> LibraryIndex | None:
        return self._index

    def words(self, essay_id: str) -> EssayWords | None:
        index = self._index
        return index.essays.get(essay_id) if index else None

    def keywords(self, essay_id: str) -> list[str]:
        index = self._index
        if index is None or essay_id not in index.essays:
            return []
        return index.keywords(essay_id, general_idf=self._general_idf,
                              general_default=self._general_default)

    def start(self, library: Library | None = None) -> threading.Thread:
        """(Re)build in the background: at start, and whenever the library changes."""
        with self._lock:
            self._generation += 1
            generation = self._generation
            if library is not None:
                self._library = library
                self._index = None
        thread = threading.Thread(target=self._build, args=(generation, self._library),
                                  name="words", daemon=True)
        thread.start()
        self._thread = thread
        return thread

    def stop(self) -> None:
        """Abandon any build under way (the window is closing); a worker is ended at once."""
        with self._lock:
            self._generation += 1

    def wait(self, timeout: float | None = None) -> bool:
        """For command-line use and tests: block until the current build ends."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._index is not None

    def _build(self, generation: int, library: Library) -> None:
        def cancelled() -> bool:
            return generation != self._generation

        try:
            prepared = prepare_library(library, cancelled)
            cuts = self._cuts([normal for _essay, normal, _map in prepared], cancelled)
            _stop_if(cancelled)  # the window may have closed meanwhile: leave the rest undone
            words = assemble_words(prepared, [cut.terms for cut in cuts])
            for cut in cuts:  # freed essay by essay: all at once holds the window's thread
                cut.terms.clear()
            _stop_if(cancelled)
            index = LibraryIndex(words.values())
            script.warm_up()  # keywords are shown converted: never load a dictionary on the UI thread
        except (Cancelled, InterruptedError):
            return
        except Exception as error:  # a broken jieba install must not take the reader down
            log.exception("building the word index failed")
            self._tell(self.failed, str(error))
            return
        with self._lock:
            if cancelled():
                return  # the library changed meanwhile; a newer build is on its way
            self._general_idf = {term: value for cut in cuts for term, value in cut.idf.items()}
            self._general_default = cuts[0].default_idf if cuts else 0.0
            self._index = index
        self._tell(self.ready)

    def _cuts(self, texts: list[str], cancelled: Callable[[], bool]) -> list[CutText]:
        """Each text's cut, from the cache; the texts missing there go to the worker first."""
        keys = [text_key(text) for text in texts]
        cached = {key: read_cached(self._cache_dir, key) for key in keys}
        missing = {key: text for key, text in zip(keys, texts, strict=True) if cached[key] is None}
        if missing:
            cut_in_worker(self._cache_dir, missing, cancelled)
            cached.update({key: read_cached(self._cache_dir, key) for key in missing})
        cuts = [cut for key in keys if (cut := cached[key]) is not None]
        if len(cuts) != len(keys):
            raise WorkerFailed("the word worker did not write its results")
        return cuts

    @staticmethod
    def _tell(signal: SignalInstance, *args: object) -> None:
        """Emit from the worker thread; the window may have closed meanwhile."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted": nobody is listening
            pass


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise Cancelled
