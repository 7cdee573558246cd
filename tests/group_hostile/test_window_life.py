"""In the window: one's own colour chosen through a dialog, and a failed single-instance listen told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from app.core.group import member_file_path
from app.ui.shell.main_window import MainWindow
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
    monkeypatch.setattr(QLocalServer, "listen", lambda _server, _name: False)
    monkeypatch.setattr(QLocalServer, "errorString", lambda _server: "address in use")
    window = open_window()
    qtbot.waitUntil(lambda: "address in use" in window.statusBar().currentMessage(), timeout=10_000)
    assert "read-only" in window.statusBar().currentMessage()
