"""Read-aloud in vertical text: the sentence being read is marked as in horizontal text
(see-through, its underline a line beside the column) and kept in view as reading goes on.
Colours are read back from the window's backing store, as the reader sees them."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.core.sentences import sentence_at, sentence_spans
from app.ui.common.theme import LIGHT
from app.ui.reader.vertical_view import VerticalReaderView
from app.ui.shell.main_window import MainWindow
from tests.speech_stub import MANDARIN, StubEngine, opener
from tests.ui.test_vertical_reader import _go_vertical, _open_longest, _visible


def seen(qtbot: QtBot, reader: VerticalReaderView, offset: int, dx: float) -> QColor:
    """The colour on screen `dx` pixels right of the character's box's left edge, near its top."""
    qtbot.wait(30)  # let the pending paint happen
    box = reader.box_of(offset)
    assert box is not None
    window = reader.viewport().window()
    corner = reader.viewport().mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId()).toImage()
    x, y = corner.x() + round(box.left() + dx), corner.y() + round(box.top() + box.height() * 0.1)
    return shot.pixelColor(x, y)


def line_beside(qtbot: QtBot, reader: VerticalReaderView, offset: int) -> bool:
    """Whether a strong accent colour is just left of the character (where its mark's box ends)."""
    box = reader.box_of(offset)
    assert box is not None
    colors = [seen(qtbot, reader, offset, -dx) for dx in range(1, round(box.width() * 0.4))]
    return any(color.red() > color.green() + 60 for color in colors)


def test_the_sentence_read_is_marked_beside_and_through(qtbot: QtBot, window: MainWindow) -> None:
    engine = StubEngine([MANDARIN])
    window.workspace.read_aloud.open_engines_with(opener(engine))
    essay = _open_longest(window)
    reader = _go_vertical(window)
    spans = sentence_spans(essay.text)
    start, end = spans[sentence_at(spans, essay.text.index("\n", len(essay.text) // 2) + 5)]
    reader.reveal(start)
    paper = seen(qtbot, reader, start + 1, 1)
    assert not line_beside(qtbot, reader, start + 1)
    assert paper == QColor(LIGHT.paper)

    window.read_aloud.controller.start(start)
    assert engine.said and window.reader is reader
    tinted = seen(qtbot, reader, start + 1, 1)
    assert tinted != paper and tinted.red() > tinted.blue()  # the accent, faint: text shows through
    assert abs(tinted.lightness() - paper.lightness()) < 40
    assert line_beside(qtbot, reader, start + 1)  # the accent line beside the column
    assert seen(qtbot, reader, end + 3, 1) == paper  # the next sentence is not marked

    window.commands["read_aloud_stop"].trigger()
    assert seen(qtbot, reader, start + 1, 1) == paper


def test_the_sentence_read_is_kept_in_view(qtbot: QtBot, window: MainWindow) -> None:
    engine = StubEngine([MANDARIN])
    window.workspace.read_aloud.open_engines_with(opener(engine))
    essay = _open_longest(window)
    reader = _go_vertical(window)
    far = len(essay.text) - 40  # columns off to the left of the first screen
    assert not _visible(reader, far)
    window.read_aloud.controller.start(far)
    qtbot.waitUntil(lambda: _visible(reader, far))
