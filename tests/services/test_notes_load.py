"""The notes service and the group while a large store's notes are still being read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.notes import new_annotation, new_bookmark
from app.services.notes import NotesService
from app.services.notes_load import NotesLoad
from app.services.persistence import StoreKeeper
from app.store import Store
from app.store import store as store_module
from tests.services.test_group_publish import WAIT_S, add_shared_note, joined, published_ids

TEXT = "工匠精神是一種職業精神，也是一種態度"


def large_store(folder: Path, count: int) -> None:
    store = Store(folder)
    notes = [new_annotation(f"c#{n % 3}", TEXT, n % 10, n % 10 + 4, color="yellow", author="me").to_json()
             for n in range(count)]
    store.data = {**store.data, "annotations": notes,
                  "bookmarks": [new_bookmark("c#1", TEXT, 3, "me").to_json()]}
    store.save()


def test_saves_wait_for_the_notes_and_then_keep_old_and_new(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "TWO_STEPS_FROM_BYTES", 10_000)
    large_store(data_dir, 200)
    before = (data_dir / "store.json").read_bytes()
    store = Store(data_dir)
    store.load(notes_later=True)
    keeper = StoreKeeper(store)
    notes = NotesService(keeper)
    load = NotesLoad(store, keeper, notes, keeper.tasks)
    assert notes.loading and notes.annotations() == []
    made = new_annotation("c#1", TEXT, 0, 2, color="green", author="me")
    notes.add_annotation(made, "add")
    notes.add_bookmark(new_bookmark("c#2", TEXT, 5, "me"), "mark")
    keeper.save_in_background()
    keeper.tasks.wait()
    assert (data_dir / "store.json").read_bytes() == before  # held: it would drop 200 notes
    with qtbot.waitSignal(load.finished, timeout=WAIT_S * 1000):
        load.start()
    assert not notes.loading and keeper.notes_loading is None
    assert len(notes.annotations()) == 201 and made.id in {n.id for n in notes.annotations("c#1")}
    assert len(notes.bookmarks()) == 2
    assert keeper.flush()
    saved = json.loads((data_dir / "store.json").read_text("utf-8"))
    assert len(saved["annotations"]) == 201 and len(saved["bookmarks"]) == 2


def test_the_group_file_is_not_written_without_the_notes(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    group = joined(data_dir, folder)
    first = add_shared_note(group)
    group.publish()
    group.wait(WAIT_S)
    group.notes.loading = True  # as while a large store's notes are read
    second = add_shared_note(group)
    group.publish()
    group.wait(WAIT_S)
    assert published_ids(group, folder) == [first]  # not a file that has lost the loading ones
    group.notes.loading = False
    qtbot.waitUntil(lambda: sorted(published_ids(group, folder)) == sorted([first, second]),
                    timeout=WAIT_S * 1000)


def test_older_copies_put_in_while_loading_do_not_undo_the_loaded_notes(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import while the notes load (an old export of the same notes) must neither bring back
    the loaded edits' older text or a deleted note, nor take a loaded note away on undo."""
    monkeypatch.setattr(store_module, "TWO_STEPS_FROM_BYTES", 10_000)
    old_export = [new_annotation("c#1", TEXT, n, n + 3, color="yellow", author="me") for n in range(3)]
    edited, deleted = old_export[0].edited(note="改過的筆記"), old_export[1].tombstone()
    store = Store(data_dir)
    filler = [new_annotation("c#2", TEXT, n % 10, n % 10 + 4, color="blue", author="me").to_json()
              for n in range(200)]
    store.data = {**store.data, "annotations": [edited.to_json(), deleted.to_json(),
                                                old_export[2].to_json(), *filler]}
    store.save()
    store = Store(data_dir)
    store.load(notes_later=True)
    keeper = StoreKeeper(store)
    notes = NotesService(keeper)
    load = NotesLoad(store, keeper, notes, keeper.tasks)
    assert notes.loading
    notes.put_annotations(old_export, "import")  # nothing loaded yet: every one looks new
    with qtbot.waitSignal(load.finished, timeout=WAIT_S * 1000):
        load.start()
    held = notes.own_annotations()
    assert held[edited.id].note == "改過的筆記"
    assert held[deleted.id].deleted is not None
    shown = {n.id: n for n in notes.annotations("c#1")}
    assert deleted.id not in shown and shown[edited.id].note == "改過的筆記"
    notes.undo_stack.undo()  # the import's undo knew no loaded notes: it must not drop them
    assert keeper.flush()
    saved = {n["id"]: n for n in json.loads((data_dir / "store.json").read_text("utf-8"))["annotations"]}
    assert len(saved) == 203
    assert saved[edited.id]["note"] == "改過的筆記" and saved[deleted.id]["deleted"] is not None
