"""A window that lost its data folder merges its notes with what another window saved there
meanwhile (issue 20): per note the newest edit wins, a deletion stays deleted, nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.library import Essay, Library
from app.core.notes import later_stamp, new_annotation, new_bookmark
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.store import Store


@pytest.fixture
def notes(qapp: object, data_dir: Path) -> Iterator[NotesService]:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    yield NotesService(keeper)
    keeper.discard()


@pytest.fixture
def essay(library: Library) -> Essay:
    return library.essays()[0]


def test_both_windows_notes_stay_and_the_newest_edit_wins(notes: NotesService, essay: Essay) -> None:
    mine = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="我")
    shared = new_annotation(essay.id, essay.text, 5, 9, color="yellow", author="我", note="舊")
    gone = new_annotation(essay.id, essay.text, 10, 14, color="blue", author="我")
    for note in (mine, shared, gone):
        notes.add_annotation(note, "add")
    notes.update_annotation(shared.edited(note="我改的"), "edit")
    theirs = new_annotation(essay.id, essay.text, 20, 24, color="pink", author="另一窗")
    older_edit = {**shared.to_json(), "note": "他改的", "modified": shared.modified}
    deleted_later = {**gone.to_json(), "deleted": later_stamp(gone.modified),
                     "modified": later_stamp(later_stamp(gone.modified))}
    mark = new_bookmark(essay.id, essay.text, 30, "另一窗")
    heard: list[object] = []
    notes.notes_changed.connect(heard.append)
    notes.merge_in([theirs.to_json(), older_edit, deleted_later, {"id": 5}], [mark.to_json()])
    live = {note.id: note for note in notes.annotations(essay.id)}
    assert set(live) == {mine.id, shared.id, theirs.id}  # theirs joined, the deletion stands
    assert live[shared.id].note == "我改的"  # this window's edit is the newer one
    assert notes.bookmark(mark.id) is not None
    assert heard and not notes.undo_stack.canUndo()
    assert notes.keeper.unsaved
