"""What vertical reading needs around the text: a blinking caret and a right-to-left scroll bar
(with the columns' pictures, these are the `VerticalParts` a pane makes when first vertical).

In vertical mode the pane draws the text itself, so Qt draws neither the text cursor nor a
scroll bar that means anything (the document's own bars are for horizontal lines). The caret
is a bar across the column above the character it stands before, blinking at the system's
rate like Qt's; the scroll bar is our own, laid in a margin under the columns, its start at
the right as the text's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QTextEdit

from app.core.script import Script
from app.core.vertical_page import VerticalPage
from app.ui.common.fonts import reader_font
from app.ui.reader.vertical_glyphs import GlyphCache
from app.ui.reader.vertical_paint import ColumnImages
from app.ui.reader.vertical_ruby import RubyPainter

CARET_WIDTH = 2.0  # pixels: Qt's text cursor is one or two


class ColumnScrollBar(QScrollBar):
    """A horizontal bar whose handle starts at the right, with the first column. Its value counts
    the pane's scroll from the end, in pixels: a plain bar, so a click on the track, the arrows and
    the keys move the way they point (Qt pages an inverted bar the wrong way on a track click)."""

    def __init__(self, area: QAbstractScrollArea, scrolled: Callable[[float], None]) -> None:
        super().__init__(Qt.Orientation.Horizontal, area)
        self.setObjectName("vertical_scroll_bar")
        self._area = area
        self.valueChanged.connect(lambda value: scrolled(float(self.maximum() - value)))
        self.hide()

    def set_shown(self, on: bool) -> None:
        height = self.sizeHint().height() if on else 0
        self._area.setViewportMargins(0, 0, 0, height)
        self.setVisible(on)
        self.place()

    def place(self) -> None:
        """Under the viewport, as wide as it (the scroll area's own bars sit there too)."""
        viewport = self._area.viewport().geometry()
        self.setGeometry(viewport.left(), viewport.bottom() + 1, viewport.width(), self.sizeHint().height())

    def sync(self, page: VerticalPage, scroll: float) -> None:
        """Range, steps and position of `page` scrolled by `scroll`, without echoing back."""
        self.blockSignals(True)  # our own bar: nothing else keeps its value
        maximum = round(page.max_scroll)
        self.setRange(0, maximum)
        self.setPageStep(max(round(page.page_step()), 1))
        self.setSingleStep(max(round(page.pitch), 1))
        self.setValue(maximum - round(scroll))
        self.blockSignals(False)


class Caret(QObject):
    """The text cursor in vertical mode: shown while the pane has focus, blinking as Qt's does."""

    def __init__(self, update: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._update = update
        self.lit = True
        self._on = False  # only vertical mode draws it; Qt draws its own otherwise
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._blink)

    def set_on(self, on: bool) -> None:
        self._on = on
        if on:
            self.restart()
        else:
            self._timer.stop()

    def restart(self) -> None:
        """Shown at once after the caret moved, then blinking again."""
        if not self._on:
            return
        self.lit = True
        flash = QApplication.cursorFlashTime()
        if flash > 0:
            self._timer.start(flash // 2)
        self._update()

    def _blink(self) -> None:
        self.lit = not self.lit
        self._update()

    def paint(self, painter: QPainter, page: VerticalPage, scroll: float, display: int, ink: QColor) -> None:
        """A bar across the body column, at the top of the character at `display` (its foot past the end)."""
        if not self.lit:
            return
        body = page.body
        cell = body.cell_of(display)
        at_end = cell is None
        if cell is None:
            if not body.cells:
                return
            cell = body.cells[-1]
        placed = page.place(cell)
        y = placed.top + (placed.height if at_end else 0.0)
        x = page.screen_x(placed.box_left, scroll)
        painter.fillRect(QRectF(x - placed.em * 0.1, y - CARET_WIDTH / 2, placed.em * 1.2, CARET_WIDTH), ink)


class VerticalParts:
    """What a pane draws with only in vertical mode: the column bar, the caret, the columns' pictures."""

    def __init__(self, pane: QTextEdit, ruby: RubyPainter, scrolled: Callable[[float], None]) -> None:
        self.columns = ColumnImages(ruby)  # the pictures of the columns seen, for this page
        self.columns.ratio = pane.devicePixelRatioF()
        self.scroll_bar = ColumnScrollBar(pane, scrolled)
        self.caret = Caret(pane.viewport().update, pane)
        pane.cursorPositionChanged.connect(self.caret.restart)
        self._glyphs: dict[float, GlyphCache] = {}

    def glyphs(self, script: Script | None, point_size: int, fallback: QFont,
               title_scale: float | None = None) -> GlyphCache:
        """The body's glyphs, in the reading face of `script` (without one, `fallback`) at
        `point_size`; or the title's: the same face at `title_scale` times that size (as
        horizontal text sets its title). Made again only when the script or the size changed."""
        key = title_scale or 0.0  # 0: the body
        held = self._glyphs.get(key)
        if held is None or held.script is not script or held.point_size != point_size:
            font = reader_font(script, point_size) if script is not None else QFont(fallback)
            if title_scale is not None:
                font.setPointSizeF(font.pointSizeF() * title_scale)
            held = GlyphCache(font)
            held.script, held.point_size = script, point_size
            self._glyphs[key] = held
        return held
