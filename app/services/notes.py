"""Bookmarks and annotations: the live set, undoable changes, and placement in essays."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.anchoring import text_hash
from app.core.library import Essay
from app.core.notes import (
    Annotation,
    Author,
    Bookmark,
    Placement,
    later_stamp,
    login_name,
    place,
    place_bookmark,
)
from app.services.persistence import StoreKeeper
from app.store.groupfiles import store_author


class _Command(QUndoCommand):
    """An undoable change made of two plain functions."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class NotesService(QObject):
    """Owns every note; each change is an undo step and schedules a save."""

    notes_changed = Signal()

    def __init__(self, keeper: StoreKeeper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.undo_stack = QUndoStack(self)
        store = keeper.store
        self._annotations = {a.id: a for a in map(Annotation.from_json, store.notes("annotations"))}
        self._bookmarks = {b.id: b for b in map(Bookmark.from_json, store.notes("bookmarks"))}
        self._hashes: dict[str, tuple[str, str]] = {}  # essay id → (text, hash)
        keeper.add_section("annotations", self._annotations.values)
        keeper.add_section("bookmarks", self._bookmarks.values)

    # -- reading --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.keeper.read_only

    def annotations(self, essay_id: str | None = None) -> list[Annotation]:
        """Live notes (tombstones left out), of one essay or all."""
        notes = self._annotations.values()
        return [a for a in notes if a.deleted is None and (essay_id is None or a.essay_id == essay_id)]

    def all_records(self) -> list[Annotation]:
        """Every annotation this device holds, tombstones included (for the group file)."""
        return list(self._annotations.values())

    def bookmarks(self, essay_id: str | None = None) -> list[Bookmark]:
        marks = self._bookmarks.values()
        return [b for b in marks if essay_id is None or b.essay_id == essay_id]

    def annotation(self, note_id: str) -> Annotation | None:
        return self._annotations.get(note_id)

    def bookmark(self, mark_id: str) -> Bookmark | None:
        return self._bookmarks.get(mark_id)

    def placements(self, essay: Essay) -> dict[str, Placement]:
        """Where each of the essay's annotations is in its current text."""
        current = self._hash(essay)
        return {a.id: place(a.anchor, essay.text, current) for a in self.annotations(essay.id)}

    def bookmark_offset(self, bookmark: Bookmark, essay: Essay) -> int | None:
        return place_bookmark(bookmark, essay.text)

    def _hash(self, essay: Essay) -> str:
        cached = self._hashes.get(essay.id)
        if cached is None or cached[0] is not essay.text:
            cached = (essay.text, text_hash(essay.text))
            self._hashes[essay.id] = cached
        return cached[1]

    @property
    def author(self) -> str | None:
        name = self.keeper.store.profile.get("display_name")
        return name if isinstance(name, str) and name.strip() else None

    def set_author(self, name: str) -> None:
        self.keeper.store.profile["display_name"] = name.strip() or default_author()
        self.keeper.changed()

    @property
    def identity(self) -> Author:
        """Who writes here: name, author id, colour and device (ids are made once)."""
        author = store_author(self.keeper.store)
        return Author(author.name or default_author(), author.id, author.color, author.device)

    def is_mine(self, annotation: Annotation) -> bool:
        """Only the author edits a note (notes from before schema 3 have no author id: ours)."""
        return annotation.author_id in ("", self.identity.id)

    # -- changing (each one undoable) -------------------------------------------------------

    def add_annotation(self, annotation: Annotation, text: str) -> None:
        if not annotation.author_id:
            me = self.identity
            annotation = replace(annotation, author_id=me.id, device=me.device)
        self._push(text, lambda: self._put_annotation(annotation),
                   lambda: self._drop_annotation(annotation.id))

    def update_annotation(self, updated: Annotation, text: str) -> None:
        old = self._annotations[updated.id]
        self._push(text, lambda: self._put_annotation(updated), lambda: self._put_annotation(old))

    def delete_annotation(self, note_id: str, text: str) -> None:
        """Leaves a tombstone (so no group member's copy brings it back); undo revives it, newer."""
        old = self._annotations[note_id]
        self._push(text, lambda: self._put_annotation(self._annotations[note_id].tombstone()),
                   lambda: self._revive(old))

    def _revive(self, old: Annotation) -> None:
        gone = self._annotations[old.id]
        self._put_annotation(replace(old, deleted=None, modified=later_stamp(gone.modified)))

    def add_bookmark(self, bookmark: Bookmark, text: str) -> None:
        self._push(text, lambda: self._put_bookmark(bookmark), lambda: self._drop_bookmark(bookmark.id))

    def update_bookmark(self, updated: Bookmark, text: str) -> None:
        old = self._bookmarks[updated.id]
        self._push(text, lambda: self._put_bookmark(updated), lambda: self._put_bookmark(old))

    def delete_bookmark(self, mark_id: str, text: str) -> None:
        old = self._bookmarks[mark_id]
        self._push(text, lambda: self._drop_bookmark(mark_id), lambda: self._put_bookmark(old))

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        if self.read_only:
            return
        self.undo_stack.push(_Command(text, redo, undo))

    def _put_annotation(self, annotation: Annotation) -> None:
        self._annotations[annotation.id] = annotation
        self._changed()

    def _drop_annotation(self, note_id: str) -> None:
        self._annotations.pop(note_id, None)
        self._changed()

    def _put_bookmark(self, bookmark: Bookmark) -> None:
        self._bookmarks[bookmark.id] = bookmark
        self._changed()

    def _drop_bookmark(self, mark_id: str) -> None:
        self._bookmarks.pop(mark_id, None)
        self._changed()

    def _changed(self) -> None:
        self.keeper.changed()
        self.notes_changed.emit()


def default_author() -> str:
    return login_name()
