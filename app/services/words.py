"""jieba, the search index, keywords and related essays: built off the UI thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.core.library import Library
from app.core.search import LibraryIndex
from app.core.words import Cancelled, EssayWords, WordModel, analyse_library

log = logging.getLogger(__name__)


class WordsService(QObject):
    """Everything that needs real words. `ready` fires (on the UI thread) when it is usable;
    until then `index` is None and the window shows "preparing…"."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._model = WordModel(cache_dir)
        self._index: LibraryIndex | None = None
        self._general_idf: dict[str, float] = {}
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
        return index.keywords(essay_id, general_idf=self._general_idf)

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
        """Abandon any build under way (the window is closing)."""
        with self._lock:
            self._generation += 1

    def wait(self, timeout: float | None = None) -> bool:
        """For command-line use and tests: block until the current build ends."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._index is not None

    def _build(self, generation: int, library: Library) -> None:
        try:
            if not self._model.ready:
                self._model.load()
                self._general_idf = _general_idf()
            words = analyse_library(self._model, library, lambda: generation != self._generation)
            index = LibraryIndex(words.values(), self._model.cut)
        except Cancelled:
            return
        except Exception as error:  # a broken jieba install must not take the reader down
            log.exception("building the word index failed")
            self._tell(self.failed, str(error))
            return
        with self._lock:
            if generation != self._generation:
                return  # the library changed meanwhile; a newer build is on its way
            self._index = index
        self._tell(self.ready)

    @staticmethod
    def _tell(signal: SignalInstance, *args: object) -> None:
        """Emit from the worker thread; the window may have closed meanwhile."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted": nobody is listening
            pass


def _general_idf() -> dict[str, float]:
    """jieba's IDF table from a general corpus, to steady keyword weights of rare words.

    Read directly: importing jieba.analyse would also load the part-of-speech tagger.
    """
    import jieba  # noqa: PLC0415  (already loaded by the model; never on the start-up path)

    table: dict[str, float] = {}
    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            if value:
                table[word] = float(value)
    except (OSError, ValueError):
        log.warning("jieba's IDF table could not be read; keywords use the library alone")
    return table
