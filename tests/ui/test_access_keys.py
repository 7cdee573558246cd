"""Each menu's access keys (the underlined letters) are different, in every interface language;
lists of commands show their words without them; F1 opens the keyboard shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import MainWindow
from app.ui.shell.shortcuts_dialog import ShortcutsDialog, shortcut_rows


def access_key(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def clashes(menu: QMenu) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for action in menu.actions():  # hidden ones too: which show depends on being in a group
        if action.isSeparator():
            continue
        key = access_key(action.text())
        if key:
            seen.setdefault(key, []).append(action.text())
    return {key: texts for key, texts in seen.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_no_two_entries_of_a_menu_share_an_access_key(qtbot: QtBot, window: MainWindow,
                                                      language: str) -> None:
    window.commands[f"language_{language}"].trigger()
    qtbot.waitUntil(lambda: (window.file_menu.title() == "&File") == (language == "en"))
    menus = [menu for menu in window.findChildren(QMenu) if menu.actions()]
    assert len(menus) >= 8
    found = {menu.title(): clashes(menu) for menu in menus}
    bad = {title: clash for title, clash in found.items() if clash}
    assert not bad, "\n".join(f"{t}: {c}" for t, c in bad.items())


def test_the_shortcut_sheet_and_tooltips_show_no_access_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["language_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    rows = dict(shortcut_rows(window.commands))
    assert "退出" in rows and "导入" in rows
    leftovers = [name for name in rows if re.search(r"[(（][A-Z][)）]|&", name)]
    assert leftovers == []
    assert window.commands["quit"].toolTip().startswith("退出 (")
    buttons = [button.text() for button in window.toolbar.findChildren(QToolButton) if button.text()]
    assert "上一篇" in buttons and not [text for text in buttons if re.search(r"[(（&]", text)]


def test_f1_opens_the_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None and sheet.isVisible()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_shortcut_sheet_names_the_readers_keys_as_qt_names_the_actions(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    """It said "Alt+左鍵" for Back but "Ctrl+Shift+Left" for extending a selection by a word."""
    window.commands[f"language_{language}"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() != "&File")
    left = QKeySequence("Left").toString(QKeySequence.SequenceFormat.NativeText)
    assert left != "Left"  # Qt's own strings are in the interface's language
    rows = shortcut_rows(window.commands)
    back = window.commands["back"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert left in back
    assert not [keys for _what, keys in rows if "Left" in keys or "Right" in keys]
