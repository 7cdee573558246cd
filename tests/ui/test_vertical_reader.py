"""Vertical text in the window: place, selection, highlights, notes, find, keys, wheel, words."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.script import Form
from app.ui.reader.highlights import Highlight
from app.ui.reader.vertical_view import VerticalReaderView
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.test_words import words_ready

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _reader(window: MainWindow) -> VerticalReaderView:
    assert isinstance(window.reader, VerticalReaderView)
    return window.reader


def _open_longest(window: MainWindow) -> Essay:
    essay = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(essay.id)
    return essay


def _go_vertical(window: MainWindow) -> VerticalReaderView:
    window.commands["vertical_text"].setChecked(True)
    reader = _reader(window)
    assert reader.vertical
    return reader


def _visible(reader: VerticalReaderView, offset: int) -> bool:
    box = reader.box_of(offset)
    return box is not None and 0 <= box.left() and box.right() <= reader.viewport().width()


def _centre(reader: VerticalReaderView, offset: int) -> QPoint:
    box = reader.box_of(offset)
    assert box is not None
    return QPoint(round(box.center().x()), round(box.top() + box.height() * 0.25))


def test_switching_direction_keeps_the_place_both_ways(window: MainWindow) -> None:
    essay = _open_longest(window)
    middle = essay.text.index("\n", len(essay.text) // 2) + 1
    window.reader.scroll_to_offset(middle)
    top = window.reader.top_offset()
    reader = _go_vertical(window)
    assert abs(reader.top_offset() - top) < 40
    assert _visible(reader, top)
    assert window.prefs.flag("vertical", False)
    window.commands["vertical_text"].setChecked(False)
    assert not reader.vertical and abs(reader.top_offset() - top) < 80


def test_vertical_is_remembered_for_the_next_window(open_window: WindowFactory) -> None:
    first = open_window()
    _go_vertical(first)
    first.close()
    second = open_window()
    assert _reader(second).vertical and second.commands["vertical_text"].isChecked()


def test_drag_selects_down_a_column_and_copies_it(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    start = essay.text.index("\n") + 3
    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=_centre(reader, start))
    qtbot.mouseMove(reader.viewport(), _centre(reader, start + 4))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=_centre(reader, start + 4))
    assert reader.selection_span() == (start, start + 4)
    window.commands["copy"].trigger()
    assert QApplication.clipboard().text() == essay.text[start:start + 4]


def test_shift_arrows_extend_the_selection_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    start = essay.text.index("\n") + 3
    reader.select_span(start, start)
    reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Down, SHIFT)
    assert reader.selection_span() == (start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Up, SHIFT)
    assert reader.selection_span() == (start, start + 2)
    qtbot.keyClick(reader, Qt.Key.Key_Left, SHIFT)  # the next column, a whole column on
    span = reader.selection_span()
    assert span is not None and span[1] - start > 10


def test_a_highlight_made_in_vertical_text_is_the_same_note(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    start = essay.text.index("\n") + 5
    reader.select_span(start, start + 6)
    window.commands["highlight_green"].trigger()
    [note] = window.notes_ui.notes.annotations()
    assert (note.anchor.start, note.anchor.end, note.color) == (start, start + 6, "green")
    reader.select_span(start + 20, start + 20)  # no selection over it any more
    image = reader.viewport().grab().toImage()
    point = _centre(reader, start + 2)
    box = reader.box_of(start + 2)
    assert box is not None
    edge = image.pixelColor(round(box.left()) + 1, point.y())  # the paper beside the glyph
    assert edge != QColor(window.reader._colors.paper)  # noqa: SLF001  (drawn behind it)


def test_others_highlights_are_drawn_in_their_colour(window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    start = essay.text.index("\n") + 5
    theirs = Highlight("them", start, start + 4, "yellow", owner_color="#1e88e5")
    reader.set_highlights([theirs])
    box = reader.box_of(start + 1)
    assert box is not None
    image = reader.viewport().grab().toImage()
    line = image.pixelColor(round(box.left() - 0.2 * box.width()), round(box.center().y()))
    assert line.blue() > line.red() + 60  # their blue line beside the characters


def test_find_moves_to_the_match_and_marks_it(window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    word = essay.text[-12:-8]
    assert not _visible(reader, essay.text.index(word))
    window.commands["find"].trigger()
    window.find_bar.field.setText(word)
    window.commands["find_next"].trigger()
    current = reader._marks[reader._current_mark]  # noqa: SLF001
    assert essay.text[current[0]:current[1]] == word
    assert _visible(reader, current[0])


def test_wheel_and_keys_page_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    _open_longest(window)
    reader = _go_vertical(window)
    reader.scroll_to_offset(0)
    start = reader.top_offset()
    wheel = QWheelEvent(QPointF(100, 100), QPointF(100, 100), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(reader.viewport(), wheel)
    after_wheel = reader.top_offset()
    assert after_wheel > start and reader.progress() > 0
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    after_page = reader.top_offset()
    assert after_page > after_wheel
    qtbot.keyClick(reader, Qt.Key.Key_Right)  # back one column, towards the start
    assert reader.top_offset() < after_page
    qtbot.keyClick(reader, Qt.Key.Key_Home)
    assert reader.progress() == 0


def test_bookmark_and_back_in_vertical_text(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    offset = essay.text.index("\n", len(essay.text) // 2) + 1
    reader.scroll_to_offset(offset)
    reader._vertical_scrolled()  # noqa: SLF001  (as a scroll by the reader does)
    window.commands["bookmark"].trigger()
    [mark] = window.notes_ui.notes.bookmarks()
    assert abs(mark.anchor.start - offset) < 40
    reader.scroll_to_offset(0)
    reader._vertical_scrolled()  # noqa: SLF001
    panel = window.notes_ui.bookmarks_panel
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(0)).center())
    assert _visible(reader, mark.anchor.start)
    window.commands["back"].trigger()
    assert reader.top_offset() < 40


def test_double_click_selects_the_word_in_every_form(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    essay = next(e for e in window.reading.library.essays() if e.label == "篇1")
    window.reading.open_essay(essay.id)
    reader = _go_vertical(window)
    at = essay.text.index("工匠精神")
    for form in (Form.ORIGINAL, Form.SIMPLIFIED, Form.TAIWAN):
        window.reading.set_form(form)
        reader.reveal(at + 1)
        qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=_centre(reader, at + 1))
        assert reader.selection_span() == (at, at + 4), form


def _rare_character(window: MainWindow, essay: Essay) -> int:
    reader = _reader(window)
    reader.ruby.readings()
    reader.ruby.wait()  # worked out off the window's thread
    readings = reader.ruby.readings()
    assert readings, "the longest essay has a rare character"
    return window.reading.current_view().offsets.to_canonical(min(readings))  # type: ignore[union-attr]


def test_ruby_is_drawn_beside_rare_characters_and_stays_out_of_the_text(window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    plain_pitch = reader._vertical_page().pitch  # type: ignore[union-attr]  # noqa: SLF001
    window.commands["ruby_rare"].trigger()
    assert window.prefs.choice("ruby", ("off", "rare", "all")) == "rare"
    assert reader._vertical_page().pitch > plain_pitch  # type: ignore[union-attr]  # noqa: SLF001
    rare = _rare_character(window, essay)
    reader.reveal(rare)
    box = reader.box_of(rare)
    assert box is not None
    reader.ruby.readings()
    reader.ruby.wait()  # worked out off the window's thread
    image = reader.viewport().grab().toImage()
    paper = QColor(window.reader._colors.paper)  # noqa: SLF001
    right = range(round(box.right()) + 1, round(box.right() + box.width() * 0.6))
    beside = [image.pixelColor(x, y) for x in right for y in range(round(box.top()), round(box.bottom()))]
    assert any(color != paper for color in beside)  # the reading's ink to the right
    assert reader.toPlainText().count("\n") == essay.text.count("\n") + 1  # the document is the essay
    reader.select_span(rare - 1, rare + 2)
    window.commands["copy"].trigger()
    assert QApplication.clipboard().text() == essay.text[rare - 1:rare + 2]  # no reading copied


def test_ruby_in_horizontal_text_spaces_the_lines(window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _reader(window)
    lines_before = reader.document().size().height()
    window.commands["reading_zhuyin"].trigger()
    window.commands["ruby_all"].trigger()
    reader.ruby.readings()
    reader.ruby.wait()
    assert reader.ruby.system == "zhuyin" and reader.ruby.readings()
    assert reader.document().size().height() > lines_before * 1.15
    window.commands["find"].trigger()
    window.find_bar.field.setText(essay.text[10:14])
    assert window.find_bar.count.text().startswith("1 of")  # found in the text, not the readings


def test_dragging_past_the_left_edge_scrolls_on_and_keeps_selecting(qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    start = essay.text.index("\n") + 3
    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=_centre(reader, start))
    for _ in range(6):
        qtbot.mouseMove(reader.viewport(), QPoint(-5, reader.viewport().height() // 2))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(-5, 100))
    span = reader.selection_span()
    assert reader.progress() > 0 and span is not None and span[0] == start and span[1] > start + 40


def test_ctrl_shift_down_or_left_extends_by_a_word(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    essay = next(e for e in window.reading.library.essays() if e.label == "篇1")
    window.reading.open_essay(essay.id)
    reader = _go_vertical(window)
    at = essay.text.index("工匠精神")
    reader.select_span(at, at)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert reader.textCursor().selectedText() == "工匠精神"
    reader.select_span(at, at)  # Ctrl+Shift+Left too: leftwards is onwards across the columns,
    qtbot.keyClick(reader, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert reader.textCursor().selectedText() == "工匠精神"  # never a selection thrown away
    qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert reader.textCursor().selectedText() == ""  # and rightwards back
