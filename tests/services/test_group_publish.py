"""Publishing our own group file off the window's thread, and at quit before the window goes."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.group_folder import member_file_path
from app.core.notes import new_annotation
from app.services import group_write
from app.services.group import GroupService
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.store import Store
from app.store.groupfiles import create_group_folder

WAIT_S = 10
TEXT = "工匠精神是一種職業精神"


def joined(data_dir: Path, folder: Path) -> GroupService:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    group = GroupService(keeper, NotesService(keeper))
    create_group_folder(folder, "g")
    group.join(folder, "Alice")
    group.wait(WAIT_S)
    return group


def add_shared_note(group: GroupService) -> str:
    note = new_annotation("c#1", TEXT, 0, 4, color="yellow", author="Alice", by=group.me, shared=True)
    group.notes.add_annotation(note, "highlight")
    return note.id


def published_ids(group: GroupService, folder: Path) -> list[str]:
    path = member_file_path(folder, group.me.id, group.me.device)
    return [r["id"] for r in json.loads(path.read_text(encoding="utf-8"))["notes"]]


def test_the_file_is_written_by_a_worker_not_the_window(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared"
    group = joined(data_dir, folder)
    note_id = add_shared_note(group)
    writers: list[threading.Thread] = []
    real_write = group_write.write_member_file

    def recorded(*args: Any, **keywords: Any) -> Any:
        writers.append(threading.current_thread())
        return real_write(*args, **keywords)

    monkeypatch.setattr(group_write, "write_member_file", recorded)
    group.publish()
    qtbot.waitUntil(lambda: note_id in published_ids(group, folder), timeout=WAIT_S * 1000)
    assert writers and threading.main_thread() not in writers


def test_stopping_writes_the_last_notes_before_it_returns(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    group = joined(data_dir, folder)
    note_id = add_shared_note(group)  # the publish timer is running, nothing written yet
    assert note_id not in published_ids(group, folder)
    group.stop()
    assert note_id in published_ids(group, folder)


def test_an_undo_made_while_a_write_is_under_way_is_written_too(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit, then undo while the edit's write waits on a slow share: the file ends as the notes
    do (it once kept the undone edit, because the undo looked like what was 'already written')."""
    folder = tmp_path / "shared"
    group = joined(tmp_path / "data", folder)
    note_id = add_shared_note(group)
    group.publish()
    group.wait(WAIT_S)
    gate, real = threading.Event(), group_write.write_member_file

    def slow(*args: Any, **keywords: Any) -> Any:
        gate.wait(WAIT_S)
        return real(*args, **keywords)

    monkeypatch.setattr(group_write, "write_member_file", slow)
    current = group.notes.annotation(note_id)
    assert current is not None
    group.notes.update_annotation(current.edited(note="改過"), "edit")
    group.publish()  # under way on a slow share
    group.notes.undo_stack.undo()
    group.publish()
    gate.set()
    group.stop()
    path = member_file_path(folder, group.me.id, group.me.device)
    written = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))["notes"]}
    assert written[note_id]["note"] == "" and group.notes.annotation(note_id).note == ""  # type: ignore[union-attr]
