"""The reader's position mapping at the Qt boundary (UTF-16) and across forms."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.script import Form, Script, convert
from app.core.view import EssayView
from app.ui.reader.view import ReaderView


def make_view(text: str, source: Script, target: Script) -> EssayView:
    essay = Essay("c#1", 1, "題", "篇1", text, "c")
    converted = convert(text, source, target)
    return EssayView(essay, Form(target.value), target, "題", converted.text, converted.offsets)


def selected_canonical(reader: ReaderView, start: int, end: int) -> tuple[int, int]:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(start))
    cursor.setPosition(reader.qt_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
    return reader.canonical_at(cursor.selectionStart()), reader.canonical_at(cursor.selectionEnd(), end=True)


def test_characters_outside_the_bmp_count_once(qtbot: QtBot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    text = "𠮷野家的U盘，𠮷字。"
    reader.show_view(make_view(text, Script.SIMPLIFIED, Script.TAIWAN))
    start = text.index("字")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(start))
    cursor.setPosition(reader.qt_position(start + 1), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "字"
    assert selected_canonical(reader, start, start + 1) == (start, start + 1)


def test_a_selection_over_a_changed_phrase_maps_back_exactly(qtbot: QtBot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    text = "我买了U盘和内存。"
    reader.show_view(make_view(text, Script.SIMPLIFIED, Script.TAIWAN))
    start, end = text.index("U"), text.index("内") + 2
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(start))
    cursor.setPosition(reader.qt_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "隨身碟和記憶體"
    assert selected_canonical(reader, start, end) == (start, end)
