"""The one owner of the library: loading, reloading, importing, removing, the library folder.

Everything else follows its `library_changed` signal (the reading service swaps the library
in; the tree, the panels and the word index follow the reading service). Slow work — reading
and parsing imported files, loading a large library, reading a group's essays/ (perhaps on a
slow network share) — runs through Tasks; the library is swapped on the UI thread when done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.core.essay_folder import load_library
from app.core.importers import ImportFailed, document_from_text, read_document
from app.core.importers.document import EMPTY_CLIPBOARD, FAILED_UNEXPECTEDLY, NOT_SAVED, Document, failed
from app.core.library import Collection, Library
from app.core.messages import Message, say
from app.services.notes import FunctionStep
from app.services.preferences import Preferences
from app.services.tasks import Mode, Task, Tasks
from app.store.library_folder import Manifest
from app.store.user_library import Outcome, UserLibrary, expand_paths, read_import_file

log = logging.getLogger(__name__)
T = TypeVar("T")
_Read = tuple[list[Manifest], list[Collection], list[Message | str]]  # manifests, collections, problems
DEFER_ABOVE = 20  # imported collections; a larger library finishes loading after the window shows
JOBS = "library"  # the key of imports and the rest of a large library's load (each one delivered)


class Source(NamedTuple):
    """A read-only folder of .txt essays shown as its own group (a study group's essays/)."""

    key: str  # also the group key of its collections
    prefix: str
    folder: Path
    title: str


class LibraryService(QObject):
    """Owns the Library object and the user's library folder."""

    library_changed = Signal(object)  # the new Library
    import_started = Signal(int)  # number of files
    import_progress = Signal(int, int, str)  # done, total, file name
    import_finished = Signal(object)  # list[Outcome]

    def __init__(self, seeds: Path, user: UserLibrary, prefs: Preferences, undo_stack: QUndoStack,
                 parent: QObject | None = None, *, tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else Tasks(self)
        self._seeds = seeds
        self.user = user
        self.prefs = prefs
        self.undo_stack = undo_stack
        self._sources: dict[str, Source] = {}
        self._manifests: dict[str, Manifest] = {}
        self._removed: dict[str, tuple[int, Collection, Manifest]] = {}
        self._samples: list[Collection] = []
        self._problems: list[Message | str] = []
        self._user_collections: list[Collection] = []
        self._source_collections: dict[str, list[Collection]] = {}
        self.library = Library()
        self._busy = 0
        self._loading = 0
        self._load_started = False

    # -- loading ---------------------------------------------------------------------------

    def load(self, first_essay: str | None = None) -> Library:
        """Read the library (start-up and F5): samples, imported collections, sources.

        With `first_essay` (start-up) and a large library, only that essay's collection is
        read now; `finish_loading()` (called once the window has painted) reads the rest on a
        worker thread (`loading` until then), so the window starts as fast with 200
        collections as with the samples.
        """
        self._problems = []
        self._samples = self._load_samples()
        for source in list(self._sources.values()):  # read again in the background (a network share)
            self.add_source(source.key, source.prefix, source.folder, source.title)
        if first_essay is not None and self.user.folder.count() > DEFER_ABOVE:
            self._load_first(first_essay.partition("#")[0])
        else:
            self._user_collections, self._manifests = [], {}
            self._user_library_read(self._read_user_library())
            return self.library
        return self._publish()

    @property
    def loading(self) -> bool:
        return self._loading > 0

    def finish_loading(self) -> None:
        """Read the rest of a large library in the background (after the first paint, so the
        worker does not compete with the window for the interpreter while it starts)."""
        if self._loading and not self._load_started:
            self._load_started = True
            nothing: _Read = ([], [], [])
            self._run(self._read_user_library, self._user_library_read, nothing)

    def _load_first(self, cid: str) -> None:
        manifest = self.user.folder.manifest(cid)
        self._user_collections, self._manifests = [], {}
        if manifest is not None:
            try:
                self._user_collections = [self.user.load_one(manifest)]
                self._manifests = {cid: manifest}
            except ImportFailed:
                pass  # the full load reports it
        self._loading, self._load_started = 1, False

    def _read_user_library(self) -> _Read:
        manifests, problems = self.user.folder.manifests()
        collections, load_problems = self.user.load(manifests)
        return manifests, collections, [*problems, *load_problems]

    def _user_library_read(self, result: _Read) -> None:
        """Put the read library in place, keeping anything imported meanwhile."""
        manifests, collections, problems = result
        self._loading = max(0, self._loading - 1)
        meanwhile = [c for c in self._user_collections
                     if c.id in self._manifests and c.id not in {m.id for m in manifests}]
        self._manifests = {m.id: m for m in manifests} | {c.id: self._manifests[c.id] for c in meanwhile}
        self._user_collections = collections + meanwhile
        self._problems += problems
        self._publish()

    def _load_samples(self) -> list[Collection]:
        if not self.prefs.show_samples:
            return []
        samples = load_library(self._seeds, cache=self.user.cache)
        self._problems += samples.problems
        return samples.collections

    def _publish(self) -> Library:
        collections = [*self._user_collections]
        for key in self._sources:
            collections += self._source_collections.get(key, [])
        collections += self._samples
        self.library = Library(collections, list(self._problems))
        self.library_changed.emit(self.library)
        return self.library

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def group_title(self, key: str) -> str:
        source = self._sources.get(key)
        return source.title if source else key

    def is_user_collection(self, cid: str) -> bool:
        return cid in self._manifests

    def manifest(self, cid: str) -> Manifest | None:
        return self._manifests.get(cid)

    # -- source folders ----------------------------------------------------------------------

    def add_source(self, key: str, prefix: str, folder: Path, title: str) -> None:
        """Show the .txt files of `folder` as the group `key`, read-only and never copied.

        Collection ids are `prefix` + the id `collection_id` derives from each file name, so
        every member of a study group who adds the same folder with the same prefix (e.g. the
        group id) gets the same ids and their notes meet. Call again to re-read the folder;
        `remove_source(key)` takes the group away (its notes show as not in the library).

        The folder is read and parsed in the background (it may be a slow network share); the
        library changes on the UI thread when that is done. A newer call supersedes an older read.
        """
        source = Source(key, prefix, folder, title)
        self._sources[key] = source
        cache = self.user.cache
        self.tasks.run(lambda _task: load_library(folder, prefix, key, cache),
                       done=lambda loaded: self._source_read(source, loaded), key=_source_task(key))

    def _source_read(self, source: Source, loaded: Library) -> None:
        if self._sources.get(source.key) is not source:
            return  # removed (or added again) while it was read
        self._source_collections[source.key] = loaded.collections
        self._problems += loaded.problems
        self._publish()

    def remove_source(self, key: str) -> None:
        self.tasks.cancel(_source_task(key))
        if self._sources.pop(key, None) is not None:
            self._source_collections.pop(key, None)
            self._publish()

    # -- samples ---------------------------------------------------------------------------

    def set_show_samples(self, on: bool) -> None:
        """Show or hide the "Sample essays" group (notes on them stay, as not in the library)."""
        if on == self.prefs.show_samples:
            return
        self.prefs.show_samples = on
        self._samples = self._load_samples()
        self._publish()

    # -- importing -------------------------------------------------------------------------

    def importable(self, paths: Sequence[Path]) -> list[Path]:
        return expand_paths(paths)

    def existing_by_name(self, name: str) -> Manifest | None:
        return next((m for m in self._manifests.values() if m.original_name == name), None)

    def import_files(self, paths: Sequence[Path], update_names: set[str] | None = None) -> None:
        """Import in the background; `update_names` are files the user agreed may update the
        collection imported earlier from a file of the same name."""
        files = expand_paths(paths)
        allowed = update_names or set()
        reserved = self._reserved_ids()
        self._busy += 1
        self.import_started.emit(len(files))

        def work(task: Task) -> list[Outcome]:
            outcomes = []
            for done, path in enumerate(files):
                task.report((done, len(files), path.name))
                outcomes.append(self._import_one(path, reserved, allowed))
            return outcomes

        self.tasks.run(work, done=self._imported, failed=lambda _error: self._imported(_IMPORT_FAILED),
                       progress=lambda step: self.import_progress.emit(*step), key=JOBS, mode=Mode.ALL)

    def import_text(self, text: str, html: str = "", name: str = "") -> None:
        """Paste as New Essay: clipboard text (or its HTML, the article only) as a collection."""
        reserved = self._reserved_ids()
        file_name = name or "pasted.txt"
        self._busy += 1
        self.import_started.emit(1)

        def work() -> list[Outcome]:
            try:
                document = (read_document("pasted.html", html.encode("utf-8")) if html.strip()
                            else document_from_text(text))
                data = _document_bytes(document, text)
            except ImportFailed as error:
                return [Outcome(file_name, "failed", error.message)]
            return [self._guard(file_name, lambda: self.user.import_data(
                _paste_name(file_name, data), data, reserved=reserved, may_update=lambda _m: False))]

        self._run(work, self._imported, _IMPORT_FAILED)

    def update_collection(self, cid: str, path: Path) -> None:
        """Replace a collection's text with a changed file; notes find their passages by quote."""
        manifest = self._manifests.get(cid)
        if manifest is None:
            return
        self._busy += 1
        self.import_started.emit(1)

        def work() -> list[Outcome]:
            return [self._guard(path.name, lambda: self.user.update_data(
                manifest, path.name, read_import_file(path)))]

        self._run(work, self._imported, _IMPORT_FAILED)

    def _import_one(self, path: Path, reserved: set[str], allowed: set[str]) -> Outcome:
        return self._guard(path.name, lambda: self.user.import_data(
            path.name, read_import_file(path), reserved=reserved,
            may_update=lambda m: m.original_name in allowed))

    @staticmethod
    def _guard(name: str, step: Callable[[], Outcome]) -> Outcome:
        """One file's failure is that file's message; the other files still import."""
        try:
            return step()
        except ImportFailed as error:
            return Outcome(name, "failed", error.message)
        except OSError as error:
            log.error("importing %s failed: %s", name, error)
            reason = str(error.strerror or error)
            return Outcome(name, "failed", say("Import", NOT_SAVED, file=name, reason=reason))

    def _reserved_ids(self) -> set[str]:
        return {c.id for c in self.library.collections}

    def _imported(self, outcomes: list[Outcome]) -> None:
        self._busy -= 1
        for outcome in outcomes:
            if outcome.collection is None or outcome.manifest is None:
                continue
            self._manifests[outcome.manifest.id] = outcome.manifest
            self._removed.pop(outcome.manifest.id, None)
            self._put(outcome.collection)
        if any(o.collection is not None for o in outcomes):
            self._publish()
        self.import_finished.emit(outcomes)

    def _put(self, collection: Collection) -> None:
        rows = [n for n, c in enumerate(self._user_collections) if c.id == collection.id]
        if rows:
            self._user_collections[rows[0]] = collection
        else:
            self._user_collections.append(collection)

    # -- changing collections (undoable) -----------------------------------------------------

    def rename(self, cid: str, title: str, label: str) -> None:
        old = self._manifests.get(cid)
        if old is None or not title.strip():
            return
        new = old._replace(title=title.strip())
        self.undo_stack.push(FunctionStep(label, lambda: self._set_manifest(new),
                                      lambda: self._set_manifest(old)))

    def _set_manifest(self, manifest: Manifest) -> None:
        self.user.folder.write_manifest(manifest)
        self._manifests[manifest.id] = manifest
        collection = self.library.collection(manifest.id)
        if collection is not None:
            self._put(self.user.load_one(manifest))
            self._publish()

    def remove(self, cid: str, label: str) -> None:
        """Take a collection out of the library; undo puts it back. Its notes are kept."""
        if cid not in self._manifests:
            return
        self.undo_stack.push(FunctionStep(label, lambda: self._remove(cid), lambda: self._restore(cid)))

    def _remove(self, cid: str) -> None:
        self.user.folder.remove(cid)
        row = next(n for n, c in enumerate(self._user_collections) if c.id == cid)
        self._removed[cid] = (row, self._user_collections.pop(row), self._manifests.pop(cid))
        self._publish()

    def _restore(self, cid: str) -> None:
        row, collection, manifest = self._removed.pop(cid)
        self.user.folder.restore(cid)
        self._manifests[cid] = manifest
        self._user_collections.insert(row, collection)
        self._save_order()
        self._publish()

    def position(self, cid: str) -> tuple[int, int]:
        """The row of a user collection among the user's collections, and how many there are."""
        ids = [c.id for c in self._user_collections]
        return (ids.index(cid) if cid in ids else -1), len(ids)

    def move(self, cid: str, step: int) -> None:
        """Move a collection up (-1) or down (+1) among the user's collections."""
        ids = [c.id for c in self._user_collections]
        if cid not in ids:
            return
        row = ids.index(cid)
        target = row + step
        if 0 <= target < len(ids):
            items = self._user_collections
            items[row], items[target] = items[target], items[row]
            self._save_order()
            self._publish()

    def _save_order(self) -> None:
        self.user.folder.set_order([c.id for c in self._user_collections])

    # -- the background helper --------------------------------------------------------------

    def _run(self, work: Callable[[], T], done: Callable[[T], None], failed: T) -> None:
        """`work` on a worker thread; `done(result)` on the UI thread afterwards (`done(failed)`
        if the work raised: a bug must not leave an import hanging). Nothing is emitted from the
        worker: progress goes through the task's reports."""
        self.tasks.run(lambda _task: work(), done=done, failed=lambda _error: done(failed),
                       key=JOBS, mode=Mode.ALL)

    def wait(self, timeout: float | None = None) -> None:
        """For tests and the command line: block until the library's jobs and source reads end
        (their results are in place on return)."""
        self.tasks.wait([JOBS, *map(_source_task, self._sources)], timeout)


_IMPORT_FAILED = [Outcome("", "failed", say("Import", FAILED_UNEXPECTEDLY))]


def _source_task(key: str) -> str:
    return f"library-source:{key}"


def _document_bytes(document: Document, text: str) -> bytes:
    """What is kept of a paste: its plain text (the article, for HTML), as UTF-8."""
    body = document.text if not document.sections else text
    if document.title and not body.lstrip().startswith(document.title):
        body = f"{document.title}\n{body}"
    if not body.strip():
        raise failed(EMPTY_CLIPBOARD)
    return body.encode("utf-8")


def _paste_name(default: str, data: bytes) -> str:
    """A pasted essay is named by its first line (as a file without headings is titled)."""
    first = next((line.strip() for line in data.decode("utf-8").split("\n") if line.strip()), "")
    stem = first[:20].replace("/", "-").replace("\\", "-") or "pasted"
    return f"{stem}.txt" if default == "pasted.txt" else default


