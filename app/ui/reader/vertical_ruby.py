"""Pronunciation ruby drawn by the reader: readings beside (vertical) or above (horizontal) characters.

The readings are never part of the document: selection, copy, find and notes see only the
essay's own characters. Each reading is drawn once into a small pixmap, already turned and
fitted to its character: a screen of readings drawn as text under a rotation took 50 ms a
frame, as pixmaps it takes a few.

The readings of a whole essay take 20–90 ms (word by word, through pypinyin or ToJyutping):
in the window they are worked out on a worker (`Tasks`), the text is drawn without them
meanwhile, and `ready` asks for a repaint once they have come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextBlockFormat, QTextCursor, QTextDocument

from app.core.ruby import MODES, CommonCharacters, load_common, ruby_readings
from app.core.script import Script
from app.paths import resources_dir
from app.services.tasks import Tasks

if TYPE_CHECKING:  # vertical geometry loads with vertical mode (see vertical_view)
    from PySide6.QtGui import QImage, QPixmap, QTextLine  # named at use: built with the first reading

    from app.core.vertical_layout import Cell
    from app.core.vertical_page import VerticalPage

RUBY_TASK = "ruby"
RUBY_SCALE = 0.55  # a reading's size against the text's
ROOM = 0.75  # ems beside a vertical column (or above a line) kept for readings
ZHUYIN_TONES = "ˊˇˋ"
READING_GAP = 0.15  # of a character's length left free, so neighbours' readings never touch


class RubyPainter:
    """Which characters get a reading, the readings of the shown text, and drawing them."""

    def __init__(self, ready: Callable[[], None] | None = None, owner: QObject | None = None) -> None:
        """With `ready`, readings are worked out off the window's thread and `ready()` follows
        (never after `owner` is gone); without it, on first use (a handout, a test)."""
        self._ready = ready
        self._tasks = Tasks(owner) if ready is not None else None
        self.generation = 0  # counts the readings that came from a worker
        self.mode = "off"
        self.system = "pinyin"
        self._common: CommonCharacters | None = None
        self._text = ""
        self._script = Script.SIMPLIFIED
        self._readings: dict[int, str] | None = None
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}
        self._ratio = 1.0
        self.family = ""  # the reading face, which has pinyin's accented letters

    @property
    def active(self) -> bool:
        return self.mode != "off"

    def configure(self, mode: str, system: str) -> bool:
        """Take the reader's choice; True when it changes what is drawn."""
        mode = mode if mode in MODES else "off"
        changed = (mode, system) != (self.mode, self.system)
        if changed:
            self.mode, self.system, self._readings = mode, system, None
        return changed

    def set_text(self, text: str, script: Script) -> None:
        if (text, script) != (self._text, self._script):
            self._text, self._script, self._readings = text, script, None

    def readings(self) -> dict[int, str]:
        """Display index → reading for this text and choice; empty while a worker finds them."""
        if self._readings is None:
            if self._common is None and self.mode == "rare":
                self._common = load_common(resources_dir() / "readings" / "common_chars.txt")
            common = self._common or CommonCharacters(())
            asked = (self._text, self._script, self.mode, self.system)
            if self._tasks is None:
                self._readings = ruby_readings(*asked, common)
                return self._readings
            self._readings = {}  # drawn without readings until they come
            self._tasks.run(lambda _task: ruby_readings(*asked, common), key=RUBY_TASK,
                            done=lambda found: self._arrived(asked, found))
        return self._readings

    def _arrived(self, asked: tuple[str, Script, str, str], found: dict[int, str]) -> None:
        if asked == (self._text, self._script, self.mode, self.system) and self._ready is not None:
            self._readings = found
            self.generation += 1  # what was drawn without them is stale
            self._ready()

    def wait(self) -> None:
        """Until the readings being worked out have come (tests, a handout made now)."""
        if self._tasks is not None:
            self._tasks.wait(RUBY_TASK)

    def set_scale(self, ratio: float) -> None:
        """The screen's device pixel ratio, so readings stay sharp on a high-density screen."""
        if ratio != self._ratio:
            self._ratio, self._pixmaps = ratio, {}

    def room(self, em: float) -> float:
        return em * ROOM if self.active else 0.0

    def font(self, em: float) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(round(em * RUBY_SCALE), 6))
        return font

    def paint_vertical(self, painter: QPainter, page: VerticalPage, cells: list[Cell],
                       x_of: Callable[[float], float], color: QColor) -> None:
        """Each reading in the room to the right of its character, turned (or stacked, for 注音);
        `x_of` turns a distance from the content's right edge into the painter's x."""
        from app.core.vertical_layout import Kind  # noqa: PLC0415  (loaded by vertical mode already)

        readings = self.readings()
        if not readings:
            return
        font = self.font(page.metrics.em)
        room = page.metrics.ruby
        for cell in cells:
            reading = readings.get(cell.start) if cell.kind is Kind.UPRIGHT else None
            if not reading:
                continue
            placed = page.place(cell)
            left = x_of(placed.box_left - placed.em)  # the character's right edge
            pixmap = self._pixmap(reading, font, color, fit=placed.height,
                                  shape="stacked" if self.system == "zhuyin" else "turned")
            size = pixmap.deviceIndependentSize()
            painter.drawPixmap(QPointF(left + (room - size.width()) / 2,
                                       placed.top + (placed.height - size.height()) / 2), pixmap)

    def paint_horizontal(self, painter: QPainter, boxes: Callable[[int], QRectF | None],
                         span: tuple[int, int], em: float, color: QColor) -> None:
        """Each reading of the display indices in [start, end) of `span` centred above its
        character; `boxes(index)` is the character's box."""
        readings = self.readings()
        font = self.font(em)
        for index in sorted(index for index in readings if span[0] <= index < span[1]):
            reading, box = readings[index], boxes(index)
            if not reading or box is None:
                continue
            pixmap = self._pixmap(reading, font, color, fit=box.width(), shape="level")
            size = pixmap.deviceIndependentSize()
            painter.drawPixmap(QPointF(box.center().x() - size.width() / 2, box.top() - size.height() * 0.8),
                               pixmap)

    def _pixmap(self, reading: str, font: QFont, color: QColor, *, fit: float, shape: str) -> QPixmap:
        """`reading` drawn once: level (above a line), turned (down a column) or stacked (注音),
        squeezed to `fit` pixels along its length, less a gap."""
        fit *= 1 - READING_GAP
        key = (reading, font.family(), font.pixelSize(), color.rgba(), round(fit), shape)
        held = self._pixmaps.get(key)
        if held is None:
            image = self._stacked(reading, font, color, fit) if shape == "stacked" else (
                self._level(reading, font, color, fit))
            if shape == "turned":
                image = image.transformed(QtGui.QTransform().rotate(90))
            held = QtGui.QPixmap.fromImage(image)
            held.setDevicePixelRatio(self._ratio)
            self._pixmaps[key] = held
        return held

    def _canvas(self, width: float, height: float) -> QImage:
        image = QtGui.QImage(max(round(width * self._ratio), 1), max(round(height * self._ratio), 1),
                             QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        return image

    def _level(self, reading: str, font: QFont, color: QColor, fit: float) -> QImage:
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(reading)
        squeeze = min(1.0, fit / width) if width else 1.0
        image = self._canvas(width * squeeze, metrics.height())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(self._ratio * squeeze, self._ratio)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QPointF(0, metrics.ascent()), reading)
        painter.end()
        return image

    def _stacked(self, reading: str, font: QFont, color: QColor, fit: float) -> QImage:
        """注音 upright, one symbol under another, its tone mark to the right of the last."""
        metrics = QFontMetricsF(font)
        symbols = [s for s in reading if s not in ZHUYIN_TONES]
        tone = next((s for s in reading if s in ZHUYIN_TONES), "")
        step = min(metrics.height() * 0.8, fit / max(len(symbols), 1))
        width = max((metrics.horizontalAdvance(s) for s in symbols), default=0.0)
        image = self._canvas(width * 1.5, step * len(symbols))
        painter = QPainter(image)
        painter.scale(self._ratio, self._ratio)
        painter.setFont(font)
        painter.setPen(color)
        baseline = (step + metrics.ascent() - metrics.descent()) / 2
        for number, symbol in enumerate(symbols):
            painter.drawText(QPointF(0, number * step + baseline), symbol)
        if tone:
            painter.drawText(QPointF(width * 0.9, (len(symbols) - 1) * step + baseline - step * 0.3), tone)
        painter.end()
        return image


def character_box(document: QTextDocument, position: int, scrolled: int) -> QRectF | None:
    """Where the character at Qt `position` sits in a horizontal reader scrolled down by
    `scrolled` pixels: its line's top (not its glyph's, whose fallback face may sit higher)
    and its advance."""
    block = document.findBlock(position)
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position()) if layout is not None else None
    if line is None or not line.isValid():
        return None
    inside = position - block.position()
    left = cursor_x(line, inside)
    right = cursor_x(line, inside + 1) if inside + 1 <= line.textStart() + line.textLength() else left
    origin = layout.position()
    top = origin.y() + line.y() - scrolled
    return QRectF(origin.x() + left, top, max(right - left, line.height() / 2), line.height())


def cursor_x(line: QTextLine, position: int) -> float:
    """QTextLine.cursorToX's x (PySide gives it with the adjusted position)."""
    found: object = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def space_lines(document: QTextDocument, body_start: int, percent: int) -> None:
    """Room above each horizontal line of the body for its readings: `percent` line height."""
    cursor = QTextCursor(document)
    cursor.setPosition(body_start)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    spaced = QTextBlockFormat()
    spaced.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(spaced)
