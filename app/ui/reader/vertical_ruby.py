"""Pronunciation ruby drawn by the reader: readings beside (vertical) or above (horizontal) characters."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter

from app.core.script import Script
from app.core.vertical_layout import Cell
from app.core.vertical_page import VerticalPage

MODES = ("off", "rare", "all")


class RubyPainter:
    """Which characters get a reading, and drawing those readings."""

    def __init__(self) -> None:
        self.mode = "off"
        self.system = "pinyin"

    @property
    def active(self) -> bool:
        return self.mode != "off"

    def configure(self, mode: str, system: str) -> bool:
        mode = mode if mode in MODES else "off"
        changed = (mode, system) != (self.mode, self.system)
        self.mode, self.system = mode, system
        return changed

    def set_text(self, text: str, script: Script) -> None:
        self._text, self._script = text, script

    def room(self, em: float) -> float:
        return em * 0.6 if self.active else 0.0

    def paint_vertical(self, painter: QPainter, page: VerticalPage, cells: list[Cell], scroll: float,
                       color: QColor) -> None:
        return
