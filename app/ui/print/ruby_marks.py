"""Readings above the lines of a horizontal handout, drawn as outlines so the PDF's text stays
the essay's own characters (a reading written as text would interleave with them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QTextCursor, QTextDocument

from app.core.script import Script
from app.ui.reader.vertical_ruby import RUBY_SCALE, cursor_x

ReadingsOf = Callable[[str, Script], dict[int, str]]  # a paragraph's text → index: reading
RUBY_LINE_HEIGHT = 190  # percent: the body's 150 plus room above each line for its readings
RUBY_ROOM_POINTS = 10  # above a paragraph's first line: its readings' height and a gap
INK = QColor("#333333")


class LineReadings:
    """The readings of the paragraphs put into a handout's document, by block and position."""

    def __init__(self, readings_of: ReadingsOf, pixel_size: float) -> None:
        self._readings_of = readings_of
        self._font = QFont()
        self._font.setPixelSize(max(round(pixel_size * RUBY_SCALE), 4))
        self._marks: dict[int, list[tuple[int, str]]] = {}  # block number → (UTF-16 position, reading)
        self._current: dict[int, str] = {}

    def start_paragraph(self, text: str, script: Script, font: QFont) -> None:
        """The next paragraph, set in `font` (its readings use the same faces)."""
        self._current = self._readings_of(text, script)
        self._font.setFamilies(font.families())

    def inserting(self, cursor: QTextCursor, text: str, start: int, end: int) -> None:
        """`text[start:end]` of the paragraph is about to be inserted at `cursor`."""
        marks = self._marks.setdefault(cursor.blockNumber(), [])
        at = cursor.position() - cursor.block().position()
        for index in range(start, end):
            reading = self._current.get(index)
            if reading:
                marks.append((at + len(text[start:index].encode("utf-16-le")) // 2, reading))

    def paint(self, painter: QPainter, document: QTextDocument, page: int, height: float) -> None:
        """The readings of the lines whose top is on `page` (the painter is in document coordinates)."""
        painter.save()
        painter.setPen(INK)
        for number, marks in self._marks.items():
            block = document.findBlockByNumber(number)
            layout = block.layout()
            origin = layout.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                top = origin.y() + line.y()
                if not page * height <= top < (page + 1) * height:
                    continue
                first, last = line.textStart(), line.textStart() + line.textLength()
                for position, reading in marks:
                    if first <= position < last:
                        left = cursor_x(line, position)
                        right = cursor_x(line, position + 1) if position + 1 <= last else left
                        self._draw(painter, reading, QPointF(origin.x() + (left + right) / 2, top),
                                   max(right - left, 1.0))
        painter.restore()

    def _draw(self, painter: QPainter, reading: str, above: QPointF, width: float) -> None:
        """`reading` centred over a character `width` wide whose line's top is at `above`."""
        path = QPainterPath()
        path.addText(QPointF(0, 0), self._font, reading)
        bounds = path.boundingRect()
        squeeze = min(1.0, width * 1.1 / bounds.width()) if bounds.width() else 1.0
        painter.save()
        painter.translate(above.x() - bounds.width() * squeeze / 2, above.y() - bounds.height() * 0.15)
        painter.scale(squeeze, 1.0)
        painter.translate(-bounds.left(), 0)
        painter.fillPath(path, INK)
        painter.restore()
