"""In the window: one's own colour chosen through a dialog, and a failed single-instance listen told."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.group_folder import member_file_path
from app.core.signing import new_device_key
from app.services.local_channel import QtServer, UnixServer
from app.store.groupfiles import write_member_file
from app.ui.shell.main_window import MainWindow
from tests.group_hostile.hostile import ALICE, note
from tests.ui.conftest import WindowFactory, dialogs_of


def test_my_colour_is_chosen_in_a_dialog_and_shown_to_the_group(window: MainWindow, tmp_path: Path) -> None:
    action = window.commands["group_color"]
    assert not action.isEnabled()  # outside a group there is no one to show it to
    group = window.workspace.group
    group.create(tmp_path / "group", "讀書會", "Me")
    assert action.isEnabled()
    dialogs = dialogs_of(window)
    dialogs.answers["choose_color"] = ["#12AB34"]
    action.trigger()
    assert dialogs.shown[-1][0] == "choose_color"
    group.wait()
    me = group.me
    assert me.color == "#12ab34" and window.workspace.profile.color_chosen
    path = member_file_path(tmp_path / "group", me.id, me.device)
    assert json.loads(path.read_text(encoding="utf-8"))["color"] == "#12ab34"
    action.trigger()  # cancelled: nothing changes
    assert group.me.color == "#12ab34"


def test_a_failed_listen_is_told_once_in_the_status_bar(
        qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(server: UnixServer | QtServer, _name: str) -> bool:
        server.error = "address in use"
        return False

    monkeypatch.setattr(UnixServer, "listen", refuse)
    monkeypatch.setattr(QtServer, "listen", refuse)
    window = open_window()
    qtbot.waitUntil(lambda: "address in use" in window.statusBar().currentMessage(), timeout=10_000)
    assert "read-only" in window.statusBar().currentMessage()


class Trusting:
    """Stands in for the group's dialogs: picks the first member offered, and remembers each list."""

    def __init__(self) -> None:
        self.offered: list[list[str]] = []

    def choose(self, _title: str, _label: str, items: list[str]) -> int | None:
        self.offered.append(items)
        return 0


def test_a_members_new_device_is_trusted_from_the_window(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Someone writing as Alice from an unknown device is kept out until the reader trusts it;
    the window offers that (the command line has `group trust`)."""
    group = window.workspace.group
    folder = tmp_path / "group"
    group.create(folder, "讀書會", "Me")
    write_member_file(folder, ALICE, [note(ALICE, 0, text="我的").to_json()], key=new_device_key())
    group.refresh()
    qtbot.waitUntil(lambda: bool(group.snapshot and ALICE.id in group.snapshot.members), timeout=10_000)
    trusting = Trusting()
    window.group_ui.group_dialogs = trusting  # type: ignore[assignment]
    window.commands["group_trust"].trigger()  # nothing waits yet: said, no question asked
    assert trusting.offered == [] and "No member" in window.statusBar().currentMessage()
    new_pc = replace(ALICE, device="new-pc")
    write_member_file(folder, new_pc, [note(new_pc, 8, text="新的").to_json()], key=new_device_key())
    group.refresh()
    qtbot.waitUntil(lambda: ALICE.id in group.unknown_keys(), timeout=10_000)
    assert "新的" not in notes_read(window)
    window.commands["group_trust"].trigger()
    assert trusting.offered == [["Alice"]]
    qtbot.waitUntil(lambda: "新的" in notes_read(window), timeout=10_000)
    assert group.unknown_keys() == {}


def notes_read(window: MainWindow) -> list[object]:
    return [r.get("note") for r in window.workspace.notes.group_records().values()]
