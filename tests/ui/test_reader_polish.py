"""What a reader notices: dark highlights, small screens, panels, history, menus, memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QColor, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTabBar,
)
from pytestqt.qtbot import QtBot

from app.core.notes import COLORS
from app.core.script import Form
from app.ui.common.docks import in_front
from app.ui.common.file_dialogs import ask_save_path, start_folder
from app.ui.common.theme import DARK, highlight_color
from app.ui.notes.dialog import NoteDialog
from app.ui.notes.drafts import NoteDraft
from app.ui.shell.main_window import MainWindow
from app.ui.shell.shortcuts_dialog import shortcut_rows
from tests.ui.conftest import WindowFactory

ALT = Qt.KeyboardModifier.AltModifier


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def test_dark_highlights_leave_the_text_readable() -> None:
    ink = _luminance(QColor(DARK.ink))
    for color in COLORS:
        behind = _luminance(highlight_color(color, dark=True))
        assert (ink + 0.05) / (behind + 0.05) >= 4.5, color


def test_panel_shortcut_brings_a_tab_forward_before_hiding_it(qtbot: QtBot, window: MainWindow) -> None:
    notes, marks = window.notes_ui.annotations_dock, window.notes_ui.bookmarks_dock
    window.resize(1400, 900)
    notes.show()
    marks.show()
    notes.raise_()
    qtbot.waitUntil(lambda: in_front(notes) and not in_front(marks))
    window.commands["bookmarks_panel"].trigger()
    qtbot.waitUntil(lambda: in_front(marks))
    assert window.commands["bookmarks_panel"].isChecked()
    window.commands["bookmarks_panel"].trigger()
    qtbot.waitUntil(marks.isHidden)


def test_small_screen_keeps_a_readable_column(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(720, 540)
    reader = window.reader
    em = QFontMetricsF(reader.document().defaultFont()).horizontalAdvance("中")

    def characters_a_line() -> float:
        margin = reader.document().rootFrame().frameFormat().leftMargin()
        return (reader.viewport().width() - 2 * margin) / em

    qtbot.waitUntil(lambda: characters_a_line() >= 20, timeout=3000)


def test_back_and_forward_after_jumps(qtbot: QtBot, window: MainWindow) -> None:
    first, second = window.reading.library.essays()[:2]
    window.reading.open_essay(first.id)
    offset = first.text.index("\n", len(first.text) // 2) + 1
    window.reader.scroll_to_offset(offset)
    here = window.reader.top_offset()
    window.reading.open_essay(second.id)  # a related essay, a search result…
    window.commands["back"].trigger()
    assert window.reading.current == first
    assert window.reader.top_offset() == here
    window.commands["forward"].trigger()
    assert window.reading.current == second
    assert not window.commands["forward"].isEnabled()


def test_reading_position_survives_form_and_theme_switches(window: MainWindow) -> None:
    essay = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(essay.id)
    offset = essay.text.index("\n", len(essay.text) // 2) + 1
    window.reader.scroll_to_offset(offset)
    window.reader.verticalScrollBar().valueChanged.emit(window.reader.verticalScrollBar().value())
    before = window.reader.top_offset()
    window.reading.set_form(Form.SIMPLIFIED)
    window.commands["theme_dark"].trigger()
    assert abs(window.reader.top_offset() - before) < 80
    assert window.reader.verticalScrollBar().value() > 0


def test_library_pane_and_note_scope_are_remembered(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.commands["toggle_library"].trigger()
    window.notes_ui.annotations_panel.all_notes.setChecked(True)
    window.commands["language_zh_TW"].trigger()
    window.close()
    again = open_window()
    assert not again.commands["toggle_library"].isChecked()
    assert not again.tree.isVisible()
    assert again.notes_ui.annotations_panel.all_notes.isChecked()
    assert again.commands["language_zh_TW"].isChecked()


def _choose_in_context_menu(qtbot: QtBot, widget: QListWidget, item: QListWidgetItem, label: str) -> None:
    """Right-click `item` as a user would and pick `label` from the menu that opens."""
    chosen: list[str] = []

    def pick() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        try:
            action = next(a for a in menu.actions() if a.text() == label)
            chosen.append(action.text())
            action.trigger()
        finally:
            menu.close()  # never leave the test waiting on an open menu

    QTimer.singleShot(0, pick)
    widget.customContextMenuRequested.emit(widget.visualItemRect(item).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert chosen == [label], f"the context menu offered no {label!r}"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # a popup
def test_copy_quote_from_a_bookmark(qtbot: QtBot, window: MainWindow) -> None:
    window.reading.set_form(Form.ORIGINAL)  # the quote is copied as shown: here, as written
    window.commands["bookmark"].trigger()
    [mark] = window.notes_ui.notes.bookmarks()
    assert mark.anchor.exact
    clipboard = QApplication.clipboard()
    clipboard.setText("before the copy")
    assert clipboard.text() != mark.anchor.exact
    panel = window.notes_ui.bookmarks_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    _choose_in_context_menu(qtbot, panel.list, panel.list.item(0), "Copy Quote")
    assert clipboard.text() == mark.anchor.exact


def test_edit_copy_copies_the_shown_form(window: MainWindow) -> None:
    window.reading.set_form(Form.SIMPLIFIED)
    window.reader.selectAll()
    window.reader.setFocus()
    window.commands["copy"].trigger()
    copied = QApplication.clipboard().text()
    assert copied and copied in window.reader.toPlainText()
    assert "\u2029" not in copied


def test_note_dialog_tab_and_ctrl_enter(qtbot: QtBot) -> None:
    dialog = NoteDialog("一段话", NoteDraft("yellow"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.note.toPlainText() == ""
    qtbot.keyClick(dialog.note, Qt.Key.Key_A)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_shortcuts_list_every_action_with_keys(window: MainWindow) -> None:
    rows = dict(shortcut_rows(window.commands))
    assert rows["Back"] == "Alt+Left" or rows["Back"].startswith("Alt+Left")
    assert "Ctrl+Shift+I" in rows["Essay Panel"]
    assert len(rows) > 30


def test_file_dialogs_start_in_documents_then_the_last_folder(tmp_path: Path) -> None:
    class Memory:
        last_folder = ""

    memory = Memory()
    assert start_folder(memory).is_dir()
    memory.last_folder = str(tmp_path)
    assert start_folder(memory) == tmp_path


def test_a_name_typed_without_suffix_gets_the_suggested_one(qtbot: QtBot, tmp_path: Path) -> None:
    """The dialog adds .pdf itself, so its overwrite question is about the real file."""
    class Memory:
        last_folder = str(tmp_path)

    def type_a_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, type_a_name)
            return
        dialog.selectFile("handout")
        dialog.accept()

    QTimer.singleShot(0, type_a_name)
    chosen = ask_save_path(None, Memory(), "Export as PDF", "篇1.pdf", "PDF (*.pdf)")
    assert chosen == tmp_path / "handout.pdf"


class _Marking(QTranslator):
    """Translates every string to ⟦string⟧, so an untranslated one stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # Qt skips a translator that holds nothing
        return False


def test_switching_language_updates_every_visible_string(qtbot: QtBot, window: MainWindow) -> None:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "⟦" in window.form_label.text())  # LanguageChange is posted
        texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        texts += [button.text() for button in window.findChildren(QAbstractButton)
                  if button.isVisible() and button.text()]
        texts += [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
        texts += [menu.title() for menu in window.menuBar().findChildren(QObject)
                  if hasattr(menu, "title") and callable(menu.title) and menu.title()]
        plain = [t for t in texts if t and "⟦" not in t and any(c.isalpha() and c.isascii() for c in t)]
        assert not plain
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def test_reading_place_after_switches_survives_a_restart(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    essay = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(essay.id)
    offset = essay.text.index("\n", len(essay.text) // 2) + 1
    window.reader.scroll_to_offset(offset)
    window.reader.verticalScrollBar().valueChanged.emit(window.reader.verticalScrollBar().value())
    window.reading.set_form(Form.TAIWAN)
    window.commands["theme_dark"].trigger()
    window.commands["theme_light"].trigger()
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    place = window.reader.top_offset()
    assert abs(place - offset) < 80
    window.close()
    again = open_window()
    assert again.reading.current == essay
    qtbot.waitUntil(lambda: abs(again.reader.top_offset() - place) < 80)
    assert again.reader.verticalScrollBar().value() > 0


GLYPHS_SCRIPT = """
import hashlib, sys
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
app = QGuiApplication([])
from app.core.script import Script
from app.ui.common.fonts import reader_font
for script in (Script.SIMPLIFIED, Script.TAIWAN, Script.HONGKONG):
    image = QImage(300, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(reader_font(script, 30))
    painter.drawText(5, 45, "骨述，。")
    painter.end()
    print(hashlib.sha256(bytes(image.constBits())).hexdigest())
"""


def test_glyphs_follow_the_script_not_the_system_language(qapp: QApplication) -> None:
    """骨 and the punctuation are drawn as SC, TC or HK whatever LANG says."""
    if not {"Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK HK"} <= set(QFontDatabase.families()):
        pytest.skip("needs the Noto Serif CJK faces")
    for lang in ("zh_CN.UTF-8", "zh_TW.UTF-8"):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([sys.executable, "-c", GLYPHS_SCRIPT], env=env, capture_output=True,
                                text=True, check=True, cwd=Path(__file__).resolve().parents[2])
        simplified, taiwan, hongkong = result.stdout.split()
        assert len({simplified, taiwan, hongkong}) == 3, lang


def test_a_panel_opened_on_a_small_screen_keeps_the_column(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(780, 560)
    window.commands["toggle_library"].setChecked(True)
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    window.splitter.setSizes([300, 480])
    qtbot.waitUntil(lambda: window.tree.width() >= 280)
    window.commands["notes_panel"].trigger()  # the reader asks for a panel: it stays open
    notes = window.notes_ui.annotations_dock
    em = QFontMetricsF(window.reader.document().defaultFont()).horizontalAdvance("中")
    qtbot.waitUntil(lambda: window.reader.viewport().width() - 48 >= 20 * em, timeout=3000)
    assert in_front(notes)


def test_back_after_jumping_to_a_bookmark_in_the_same_essay(qtbot: QtBot, window: MainWindow) -> None:
    essay = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(essay.id)
    offset = essay.text.index("\n", len(essay.text) // 2) + 1
    window.reader.scroll_to_offset(offset)
    window.reader.verticalScrollBar().valueChanged.emit(window.reader.verticalScrollBar().value())
    window.commands["bookmark"].trigger()
    [mark] = window.notes_ui.notes.bookmarks()
    window.reader.scroll_to_offset(0)
    window.reader.verticalScrollBar().valueChanged.emit(window.reader.verticalScrollBar().value())
    window.notes_ui.go_to_bookmark(mark.id)
    assert window.reader.top_offset() > 0
    window.commands["back"].trigger()
    assert window.reading.current == essay
    assert window.reader.top_offset() == 0


def test_panels_closed_for_a_small_screen_come_back_on_a_large_one(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    def open_panels(window: MainWindow) -> set[str]:  # tabs behind the front one count too
        return {d.objectName() for d in window.findChildren(QDockWidget) if not d.isHidden()}

    window = open_window()  # the test screen is small: the panels make room for the column
    yielded = window.column_keeper.yielded()
    assert yielded and not open_panels(window)
    window.close()
    again = open_window()  # small again: still closed, and still owed
    assert again.column_keeper.yielded() == yielded and not open_panels(again)
    again.resize(1300, 850)  # as on a large screen at start
    again.column_keeper.give_back(yielded)
    qtbot.waitUntil(lambda: open_panels(again) == set(yielded), timeout=3000)
    tabs = [bar for bar in again.findChildren(QTabBar) if bar.parent() is again and bar.count() > 1]
    assert tabs
    qtbot.waitUntil(lambda: all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width()  # "Notes", not "N…"
                                for bar in tabs for i in range(bar.count())))
    again.notes_ui.annotations_dock.close()  # closed by the reader: not owed any more
    assert again.column_keeper.yielded() == []
    again.close()
    assert "annotations_dock" not in again.prefs.window_state("yielded_panels")


def test_the_shortcut_sheet_fits_a_small_screen(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QRect

    from app.ui.shell import shortcuts_dialog

    room = QRect(0, 0, 800, 570)  # 800x600 less a desktop panel
    monkeypatch.setattr(shortcuts_dialog, "screen_room", lambda _widget: room)
    sheet = shortcuts_dialog.ShortcutsDialog(window.commands, window)
    qtbot.addWidget(sheet)
    assert sheet.height() <= room.height() - 40  # with its title bar the Close button is on screen
    assert sheet.width() <= room.width()


def test_no_two_actions_answer_the_same_keys(window: MainWindow) -> None:
    """A shortcut two actions share does neither: Qt calls it ambiguous and runs nothing."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName() or action.text())
    assert {key: names for key, names in owners.items() if len(set(names)) > 1} == {}
