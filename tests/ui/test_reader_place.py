"""The reader keeps its place, selection and caret when the form changes; Esc closes find (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.script import Form
from app.ui.shell.main_window import MainWindow


def _open_longest(window: MainWindow) -> Essay:
    essay = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(essay.id)
    return essay


def _read_from_the_middle(window: MainWindow, essay: Essay) -> int:
    offset = essay.text.index("\n", len(essay.text) // 2) + 1
    window.reader.scroll_to_offset(offset)
    return window.reader.top_offset()


def test_a_selection_survives_every_form_switch(window: MainWindow) -> None:
    essay = _open_longest(window)
    top = _read_from_the_middle(window, essay)
    start = top + 12
    window.reader.select_span(start, start + 20)
    for form in (Form.SIMPLIFIED, Form.TAIWAN, Form.HONGKONG, Form.ORIGINAL):
        window.reading.set_form(form)
        assert window.reader.selection_span() == (start, start + 20), form
        assert abs(window.reader.top_offset() - top) < 80, form


def test_the_caret_stays_where_it_was_across_forms(window: MainWindow) -> None:
    essay = _open_longest(window)
    top = _read_from_the_middle(window, essay)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.qt_position(top + 30))
    window.reader.setTextCursor(cursor)
    window.reading.set_form(Form.TAIWAN)
    assert window.reader.canonical_at(window.reader.textCursor().position()) == top + 30
    assert not window.reader.textCursor().hasSelection()


def test_with_find_open_a_form_switch_does_not_jump_to_the_match(window: MainWindow) -> None:
    essay = _open_longest(window)
    window.commands["find"].trigger()
    window.find_bar.field.setText(essay.text[:2])  # its first match is at the very top
    top = _read_from_the_middle(window, essay)
    window.reading.set_form(Form.SIMPLIFIED)
    assert abs(window.reader.top_offset() - top) < 80
    assert window.find_bar.count.text()  # the matches are still counted and marked


def test_esc_closes_the_find_bar_from_the_text(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.commands["find"].trigger()
    window.find_bar.field.setText("的")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_ctrl_home_shows_the_whole_title(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    _read_from_the_middle(window, essay)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.verticalScrollBar().value() == 0
