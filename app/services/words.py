"""The search index, keywords and related essays: built off the UI thread, jieba off-process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import script
from app.core.library import Library
from app.services.tasks import Task, Tasks

if TYPE_CHECKING:  # the index's modules load on the worker that builds it, after the first paint
    from app.core.search import LibraryIndex
    from app.core.words import EssayWords
    from app.services.word_worker import CutText

WORDS = "words"  # the key of the index's build
REBUILD_DELAY_MS = 300  # from a library change to the index's rebuild


class WordsService(QObject):
    """Everything that needs real words. `ready` fires (on the UI thread) when it is usable;
    until then `index` is None and the window shows "preparing…".

    A background thread converts the essays to Simplified and reads their cached cuts;
    texts without one are cut by jieba in a worker process (see word_worker), so jieba's
    dictionary never lives in the window's process.
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, cache_dir: Path, parent: QObject | None = None, *,
                 tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else Tasks(self)
        self._library = library
        self._cache_dir = cache_dir
        self._index: LibraryIndex | None = None
        self._general_idf: dict[str, float] = {}
        self._general_default = 0.0
        self._rebuild = QTimer(self, singleShot=True, interval=REBUILD_DELAY_MS)
        self._rebuild.timeout.connect(self.start)

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

    def start(self, library: Library | None = None) -> Task:
        """(Re)build in the background: at start, and whenever the library changes (a newer
        build supersedes an older one, which stops early)."""
        self._rebuild.stop()  # this build stands for one asked to follow soon
        if library is not None:
            self._library = library
            self._index = None
        library = self._library
        return self.tasks.run(lambda task: self._build(library, task.cancelled), done=self._built,
                              failed=lambda error: self.failed.emit(str(error)), key=WORDS)

    def rebuild_soon(self, library: Library) -> None:
        """The library changed: no index until rebuilt, and the build once the window has shown
        and painted the change (started at once, it would share the interpreter with the tree
        and the reader's render and stretch the window's stall; issue 22). Changes in a row
        make one build."""
        self.tasks.cancel(WORDS)
        self._library, self._index = library, None
        self._rebuild.start()

    def stop(self) -> None:
        """Abandon any build under way (the window is closing); a worker is ended at once."""
        self._rebuild.stop()
        self.tasks.cancel(WORDS)

    def wait(self, timeout: float | None = None) -> bool:
        """For command-line use and tests: block until the current build ends (and is in place)."""
        self.tasks.wait(WORDS, timeout)
        return self._index is not None

    def _build(self, library: Library, cancelled: Callable[[], bool]) -> _Built | None:
        """In the worker; None when cancelled. A broken jieba install raises: `failed` says so."""
        from app.core.search import LibraryIndex  # noqa: PLC0415  (see above)
        from app.core.words import Cancelled, assemble_words, prepare_library  # noqa: PLC0415

        try:
            prepared = prepare_library(library, cancelled)
            cuts = self._cuts([normal for _essay, normal, _map in prepared], cancelled)
            _stop_if(cancelled)  # the window may have closed meanwhile: leave the rest undone
            words = assemble_words(prepared, [cut.terms for cut in cuts])
            for cut in cuts:  # freed essay by essay: all at once holds the window's thread
                cut.terms.clear()
            _stop_if(cancelled)
            index = LibraryIndex(words.values())
            # a query is matched in Simplified, whatever its script: never load those on the UI thread
            script.warm_up(only=script.towards(script.Script.SIMPLIFIED))
        except (Cancelled, InterruptedError):
            return None
        general_idf = index.general_idf(cut.idf for cut in cuts)
        return _Built(index, general_idf, cuts[0].default_idf if cuts else 0.0)

    def _built(self, built: _Built | None) -> None:
        if built is None:
            return
        self._index = built.library_index
        self._general_idf, self._general_default = built.general_idf, built.general_default
        self.ready.emit()

    def _cuts(self, texts: list[str], cancelled: Callable[[], bool]) -> list[CutText]:
        """Each text's cut, from the cache; the texts missing there go to the worker first."""
        from app.services.word_worker import WorkerFailed, cut_in_worker, read_cached, text_key  # noqa: PLC0415

        keys = [text_key(text) for text in texts]
        words: dict[str, str] = {}  # one string per word of the library
        cached = {key: read_cached(self._cache_dir, key, words) for key in keys}
        missing = {key: text for key, text in zip(keys, texts, strict=True) if cached[key] is None}
        if missing:
            cut_in_worker(self._cache_dir, missing, cancelled)
            cached.update({key: read_cached(self._cache_dir, key, words) for key in missing})
        cuts = [cut for key in keys if (cut := cached[key]) is not None]
        if len(cuts) != len(keys):
            raise WorkerFailed("the word worker did not write its results")
        return cuts


class _Built(NamedTuple):
    """A finished build, handed to the window's thread."""

    library_index: LibraryIndex
    general_idf: dict[str, float]
    general_default: float


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        from app.core.words import Cancelled  # noqa: PLC0415  (loaded by _build already)

        raise Cancelled
