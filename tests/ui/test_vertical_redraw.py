"""Vertical text on screen follows every change (find, selection, new highlights), and the
dictionary card works there as in horizontal text.

What is on screen is read back from the window's backing store (QScreen.grabWindow), not
from QWidget.grab(): grab() paints the widget afresh, so it would show marks the pane
never repainted for the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.reader.vertical_view import VerticalReaderView
from app.ui.shell.main_window import MainWindow
from tests.ui.test_dictionary_card import card_done, word_span, words_ready
from tests.ui.test_vertical_reader import _centre, _go_vertical, _open_longest

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _seen_beside(qtbot: QtBot, reader: VerticalReaderView, offset: int) -> QColor:
    """The colour the reader sees just inside the left edge of the character's box."""
    qtbot.wait(30)  # let the pending paint happen
    box = reader.box_of(offset)
    assert box is not None
    window = reader.viewport().window()
    corner = reader.viewport().mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId()).toImage()
    x, y = corner.x() + round(box.left()) + 1, corner.y() + round(box.top() + box.height() * 0.1)
    return shot.pixelColor(x, y)


def _middle(qtbot: QtBot, window: MainWindow) -> int:
    """An offset halfway through the longest essay, shown in vertical text: far from where the
    document's own (horizontal) layout has it, whose repaints would not reach it."""
    essay = _open_longest(window)
    start = essay.text.index("\n", len(essay.text) // 2) + 5
    reader = _go_vertical(window)
    reader.reveal(start + 30)
    qtbot.wait(30)  # painted: what follows must repaint by itself
    return start


def test_shift_down_selection_is_drawn_at_once(qtbot: QtBot, window: MainWindow) -> None:
    start = _middle(qtbot, window)
    reader = _go_vertical(window)
    reader.select_span(start, start)
    before = _seen_beside(qtbot, reader, start + 1)
    reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Down, SHIFT)
    assert reader.selection_span() == (start, start + 3)
    assert _seen_beside(qtbot, reader, start + 1) != before
    qtbot.keyClick(reader, Qt.Key.Key_Up, SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_Up, SHIFT)
    assert _seen_beside(qtbot, reader, start + 1) == before  # unselected: the paper again


def _low_in_a_column(reader: VerticalReaderView, start: int) -> int:
    """An offset from `start` on drawn near the foot of its column."""
    for offset in range(start, start + 400):
        box = reader.box_of(offset)
        if box is not None and box.left() > 0 and box.top() > reader.viewport().height() * 0.8:
            return offset
    raise AssertionError("no character low in a column")


def test_find_marks_the_match_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    reader = _go_vertical(window)
    at = _low_in_a_column(reader, _middle(qtbot, window))
    essay = window.reading.current
    assert essay is not None
    window.commands["find"].trigger()
    qtbot.wait(30)
    before = _seen_beside(qtbot, reader, at)
    window.find_bar.field.setText(essay.text[at:at + 3])
    assert at in [start for start, _end in reader._marks]  # noqa: SLF001
    assert _seen_beside(qtbot, reader, at) != before


def test_a_new_highlight_is_tinted_at_once(qtbot: QtBot, window: MainWindow) -> None:
    start = _middle(qtbot, window)
    reader = _go_vertical(window)
    reader.select_span(start, start + 4)
    selected = _seen_beside(qtbot, reader, start + 1)
    window.commands["highlight_pink"].trigger()
    assert _seen_beside(qtbot, reader, start + 1) != selected  # pink under the selection
    reader.select_span(start + 30, start + 30)
    tint = _seen_beside(qtbot, reader, start + 1)
    assert tint != QColor(reader._colors.paper) and tint.red() > tint.green()  # noqa: SLF001


def test_hovering_a_word_in_vertical_text_opens_its_card(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    start, end = word_span(window)
    reader = _go_vertical(window)
    reader.reveal(start)
    QTest.mouseMove(reader.viewport(), _centre(reader, start))
    card_done(qtbot, window)
    assert window.dictionary_ui.span == (start, end)
    card = window.dictionary_ui.card.geometry()
    box = reader.box_of(start)
    assert box is not None and not card.intersects(box.toAlignedRect())  # beside the word, not over it
    QTest.mouseMove(reader.viewport(), QPoint(3, reader.viewport().height() - 3))  # the empty margin
    qtbot.wait(600)
    assert window.dictionary_ui.span == (start, end)  # nothing new looked up there


def test_a_card_closes_when_the_writing_direction_changes(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    window.dictionary_ui.look_up(*word_span(window))
    card_done(qtbot, window)
    _go_vertical(window)
    assert not window.dictionary_ui.card.isVisible()
