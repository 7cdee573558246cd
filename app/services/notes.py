"""Bookmarks and annotations: the live set, undoable changes, and placement in essays."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.anchoring import text_hash
from app.core.library import Essay
from app.core.merge import Merged, Record, is_note_record, merge, mergeable, newer
from app.core.notes import Annotation, Author, Bookmark, Placement, later_stamp, place, place_bookmark
from app.services.changes import NO_ESSAYS, GroupDiff, NoteChanges, changed_essays
from app.services.notes_load import HeldNotes, read_notes, winning_meanwhile
from app.services.persistence import StoreKeeper
from app.services.profile import Profile

log = logging.getLogger(__name__)
T = TypeVar("T")


class FunctionStep(QUndoCommand):
    """An undoable change made of two plain functions."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class NotesService(QObject):
    """Owns every note; each change is an undo step and schedules a save.

    Every change is announced once by `notes_changed` with a `NoteChanges`: what it touched and
    the `origin` that asked for it (each changing method takes one; undo and redo have none)."""

    notes_changed = Signal(object)  # NoteChanges

    def __init__(self, keeper: StoreKeeper, parent: QObject | None = None, *,
                 profile: Profile | None = None) -> None:
        """`profile`: who writes here (the workspace's; one of its own when not given)."""
        super().__init__(parent)
        self.keeper = keeper
        self.profile = profile or Profile(keeper.sections)
        self.undo_stack = QUndoStack(self)
        held = read_notes(_loaded(keeper, "annotations"), _loaded(keeper, "bookmarks"))
        self._annotations, self._own_index, self._bookmarks = held.annotations, held.by_essay, held.bookmarks
        # True while a large store's notes are read in the background (take_loaded ends it)
        self.loading = keeper.store.notes_pending
        self._hashes: dict[str, tuple[str, str]] = {}  # essay id → (text, hash)
        self._group: Merged = {}  # the group's files, merged (tombstones included)
        self._others: dict[str, dict[str, Record]] = {}  # essay id → the group's live notes (JSON)
        self._other_essays: dict[str, str] = {}  # group note id → its essay id
        self._parsed: dict[str, tuple[Record, Annotation]] = {}  # note id → (record, its Annotation)
        self._broken: set[str] = set()  # group notes too damaged to show (logged once)
        self._views: dict[str, dict[str, Annotation]] = {}  # essay id → what the reader sees, by id
        self._placed: dict[str, tuple[str, dict[str, tuple[Annotation, Placement]]]] = {}
        self._my_id: str | None = None
        self._origin: object | None = None  # who asked for the undo step being pushed
        # the live dicts, looked up at each save: take_loaded puts the loaded ones in their place
        keeper.add_section("annotations", lambda: self._annotations.values(), owner=self)  # noqa: PLW0108
        keeper.add_section("bookmarks", lambda: self._bookmarks.values(), owner=self)  # noqa: PLW0108

    def take_loaded(self, held: HeldNotes) -> None:
        """The store's notes, read in the background, join the ones made while they loaded; a
        note both hold (an import put it in meanwhile) keeps its newest version, as a merge does."""
        made, marks = self._annotations.values(), self._bookmarks
        self._annotations, self._own_index, self._bookmarks = held.annotations, held.by_essay, held.bookmarks
        self._views = {} if self._group else held.live  # no group yet: the views are the live notes
        self._placed.clear()
        kept, clashed = winning_meanwhile(made, held.annotations)
        for note in kept:
            self._store_note(note.id, note)
        if clashed:  # its steps knew no loaded notes: undoing one would drop a loaded note
            self.undo_stack.clear()
        self._update_views(frozenset(n.essay_id for n in made), frozenset(n.id for n in made))
        self._bookmarks.update(marks)
        self.loading = False
        marked = frozenset(b.essay_id for b in self._bookmarks.values())
        self.notes_changed.emit(NoteChanges(own=frozenset(self._own_index), bookmarks=marked,
                                            arrived=True))

    # -- reading --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.keeper.read_only and not self.keeper.edits_in_memory

    def annotations(self, essay_id: str | None = None) -> list[Annotation]:
        """Live notes the reader sees (own and the group's, tombstones left out), of one essay or all."""
        if essay_id is not None:
            return list(self._view(essay_id).values())
        return [a for essay in self.annotated_essays() for a in self._view(essay).values()]

    def annotated_essays(self) -> list[str]:
        """Ids of the essays that have live notes (own or the group's), essays of the library
        or not: a caller walks essays, not 100,000 notes."""
        essays = dict.fromkeys([*self._own_index, *self._others])
        return [essay for essay in essays if self._view(essay)]

    def _view(self, essay_id: str) -> dict[str, Annotation]:
        """Built per essay when first asked: a change from the group costs the window only the
        essays it shows, however large the group."""
        view = self._views.get(essay_id)
        if view is None:
            view = self._views[essay_id] = {a.id: a for a in self._merged_view(essay_id)}
        return view

    def _index_note(self, note: Annotation) -> None:
        """Kept up to date note by note: rebuilding it walked every note at each change."""
        self._own_index.setdefault(note.essay_id, {})[note.id] = note

    def _unindex_note(self, note: Annotation) -> None:
        notes = self._own_index.get(note.essay_id, {})
        notes.pop(note.id, None)
        if not notes:
            self._own_index.pop(note.essay_id, None)

    def _merged_view(self, essay_id: str) -> list[Annotation]:
        """Own notes over the group's: per id the merge's winner (a newer copy from another of
        our devices, or a deletion, wins over what this device holds)."""
        own = list(self._own_index.get(essay_id, {}).values())
        if not self._group:
            return [a for a in own if a.deleted is None]
        group_notes = self._others.get(essay_id, {})
        parsed = ((note_id, self._parse(record)) for note_id, record in group_notes.items())
        view = {note_id: note for note_id, note in parsed if note is not None}
        now = datetime.now(UTC)
        for note in own:
            theirs = self._group.get(note.id)
            if theirs is not None and newer(theirs, note.to_json(), now) is theirs:
                continue  # the group's version (already in view when live) wins
            if note.deleted is None:
                view[note.id] = note
            else:
                view.pop(note.id, None)
        return list(view.values())

    def _parse(self, record: Record) -> Annotation | None:
        """A group note as an Annotation, parsed when an essay first shows it; an unchanged file
        keeps its record objects, so its notes are never parsed twice. None for a note another
        member's file holds incomplete (the group reader checks only what merging needs)."""
        held = self._parsed.get(record["id"])
        if held is not None and held[0] is record:
            return held[1]
        if not is_note_record(record):
            if record["id"] not in self._broken:  # said once, not at every redraw
                self._broken.add(record["id"])
                log.warning("group note %s is incomplete in its member's file: not shown", record["id"])
            return None
        note = Annotation.from_json(record)
        self._parsed[note.id] = (record, note)
        return note

    def set_group(self, merged: Merged, others: dict[str, dict[str, Record]],
                  origin: object | None = None, *, changed: GroupDiff | None = None) -> None:
        """The group's merged notes and its live ones by essay (from the group service's worker).
        A read that found nothing new (our own write coming back, an idle poll) announces nothing.
        `changed`: the essays that differ from `base`, worked out by the worker; used when `base`
        is still what this service holds (else the difference is worked out here)."""
        essays = (changed.essays if changed is not None and changed.base is self._group
                  else changed_essays(self._group, merged))
        if not essays:
            return
        self._group, self._others = merged, others
        self._other_essays = {note_id: essay for essay, notes in others.items() for note_id in notes}
        if not merged:
            self._parsed = {}
        self._forget_views(essays)
        self.notes_changed.emit(NoteChanges(group=essays, origin=origin))

    def group_records(self) -> Merged:
        """The group's merged notes as the files hold them (tombstones included)."""
        return self._group

    def all_records(self) -> list[Annotation]:
        """Every annotation this device holds, tombstones included (for the group file)."""
        return list(self._annotations.values())

    def bookmarks(self, essay_id: str | None = None) -> list[Bookmark]:
        marks = self._bookmarks.values()
        return [b for b in marks if essay_id is None or b.essay_id == essay_id]

    def annotation(self, note_id: str) -> Annotation | None:
        """A note the reader can see, by id."""
        own = self._annotations.get(note_id)
        essay = own.essay_id if own is not None else self._other_essays.get(note_id)
        if essay is None:
            return None
        return self._view(essay).get(note_id)

    def bookmark(self, mark_id: str) -> Bookmark | None:
        return self._bookmarks.get(mark_id)

    def placements(self, essay: Essay) -> dict[str, Placement]:
        """Where each of the essay's annotations is in its current text. A note placed before
        in the same text is not placed again (a change in an essay of 3,000 notes places one)."""
        current = self._hash(essay)
        held_hash, held = self._placed.get(essay.id, ("", {}))
        if held_hash != current:
            held = {}
        view = self._view(essay.id)
        for gone in held.keys() - view.keys():
            del held[gone]
        held.update((a.id, (a, place(a.anchor, essay.text, current)))
                    for note_id, a in view.items() if _placed_again(held.get(note_id), a) is None)
        self._placed[essay.id] = (current, held)
        return {note_id: placement for note_id, (_note, placement) in held.items()}

    def placement(self, essay: Essay, note_id: str) -> Placement | None:
        """Where one of the essay's notes is (None: not one of its notes); places only that one."""
        note = self._view(essay.id).get(note_id)
        if note is None:
            return None
        current = self._hash(essay)
        held_hash, held = self._placed.get(essay.id, (current, {}))
        found = _placed_again(held.get(note_id), note) if held_hash == current else None
        if found is None:
            found = (note, place(note.anchor, essay.text, current))
            if held_hash == current:
                held[note_id] = found
                self._placed[essay.id] = (current, held)
        return found[1]

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
        """The name the reader chose, or None (notes are then signed with the profile's fallback)."""
        return self.profile.name

    def set_author(self, name: str, origin: object | None = None) -> None:
        if self.profile.set_name(name):
            self.notes_changed.emit(NoteChanges(author=True, origin=origin))

    @property
    def identity(self) -> Author:
        """Who writes here: name, author id, colour and device (reading it never writes)."""
        return self.profile.author

    def is_mine(self, annotation: Annotation) -> bool:
        """Only the author edits a note (notes from before schema 3 have no author id: ours)."""
        if self._my_id is None:
            self._my_id = self.identity.id  # made once, never changes
        return annotation.author_id in ("", self._my_id)

    # -- changing (each one undoable) -------------------------------------------------------

    def add_annotation(self, annotation: Annotation, text: str, origin: object | None = None) -> None:
        if not annotation.author_id:
            me = self.identity
            annotation = replace(annotation, author_id=me.id, device=me.device)
        self._push(text, lambda: self._put_annotation(annotation),
                   lambda: self._drop_annotation(annotation.id), origin)

    def update_annotation(self, updated: Annotation, text: str, origin: object | None = None) -> None:
        old = self._annotations.get(updated.id)
        self._push(text, lambda: self._put_newest(updated),
                   lambda: self._put_newest(old) if old else self._drop_annotation(updated.id), origin)

    def delete_annotation(self, note_id: str, text: str, origin: object | None = None) -> None:
        """Leaves a tombstone (so no group member's copy brings it back); undo revives it, newer."""
        old = self.annotation(note_id)
        if old is None:
            return
        self._push(text, lambda: self._put_annotation(old.tombstone()), lambda: self._revive(old), origin)

    def put_annotations(self, notes: list[Annotation], text: str, origin: object | None = None) -> None:
        """Add or replace many notes as one undo step (an import)."""
        before = {n.id: self._annotations.get(n.id) for n in notes}
        essays = frozenset(n.essay_id for n in notes) | {o.essay_id for o in before.values() if o}

        def redo() -> None:
            for note in notes:
                self._store_note(note.id, note)
            self._own_changed(essays)

        def undo() -> None:
            for note_id, old in before.items():
                self._store_note(note_id, old)
            self._own_changed(essays)

        self._push(text, redo, undo, origin)

    def _store_note(self, note_id: str, note: Annotation | None) -> None:
        """Hold `note` under `note_id` (None: hold nothing), the index kept in step."""
        old = self._annotations.pop(note_id, None) if note is None else self._annotations.get(note_id)
        if old is not None and (note is None or old.essay_id != note.essay_id):
            self._unindex_note(old)  # a note staying in its essay keeps its place in the index
        if note is not None:
            self._annotations[note_id] = note
            self._index_note(note)

    def own_annotations(self) -> dict[str, Annotation]:
        """What this device's store holds (tombstones included), by id."""
        return dict(self._annotations)

    def merge_in(self, annotations: list[Record], bookmarks: list[Record]) -> None:
        """Join the notes another window saved (while this one had lost the data folder) with
        this window's: per note the newest edit wins and a deletion stays deleted, the group's
        rule, so neither window's notes are lost. Undo starts afresh: its steps knew the notes
        as they were before."""
        mine = {note_id: note.to_json() for note_id, note in self._annotations.items()}
        merged = merge(mergeable(annotations), mine.values(), now=datetime.now(UTC))
        essays = {note.essay_id for note in self._annotations.values()}
        for note_id, record in merged.items():
            note = None if record is mine.get(note_id) else _parsed(Annotation.from_json, record)
            if note is not None:
                self._store_note(note_id, note)
                essays.add(note.essay_id)
        marks = (_parsed(Bookmark.from_json, record) for record in bookmarks)
        added = {mark.id: mark for mark in marks if mark is not None and mark.id not in self._bookmarks}
        self._bookmarks.update(added)
        self.undo_stack.clear()
        self._views.clear()
        self._announce(NoteChanges(own=frozenset(essays),
                                   bookmarks=frozenset(mark.essay_id for mark in added.values())))

    def _revive(self, old: Annotation) -> None:
        self._put_newest(replace(old, deleted=None))

    def _put_newest(self, note: Annotation) -> None:
        """`note` stamped after the version held now: an undo or redo must win over the version
        it replaces in every member's merge too, or their copies would bring that one back."""
        held = self._annotations.get(note.id)
        if held is not None and held is not note and held.modified >= note.modified:
            note = replace(note, modified=later_stamp(held.modified))
        self._put_annotation(note)

    def add_bookmark(self, bookmark: Bookmark, text: str, origin: object | None = None) -> None:
        if not bookmark.author_id:
            me = self.identity
            bookmark = replace(bookmark, author_id=me.id, device=me.device)
        self._push(text, lambda: self._put_bookmark(bookmark), lambda: self._drop_bookmark(bookmark.id),
                   origin)

    def update_bookmark(self, updated: Bookmark, text: str, origin: object | None = None) -> None:
        old = self._bookmarks[updated.id]
        self._push(text, lambda: self._put_bookmark(updated), lambda: self._put_bookmark(old), origin)

    def delete_bookmark(self, mark_id: str, text: str, origin: object | None = None) -> None:
        old = self._bookmarks[mark_id]
        self._push(text, lambda: self._drop_bookmark(mark_id), lambda: self._put_bookmark(old), origin)

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None],
              origin: object | None) -> None:
        """The stack runs `redo` at once: that first run is the asker's; later ones are undo/redo's."""
        if self.read_only:
            return
        self._origin = origin
        try:
            self.undo_stack.push(FunctionStep(text, redo, undo))
        finally:
            self._origin = None

    def _put_annotation(self, annotation: Annotation) -> None:
        old = self._annotations.get(annotation.id)
        self._store_note(annotation.id, annotation)
        essays = {annotation.essay_id} | ({old.essay_id} if old else set())
        self._own_changed(frozenset(essays), frozenset({annotation.id}))

    def _drop_annotation(self, note_id: str) -> None:
        gone = self._annotations.get(note_id)
        self._store_note(note_id, None)
        self._own_changed(frozenset({gone.essay_id}) if gone else NO_ESSAYS, frozenset({note_id}))

    def _put_bookmark(self, bookmark: Bookmark) -> None:
        self._bookmarks[bookmark.id] = bookmark
        self._announce(NoteChanges(bookmarks=frozenset({bookmark.essay_id}), origin=self._origin))

    def _drop_bookmark(self, mark_id: str) -> None:
        gone = self._bookmarks.pop(mark_id, None)
        self._announce(NoteChanges(bookmarks=frozenset({gone.essay_id}) if gone else NO_ESSAYS,
                                   origin=self._origin))

    def _own_changed(self, essays: frozenset[str], notes: frozenset[str] = NO_ESSAYS) -> None:
        """`notes`: the ids changed, when known: the views then change note by note."""
        if not notes or not self._update_views(essays, notes):
            self._forget_views(essays)
            notes = NO_ESSAYS
        self._announce(NoteChanges(own=essays, notes=notes, origin=self._origin))

    def _update_views(self, essays: frozenset[str], notes: frozenset[str]) -> bool:
        """Bring the built views up to date for these own notes; False when the group holds one
        of them (the merge then decides, in a whole rebuild)."""
        if any(note_id in self._group for note_id in notes):
            return False
        for essay in essays:
            view = self._views.get(essay)
            if view is not None:
                self._update_view(view, essay, notes)
        return True

    def _update_view(self, view: dict[str, Annotation], essay: str, notes: frozenset[str]) -> None:
        for note_id in notes:
            note = self._annotations.get(note_id)
            if note is not None and note.essay_id == essay and note.deleted is None:
                view[note_id] = note
            else:
                view.pop(note_id, None)

    def _forget_views(self, essays: frozenset[str]) -> None:
        for essay in essays:
            self._views.pop(essay, None)

    def _announce(self, changes: NoteChanges) -> None:
        self.keeper.changed(kept=True)
        self.notes_changed.emit(changes)


def _placed_again(held: tuple[Annotation, Placement] | None,
                  note: Annotation) -> tuple[Annotation, Placement] | None:
    """The placement found before, when it was found for this very note (notes are immutable)."""
    return held if held is not None and held[0] is note else None


def _loaded(keeper: StoreKeeper, key: str) -> list[Record]:
    """A notes list as the store file held it (read without adding the key)."""
    held = keeper.store.data.get(key)
    return held if isinstance(held, list) else []


def _parsed(parse: Callable[[Record], T], record: object) -> T | None:
    """A record another window saved, or None when it cannot be read (it stays in that file)."""
    try:
        return parse(record) if isinstance(record, dict) else None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        log.warning("a saved note could not be read for merging: %s", error)
        return None
