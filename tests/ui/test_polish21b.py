"""Issue 21's polish: group-only commands, the panels' tabs, collections with the same title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.store.groupfiles import create_group_folder
from app.ui.notes import panels
from app.ui.shell.main_window import MainWindow
from tests.ui.test_group import join
from tests.ui.test_notes import open_essay, select_shown


def _reader_menu_texts(window: MainWindow, note_id: str) -> list[str]:
    menu = QMenu()
    window.notes_ui._extend_reader_menu(menu, note_id)
    texts = [action.text() for action in menu.actions()]
    menu.deleteLater()
    return texts


def _panel_menu_texts(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Right-click the notes panel's first row; the texts of the menu it would show."""
    panel = window.notes_ui.annotations_panel
    seen: list[str] = []

    class Recorded(QMenu):
        def exec(self, *_: object) -> None:  # type: ignore[override]
            seen.extend(action.text() for action in self.actions())

    monkeypatch.setattr(panels, "QMenu", Recorded)
    panel.list.customContextMenuRequested.emit(panel.list.visualRect(panel.row_index(0)).center())
    return seen


def test_reply_and_sharing_are_offered_only_in_a_group(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    open_essay(window, 0, 0)
    select_shown(window, "真正具有“工匠精神”的組織")
    window.commands["highlight"].trigger()
    [mine] = window.notes_ui.notes.annotations()
    qtbot.waitUntil(lambda: window.notes_ui.annotations_panel.visible_ids() == [mine.id])
    group_only = {"Reply…", "Shared with the Group"}
    assert not group_only & set(_reader_menu_texts(window, mine.id))
    assert not group_only & set(_panel_menu_texts(window, monkeypatch))

    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    join(window, folder)
    assert group_only <= set(_reader_menu_texts(window, mine.id))
    assert group_only <= set(_panel_menu_texts(window, monkeypatch))

