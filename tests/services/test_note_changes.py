"""Change notices without a window: each change says what it touched and who asked for it, and
the group service publishes only this device's own notes, never the same file twice."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import app.services.group as group_module
from app.core.library import Essay, Library
from app.core.merge import newer
from app.core.notes import Author, new_annotation, new_bookmark
from app.services import group_write
from app.services.changes import NoteChanges, changed_essays
from app.services.group import GroupService
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.store import Store
from app.store.groupfiles import create_group_folder

ASKER = object()  # stands for the controller that asked
BOB = Author("Bob", "bob-author-id", "#2f9e44", "bob-phone")


@pytest.fixture
def keeper(qapp: object, data_dir: Path) -> Iterator[StoreKeeper]:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    yield keeper
    keeper.flush()


@pytest.fixture
def notes(keeper: StoreKeeper) -> NotesService:
    return NotesService(keeper)


@pytest.fixture
def heard(notes: NotesService) -> list[NoteChanges]:
    said: list[NoteChanges] = []
    notes.notes_changed.connect(said.append)
    return said


@pytest.fixture
def essays(library: Library) -> list[Essay]:
    return library.essays()[:2]


def group_record(essay: Essay, note: str = "同意") -> dict[str, Any]:
    return new_annotation(essay.id, essay.text, 0, 4, color="pink", author="Bob", note=note, by=BOB,
                          shared=True).to_json()


def test_each_change_says_what_it_touched_and_who_asked(
        notes: NotesService, heard: list[NoteChanges], essays: list[Essay]) -> None:
    essay = essays[0]
    note = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="me")
    notes.add_annotation(note, "add", origin=ASKER)
    notes.update_annotation(note.edited(note="改"), "edit", origin=ASKER)
    notes.delete_annotation(note.id, "delete", origin=ASKER)
    one = frozenset({note.id})  # the notice names the note, so views redraw only it
    assert heard == [NoteChanges(own=frozenset({essay.id}), notes=one, origin=ASKER)] * 3
    heard.clear()
    notes.undo_stack.undo()
    notes.undo_stack.redo()
    assert heard == [NoteChanges(own=frozenset({essay.id}), notes=one)] * 2  # undo, redo: nobody's request

    heard.clear()
    mark = new_bookmark(essay.id, essay.text, 10, "me")
    notes.add_bookmark(mark, "bookmark", origin=ASKER)
    notes.update_bookmark(mark.edited(name="這裡"), "rename", origin=ASKER)
    notes.delete_bookmark(mark.id, "delete", origin=ASKER)
    assert heard == [NoteChanges(bookmarks=frozenset({essay.id}), origin=ASKER)] * 3
    assert not any(c.own or c.group for c in heard)


def test_an_import_names_every_essay_it_touched(
        notes: NotesService, heard: list[NoteChanges], essays: list[Essay]) -> None:
    imported = [new_annotation(e.id, e.text, 0, 4, color="blue", author="me") for e in essays]
    notes.put_annotations(imported, "import", origin=ASKER)
    notes.undo_stack.undo()
    every = frozenset(e.id for e in essays)
    assert heard == [NoteChanges(own=every, origin=ASKER), NoteChanges(own=every)]


def test_a_new_name_is_said_once(notes: NotesService, heard: list[NoteChanges]) -> None:
    notes.set_author("王老師", origin=ASKER)
    notes.set_author(" 王老師 ", origin=ASKER)
    assert heard == [NoteChanges(author=True, origin=ASKER)]


def test_a_group_read_with_nothing_new_says_nothing(
        notes: NotesService, heard: list[NoteChanges], essays: list[Essay]) -> None:
    first, second = essays
    record = group_record(first)
    notes.set_group({record["id"]: record}, {first.id: {record["id"]: record}}, origin=ASKER)
    assert heard == [NoteChanges(group=frozenset({first.id}), origin=ASKER)]
    same = copy.deepcopy(record)  # the file parsed again: equal records, new objects
    notes.set_group({same["id"]: same}, {first.id: {same["id"]: same}}, origin=ASKER)
    assert len(heard) == 1
    assert [a.id for a in notes.annotations(first.id)] == [record["id"]]

    other = group_record(second, "另一篇")
    merged = {record["id"]: record, other["id"]: other}
    notes.set_group(merged, {first.id: {record["id"]: record}, second.id: {other["id"]: other}})
    assert heard[-1] == NoteChanges(group=frozenset({second.id}))
    notes.set_group({}, {})  # leaving the group
    assert heard[-1].group == frozenset({first.id, second.id})


def test_changed_essays_of_two_merges(essays: list[Essay]) -> None:
    first, second = essays
    a, b = group_record(first), group_record(second)
    assert changed_essays({a["id"]: a}, {a["id"]: copy.deepcopy(a)}) == frozenset()
    assert changed_essays({a["id"]: a}, {a["id"]: a, b["id"]: b}) == {second.id}
    edited = {**a, "note": "改了"}
    assert changed_essays({a["id"]: a, b["id"]: b}, {a["id"]: edited, b["id"]: b}) == {first.id}


@pytest.fixture
def group(monkeypatch: pytest.MonkeyPatch, keeper: StoreKeeper, notes: NotesService,
          tmp_path: Path) -> Iterator[tuple[GroupService, list[int]]]:
    """A joined group service whose member-file writes are counted."""
    monkeypatch.setattr(group_module, "PUBLISH_MS", 10)
    writes: list[int] = []
    real = group_write.write_member_file

    def counted(*args: Any, **keywords: Any) -> Path:
        writes.append(1)
        return real(*args, **keywords)

    monkeypatch.setattr(group_write, "write_member_file", counted)
    folder = tmp_path / "shared"
    create_group_folder(folder, "g")
    service = GroupService(keeper, notes)
    service.join(folder, "Alice")
    yield service, writes
    service.stop()


def test_only_own_notes_and_name_are_published_and_never_twice_alike(
        qtbot: QtBot, group: tuple[GroupService, list[int]], notes: NotesService,
        essays: list[Essay]) -> None:
    service, writes = group
    service.wait()
    qtbot.waitUntil(lambda: service.snapshot is not None)
    assert writes == [1]  # joining publishes
    essay = essays[0]
    notes.add_bookmark(new_bookmark(essay.id, essay.text, 0, "Alice"), "bookmark")
    record = group_record(essay)
    notes.set_group({record["id"]: record}, {essay.id: {record["id"]: record}}, origin=service)
    qtbot.wait(50)
    assert writes == [1]  # bookmarks stay here; the group's own notes are the group's

    notes.add_annotation(new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="Alice",
                                        shared=True), "add")
    qtbot.waitUntil(lambda: len(writes) == 2)
    service.wait()  # the write's outcome is in place
    service.publish()
    service.wait()
    assert len(writes) == 2  # nothing new: the file is not rewritten
    notes.add_annotation(new_annotation(essay.id, essay.text, 5, 9, color="blue", author="Alice"),
                         "private")
    qtbot.wait(50)
    assert len(writes) == 2  # a private note changes nothing the group sees
    notes.set_author("Alice Wang")
    qtbot.waitUntil(lambda: len(writes) == 3)  # the file carries the name


def test_views_and_places_kept_note_by_note_equal_those_of_a_fresh_start(
        keeper: StoreKeeper, notes: NotesService, essays: list[Essay]) -> None:
    """Views and placements change note by note (a whole essay was rebuilt at each change):
    what they hold then is what a service reading the saved store holds."""
    essay, other = essays
    made = [new_annotation(essay.id, essay.text, start, start + 3, color="yellow", author="me")
            for start in (5, 20, 9)]
    notes.placements(essay)  # built before the changes, then kept up to date
    for note in made:
        notes.add_annotation(note, "add")
    notes.update_annotation(made[0].edited(note="改"), "edit")
    moved = new_annotation(other.id, other.text, 2, 6, color="pink", author="me")
    notes.update_annotation(replace(moved, id=made[1].id), "to another essay")
    notes.delete_annotation(made[2].id, "delete")
    assert keeper.flush()
    fresh_store = Store(keeper.store.folder)
    fresh_store.load()
    fresh = NotesService(StoreKeeper(fresh_store))
    for shown in essays:
        ids = sorted(a.id for a in notes.annotations(shown.id))
        assert ids == sorted(a.id for a in fresh.annotations(shown.id))
        assert notes.placements(shown) == fresh.placements(shown)
    assert (changed := notes.annotation(made[1].id)) is not None and changed.essay_id == other.id
    assert notes.annotation(made[2].id) is None


def test_an_undone_edit_wins_over_the_edit_in_every_members_merge(
        notes: NotesService, essays: list[Essay]) -> None:
    """Group members who already have the edit must take the undo, not send the edit back."""
    essay = essays[0]
    note = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="我", note="初稿")
    notes.add_annotation(note, "highlight")
    edited = note.edited(note="改稿")
    notes.update_annotation(edited, "edit")
    notes.undo_stack.undo()
    undone = notes.annotation(note.id)
    assert undone is not None and undone.note == "初稿"
    now = datetime.now(UTC)
    assert newer(undone.to_json(), edited.to_json(), now)["note"] == "初稿"
    notes.undo_stack.redo()
    redone = notes.annotation(note.id)
    assert redone is not None and redone.note == "改稿"
    assert newer(redone.to_json(), undone.to_json(), now)["note"] == "改稿"
