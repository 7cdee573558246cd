"""Painting a vertical page: the characters of some cells, and spans of them filled or lined."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from app.core.vertical_layout import Cell, Kind
from app.core.vertical_page import VerticalPage
from app.ui.common.theme import highlight_color
from app.ui.reader.highlights import Highlight
from app.ui.reader.vertical_glyphs import DASHES, GlyphCache
from app.ui.reader.vertical_ruby import RubyPainter

KEEP_COLUMNS = 96  # about three screens of columns: a few MB of pictures at most

Span = tuple[int, int]  # display offsets [start, end)


class ColumnImages:
    """Each column drawn once into a transparent pixmap (its characters and readings), kept for
    the columns seen last: a frame then costs one drawPixmap a column, not a glyph a character."""

    def __init__(self, ruby: RubyPainter, keep: int = KEEP_COLUMNS) -> None:
        self._ruby = ruby
        self._keep = keep
        self._images: OrderedDict[tuple[int, bool], tuple[float, QPixmap]] = OrderedDict()
        self._page: VerticalPage | None = None
        self._generation = 0
        self.ratio = 1.0

    def of(self, page: VerticalPage, glyphs: GlyphCache, column: int, text: str, ink: QColor, *,
           in_title: bool) -> tuple[float, QPixmap]:
        """(the column's left edge as a distance from the content's right, its picture)."""
        if page is not self._page or self._ruby.generation != self._generation:  # or readings came
            self._page, self._images, self._generation = page, OrderedDict(), self._ruby.generation
        key = (column, in_title)
        held = self._images.get(key)
        if held is None:
            held = self._draw(page, glyphs, column, text, ink, in_title=in_title)
            self._images[key] = held
            while len(self._images) > self._keep:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return held

    def _draw(self, page: VerticalPage, glyphs: GlyphCache, column: int, text: str, ink: QColor, *,
              in_title: bool) -> tuple[float, QPixmap]:
        pitch = page.title_pitch if in_title else page.pitch
        left = page.column_right(column, in_title=in_title) + pitch
        image = QImage(max(round(pitch * self.ratio), 1), max(round(page.metrics.height * self.ratio), 1),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.scale(self.ratio, self.ratio)
        painter.setPen(ink)
        cells = (page.title if in_title else page.body).cells_in_columns(column, column)
        upright = []
        for cell in cells:
            placed = page.place(cell, in_title=in_title)
            if cell.kind is Kind.UPRIGHT and text[cell.start] not in DASHES:
                upright.append((text[cell.start], placed.top))
            elif cell.kind is not Kind.BREAK:  # turned Latin, 縦中横 digits, dashes: few, drawn alone
                glyphs.draw(painter, text[cell.start:cell.end], cell.kind, left - placed.box_left, placed.top)
        if cells:
            origin = QPointF(left - page.place(cells[0], in_title=in_title).box_left, 0)
            for run in glyphs.column_runs(upright):
                painter.drawGlyphRun(origin, run)
            if self._ruby.active and not in_title:
                self._ruby.paint_vertical(painter, page, cells, lambda distance: left - distance, ink)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.ratio)
        return left, pixmap


class PagePainter:
    """Draws on one painter, for one page scrolled by `scroll` pixels."""

    def __init__(self, painter: QPainter, page: VerticalPage, scroll: float) -> None:
        self.painter, self.page, self.scroll = painter, page, scroll

    def draw_columns(self, images: ColumnImages, glyphs: GlyphCache, columns: range, text: str, ink: QColor,
                     *, in_title: bool = False) -> None:
        """The characters of `columns` (of `text`, the body or the title), and their readings."""
        for column in columns:
            left, pixmap = images.of(self.page, glyphs, column, text, ink, in_title=in_title)
            self.painter.drawPixmap(QPointF(self.page.screen_x(left, self.scroll), 0), pixmap)

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


def highlight_brush(highlight: Highlight, dark: bool) -> QColor:
    """A highlight's fill: someone else's in their own colour, faint; one's own in its colour."""
    if highlight.owner_color:
        return see_through(highlight.owner_color, dark)
    return highlight_color(highlight.color, dark)


def see_through(color: str, dark: bool) -> QColor:
    """A mark other marks show through: others' notes, the sentence read aloud."""
    faint = QColor(color)
    faint.setAlpha(70 if dark else 45)
    return faint
