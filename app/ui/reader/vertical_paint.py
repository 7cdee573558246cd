"""Painting a vertical page: the characters of some cells, and spans of them filled or lined."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from app.core.vertical_layout import Cell, Kind
from app.core.vertical_page import VerticalPage
from app.ui.reader.vertical_glyphs import GlyphCache

Span = tuple[int, int]  # display offsets [start, end)


class PagePainter:
    """Draws on one painter, for one page scrolled by `scroll` pixels."""

    def __init__(self, painter: QPainter, page: VerticalPage, scroll: float) -> None:
        self.painter, self.page, self.scroll = painter, page, scroll

    def draw_cells(self, glyphs: GlyphCache, cells: list[Cell], text: str, *, in_title: bool = False) -> None:
        """The characters of `cells` (of `text`, the body or the title), in the painter's pen."""
        page = self.page
        for cell in cells:
            if cell.kind is Kind.BREAK:
                continue
            placed = page.place(cell, in_title=in_title)
            glyphs.draw(self.painter, text[cell.start:cell.end], cell.kind,
                        page.screen_x(placed.box_left, self.scroll), placed.top)

    def boxes(self, cells: list[Cell], span: Span) -> list[QRectF]:
        """Viewport boxes of the body characters of `span` among `cells`, a little wider than the em."""
        start, end = span
        found = []
        for cell in cells:
            if cell.end <= start or cell.start >= end or cell.kind is Kind.BREAK:
                continue
            placed = self.page.place(cell)
            x = self.page.screen_x(placed.box_left, self.scroll)
            found.append(QRectF(x - placed.em * 0.15, placed.top, placed.em * 1.3, placed.height))
        return found

    def fill(self, cells: list[Cell], span: Span, color: QColor) -> None:
        for box in self.boxes(cells, span):
            self.painter.fillRect(box, color)

    def side_line(self, cells: list[Cell], span: Span, color: QColor) -> None:
        """Someone else's note: a line beside the characters (their underline, turned with the text)."""
        for box in self.boxes(cells, span):
            self.painter.fillRect(QRectF(box.left() - 1.5, box.top(), 1.5, box.height()), color)
