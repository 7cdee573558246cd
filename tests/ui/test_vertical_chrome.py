"""Vertical text's caret and its right-to-left scroll bar, as a keyboard or mouse reader meets them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.reader.vertical_view import VerticalReaderView
from app.ui.shell.main_window import MainWindow
from tests.ui.test_vertical_reader import _go_vertical, _open_longest


def _frame(reader: VerticalReaderView) -> QImage:
    reader.viewport().repaint()
    return reader.viewport().grab().toImage()


def _changed(before: QImage, after: QImage) -> QRect:
    """The bounding box of the pixels that differ (sampled every second pixel)."""
    box = QRect()
    for y in range(0, before.height(), 2):
        for x in range(0, before.width(), 2):
            if before.pixel(x, y) != after.pixel(x, y):
                box = box.united(QRect(x, y, 1, 1))
    return box


def test_the_caret_is_drawn_at_the_top_of_its_character_and_follows_the_keys(
        qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _go_vertical(window)
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus)
    offset = essay.text.index("\n") + 5
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(offset))
    reader.setTextCursor(cursor)
    assert reader.parts.caret.lit  # shown at once after a move
    lit = _frame(reader)
    reader.parts.caret.lit = False  # the blink's other half
    dark = _frame(reader)
    changed = _changed(dark, lit)
    box = reader.box_of(offset)
    assert box is not None and not changed.isNull()
    assert abs(changed.center().y() - box.top()) <= 3  # a bar across the column, above the character
    assert box.left() - 4 <= changed.center().x() <= box.right() + 4
    QTest.keyClick(reader, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert reader.parts.caret.lit
    moved = _changed(dark, _frame(reader))
    assert moved.bottom() > changed.bottom() + box.height() / 2  # one character further down


def test_the_scroll_bar_starts_at_the_right_and_moves_the_columns(qtbot: QtBot, window: MainWindow) -> None:
    _open_longest(window)
    reader = _go_vertical(window)
    bar = reader.parts.scroll_bar
    qtbot.waitUntil(bar.isVisible)
    # the start of the essay is at the right, as its first column: so is the handle
    assert bar.value() == bar.maximum() and bar.maximum() > bar.pageStep()
    assert bar.geometry().top() >= reader.viewport().geometry().bottom()  # under the text, not over it
    first = reader.top_offset()
    bar.setValue(bar.maximum() // 2)  # dragged halfway
    assert 0.4 < reader.progress() < 0.6
    assert reader.top_offset() > first
    QTest.keyClick(reader, Qt.Key.Key_End)
    assert bar.value() == 0  # the bar follows the keys too: the end is at the left
    QTest.keyClick(reader, Qt.Key.Key_Home)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 4, bar.height() // 2))
    assert reader.top_offset() > first  # the track left of the handle pages on, leftwards
    onwards = reader.top_offset()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() * 15 // 16, bar.height() // 2))
    assert reader.top_offset() < onwards  # and right of it, back towards the start
    window.commands["vertical_text"].setChecked(False)
    assert not bar.isVisible()


def test_readings_are_worked_out_off_the_window_thread_then_drawn(qtbot: QtBot, window: MainWindow) -> None:
    _open_longest(window)
    reader = _go_vertical(window)
    plain = _frame(reader)
    window.commands["ruby_all"].trigger()
    assert reader.ruby.readings() == {}  # asked for: the frame does not wait for them…
    without = _frame(reader)
    qtbot.waitUntil(lambda: bool(reader.ruby.readings()), timeout=20000)  # …they come from a worker
    with_readings = _frame(reader)
    assert not _changed(without, with_readings).isNull()  # and are drawn when they come
    assert _changed(plain, without).width() > 0  # (the columns moved apart for them at once)


def test_long_readings_leave_a_gap_so_neighbours_do_not_run_together(window: MainWindow) -> None:
    ruby = _go_vertical(window).ruby
    font = ruby.font(20.0)
    for shape in ("turned", "level"):
        pixmap = ruby._pixmap("zhuāng", font, QColor("black"), fit=20.0, shape=shape)  # noqa: SLF001
        size = pixmap.deviceIndependentSize()
        length = size.height() if shape == "turned" else size.width()
        assert length <= 20.0 * 0.9, shape  # squeezed inside its character, with room to spare



def _caret_drawn_at(reader: VerticalReaderView, offset: int) -> bool:
    """Whether the vertical caret is drawn across the column just above character `offset`."""
    reader.parts.caret.lit = True
    lit = _frame(reader)
    reader.parts.caret.lit = False  # the blink's other half
    changed = _changed(_frame(reader), lit)
    reader.parts.caret.lit = True
    box = reader.box_of(offset)
    return (box is not None and not changed.isNull() and abs(changed.center().y() - box.top()) <= 3
            and box.left() - 4 <= changed.center().x() <= box.right() + 4)


def _caret_offset(reader: VerticalReaderView) -> int:
    return reader.canonical_at(reader.textCursor().position())


def _focused_reader(qtbot: QtBot, window: MainWindow) -> VerticalReaderView:
    reader = window.reader
    assert isinstance(reader, VerticalReaderView)
    qtbot.waitUntil(reader.hasFocus)  # the window gives the text the keys at start: nobody clicks here
    return reader


def test_the_caret_shows_at_the_place_right_after_each_switch_without_a_click(
        qtbot: QtBot, window: MainWindow) -> None:
    _open_longest(window)
    reader = _focused_reader(qtbot, window)
    assert reader.textCursor().position() < reader.qt_position(0)  # at the start Qt's caret is in the title…
    _go_vertical(window)
    assert reader.top_offset() == 0 and _caret_drawn_at(reader, 0)  # …which columns never draw
    reader.scroll_by(reader.viewport().width() * 2)  # read on: the caret is left behind, out of sight
    place = reader.top_offset()
    assert place > 0
    window.commands["vertical_text"].setChecked(False)
    assert _caret_offset(reader) == place == reader.top_offset()
    assert reader.hasFocus() and reader.viewport().rect().contains(reader.cursorRect())  # Qt draws it
    bar = reader.verticalScrollBar()
    bar.setValue(bar.value() + 2 * bar.pageStep())  # read on in lines, the caret left behind again
    place = reader.top_offset()
    _go_vertical(window)
    assert _caret_offset(reader) == place == reader.top_offset()
    assert _caret_drawn_at(reader, place)


def test_a_caret_in_sight_stays_where_the_reader_put_it_in_vertical_text(
        qtbot: QtBot, window: MainWindow) -> None:
    essay = _open_longest(window)
    reader = _focused_reader(qtbot, window)
    mine = essay.text.index("\n") + 7  # in the first screen, both ways
    reader.select_span(mine, mine)
    _go_vertical(window)
    assert _caret_offset(reader) == mine and _caret_drawn_at(reader, mine)
    reader.resize(reader.width() - 40, reader.height())
    assert _caret_offset(reader) == mine  # nor does a resize take it to the top


def test_an_essay_opened_in_vertical_text_shows_its_caret_at_the_start(
        qtbot: QtBot, window: MainWindow) -> None:
    longest = _open_longest(window)
    reader = _focused_reader(qtbot, window)
    _go_vertical(window)
    other = next(essay for essay in window.reading.library.essays() if essay.id != longest.id)
    window.reading.open_essay(other.id)
    qtbot.waitUntil(lambda: reader.view is not None and reader.view.essay.id == other.id)
    assert _caret_drawn_at(reader, 0)
