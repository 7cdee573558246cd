"""A large store's notes, read once the window is up.

The window starts on the head of store.json (preferences, reading places, profile: see
app/store/layout.py) and shows the essay at once; the notes (60 MB at 100,000) are read,
checked and made into objects in a worker, then join the notes service. Until then nothing
is saved, so no save can write a store without them, and a note made meanwhile joins the
loaded ones. A quit (or a copy) before they are in waits for them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal

from app.core.merge import newer
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.notes import Annotation, Bookmark
from app.services.collector import held_for_bulk
from app.services.persistence import StoreKeeper
from app.services.tasks import Task, Tasks
from app.store import Store
from app.store.validation import store_message

log = logging.getLogger(__name__)

LOAD = "load-notes"  # the key of the background read
NOT_READ = QT_TRANSLATE_NOOP(
    "Store", "Your notes could not be read ({error}). Nothing is saved in this session, so the file "
    "that holds them stays as it is; details are in the log.")

Data = dict[str, Any]


class HeldNotes(NamedTuple):
    """A store's notes made into objects, by id, and its annotations by essay: all of them, and
    the live ones (what the reader sees when no group adds its own)."""

    annotations: dict[str, Annotation]
    by_essay: dict[str, dict[str, Annotation]]
    bookmarks: dict[str, Bookmark]
    live: dict[str, dict[str, Annotation]]


def read_notes(annotations: list[Any], bookmarks: list[Any]) -> HeldNotes:
    """A store's notes lists (validated) as objects; in a worker for a large store."""
    notes = {a.id: a for a in map(Annotation.from_json, annotations)}
    index: dict[str, dict[str, Annotation]] = {}
    live: dict[str, dict[str, Annotation]] = {}
    for note in notes.values():
        index.setdefault(note.essay_id, {})[note.id] = note
        if note.deleted is None:
            live.setdefault(note.essay_id, {})[note.id] = note
    return HeldNotes(notes, index, {b.id: b for b in map(Bookmark.from_json, bookmarks)}, live)


def winning_meanwhile(made: Iterable[Annotation],
                      loaded: dict[str, Annotation]) -> tuple[list[Annotation], bool]:
    """The notes made while the notes loaded that win over the loaded version of the same note
    (an import of an old export puts in older copies of loaded notes), and whether any had one."""
    now, kept, clashed = datetime.now(UTC), [], False
    for note in made:
        held = loaded.get(note.id)
        if held is not None:
            clashed = True
            record = note.to_json()
            if newer(record, held.to_json(), now) is not record:
                continue  # the loaded one is newer, or deleted: it stays
        kept.append(note)
    return kept, clashed


def _listed(data: Data, key: str) -> list[Any]:
    """A notes list as the store file held it (read without adding the key)."""
    held = data.get(key)
    return held if isinstance(held, list) else []


class TakesNotes(Protocol):
    """The notes service, as the load sees it."""

    def take_loaded(self, held: HeldNotes) -> None: ...


class NotesLoad(QObject):
    """Reads the notes a two-step load left for later, and hands them over on the window's thread."""

    finished = Signal(list)  # what to tell the user about the notes (damage, the backup used)

    def __init__(self, store: Store, keeper: StoreKeeper, notes: TakesNotes, tasks: Tasks,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._keeper, self._notes, self._tasks = store, keeper, notes, tasks
        self._started = False
        if store.notes_pending:
            keeper.notes_loading = self.finish_now

    @property
    def pending(self) -> bool:
        return self._store.notes_pending

    def start(self) -> None:
        """Read them in the background (the window asks once its first frame is up)."""
        if not self._started and self.pending:
            self._started = True
            self._tasks.run(self._read, done=self._deliver, failed=self._crashed, key=LOAD)

    def finish_now(self) -> bool:
        """Read them here and now when they are not in yet (quitting); True once they are."""
        self.start()
        self._tasks.wait(LOAD)
        return not self.pending

    def _read(self, _task: Task) -> tuple[Data, HeldNotes, list[Message]]:
        with held_for_bulk():  # a million objects kept for good: no collection walks them
            data, messages = self._store.read_rest()
            return data, read_notes(_listed(data, "annotations"), _listed(data, "bookmarks")), messages

    def _deliver(self, result: tuple[Data, HeldNotes, list[Message]]) -> None:
        data, held, messages = result
        self._store.take_rest(data)
        self._notes.take_loaded(held)
        self._keeper.loaded()
        self.finished.emit(messages)

    def _crashed(self, error: BaseException) -> None:
        """A bug (Tasks logged it): saving stays off, so the file keeps the notes; said once."""
        self.finished.emit([store_message(NOT_READ, error=type(error).__name__)])
