"""Pronunciation ruby drawn by the reader: readings beside (vertical) or above (horizontal) characters.

The readings are never part of the document: selection, copy, find and notes see only the
essay's own characters. Each reading is a QStaticText made once, so a screen full of them
draws quickly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText

from app.core.ruby import MODES, CommonCharacters, load_common, ruby_readings
from app.core.script import Script
from app.core.vertical_layout import Cell, Kind
from app.core.vertical_page import VerticalPage
from app.paths import resources_dir

RUBY_SCALE = 0.5  # a reading's size against the text's
ROOM = 0.7  # ems beside a vertical column (or above a line) kept for readings
ZHUYIN_TONES = "ˊˇˋ"


class RubyPainter:
    """Which characters get a reading, the readings of the shown text, and drawing them."""

    def __init__(self) -> None:
        self.mode = "off"
        self.system = "pinyin"
        self._common: CommonCharacters | None = None
        self._text = ""
        self._script = Script.SIMPLIFIED
        self._readings: dict[int, str] | None = None
        self._static: dict[tuple[str, str, int], QStaticText] = {}
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
        """Display index → reading, worked out on first use for this text and choice."""
        if self._readings is None:
            if self._common is None and self.mode == "rare":
                self._common = load_common(resources_dir() / "readings" / "common_chars.txt")
            common = self._common or CommonCharacters(())
            self._readings = ruby_readings(self._text, self._script, self.mode, self.system, common)
        return self._readings

    def room(self, em: float) -> float:
        return em * ROOM if self.active else 0.0

    def _static_text(self, reading: str, font: QFont) -> QStaticText:
        key = (reading, font.family(), font.pixelSize())
        held = self._static.get(key)
        if held is None:
            held = QStaticText(reading)
            held.setTextFormat(Qt.TextFormat.PlainText)  # readings are never markup
            held.prepare(font=font)
            self._static[key] = held
        return held

    def font(self, em: float) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(round(em * RUBY_SCALE), 6))
        return font

    def paint_vertical(self, painter: QPainter, page: VerticalPage, cells: list[Cell], scroll: float,
                       color: QColor) -> None:
        """Each reading in the room to the right of its character, turned or stacked."""
        readings = self.readings()
        if not readings:
            return
        em = page.metrics.em
        font = self.font(em)
        painter.save()
        painter.setPen(color)
        painter.setFont(font)
        for cell in cells:
            reading = readings.get(cell.start) if cell.kind is Kind.UPRIGHT else None
            if not reading:
                continue
            placed = page.place(cell)
            left = page.screen_x(placed.box_left - placed.em, scroll)  # the character's right edge
            box = QRectF(left, placed.top, page.metrics.ruby, placed.height)
            if self.system == "zhuyin":
                self._stack(painter, reading, box, font)
            else:
                self._turned(painter, reading, box, font)
        painter.restore()

    def _turned(self, painter: QPainter, reading: str, box: QRectF, font: QFont) -> None:
        """Pinyin or jyutping down the right of the character, squeezed to its height."""
        text = self._static_text(reading, font)
        width = text.size().width()
        painter.save()
        painter.translate(box.right() - (box.width() - text.size().height()) / 2, box.top())
        painter.rotate(90)
        if width > box.height():
            painter.scale(box.height() / width, 1.0)
        else:
            painter.translate((box.height() - width) / 2, 0)
        painter.drawStaticText(QPointF(0, 0), text)
        painter.restore()

    def _stack(self, painter: QPainter, reading: str, box: QRectF, font: QFont) -> None:
        """注音 upright, one symbol under another, as it is written beside vertical text."""
        symbols = [s for s in reading if s not in ZHUYIN_TONES]
        tone = next((s for s in reading if s in ZHUYIN_TONES), "")
        step = min(QFontMetricsF(font).height() * 0.8, box.height() / max(len(symbols), 1))
        y = box.top() + (box.height() - step * len(symbols)) / 2
        for symbol in symbols:
            text = self._static_text(symbol, font)
            painter.drawStaticText(QPointF(box.left(), y - (text.size().height() - step) / 2), text)
            y += step
        if tone:
            mark = self._static_text(tone, font)
            painter.drawStaticText(QPointF(box.right() - mark.size().width() / 2,
                                           y - step - mark.size().height() / 2), mark)

    def paint_horizontal(self, painter: QPainter, boxes: Callable[[int], QRectF | None],
                         indices: list[int], em: float, color: QColor) -> None:
        """Each reading centred above its character; `boxes(index)` is the character's box."""
        readings = self.readings()
        font = self.font(em)
        height = QFontMetricsF(font).height()  # the font's, not each reading's (ì may come from another face)
        painter.save()
        painter.setPen(color)
        for index in indices:
            reading = readings.get(index)
            box = boxes(index) if reading else None
            if reading is None or box is None:
                continue
            text = self._static_text(reading, font)
            size = text.size()
            scale = min(1.0, box.width() / size.width())  # never wider than its character
            painter.save()
            painter.translate(box.center().x() - size.width() * scale / 2, box.top() - height * 0.8)
            painter.scale(scale, 1.0)
            painter.drawStaticText(QPointF(0, 0), text)
            painter.restore()
        painter.restore()
