"""What a change to the notes touched and who asked for it (as Anki's `OpChanges` with its handler).

A view redraws only the part that changed, and a consumer skips what it caused itself: without
that, "publish → the folder watcher → read the group again → notes changed → publish" loops.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.merge import Merged, Record

NO_ESSAYS: frozenset[str] = frozenset()


class NoteChanges(NamedTuple):
    """One notice of `NotesService.notes_changed`. Each set holds the ids of the essays touched."""

    own: frozenset[str] = NO_ESSAYS  # this device's annotations (what the group file publishes)
    group: frozenset[str] = NO_ESSAYS  # the group's notes, as read from the folder
    bookmarks: frozenset[str] = NO_ESSAYS  # bookmarks (never published)
    author: bool = False  # the display name the group sees
    notes: frozenset[str] = NO_ESSAYS  # ids of the own notes changed, when only a few did (else empty)
    origin: object | None = None  # who asked: a controller, the group service; None: undo or redo
    arrived: bool = False  # a large store's notes, read after the first frame, are in (every essay)

    @property
    def annotated_essays(self) -> frozenset[str]:
        """Essays whose visible annotations may differ (own or the group's)."""
        return self.own | self.group

    def touches(self, essay_id: str) -> bool:
        return essay_id in self.own or essay_id in self.group

    def caused_by(self, who: object) -> bool:
        return who is not None and self.origin is who

    @property
    def empty(self) -> bool:
        return not (self.own or self.group or self.bookmarks or self.author)


class GroupDiff(NamedTuple):
    """The essays whose group notes differ between `base` and a newer merge (worked out in the
    worker, so the window's thread does not walk every note of a large group)."""

    base: Merged
    essays: frozenset[str]


def changed_essays(old: Merged, new: Merged) -> frozenset[str]:
    """Essays with a group record added, removed or different between two merges. Records of an
    unchanged member file are the same objects, so an equal read costs an identity check each."""
    essays: set[str] = set()
    for note_id in old.keys() | new.keys():
        before, after = old.get(note_id), new.get(note_id)
        if before is not after and before != after:  # `is` first: `!=` walks a whole record
            essays.update(_essay_of(record) for record in (before, after) if record is not None)
    return frozenset(essays)


def _essay_of(record: Record) -> str:
    essay = record.get("essay_id")
    return essay if isinstance(essay, str) else ""
