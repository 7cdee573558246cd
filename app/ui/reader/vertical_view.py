"""The reader pane with vertical text (直排): the same document, drawn in columns by us.

Qt's rich text cannot write vertically, so in vertical mode this pane draws the essay
itself (geometry in core.vertical_page) while the QTextDocument underneath stays the
model of the text: the selection is still its QTextCursor, so copying, notes, find and
highlights go through exactly the code horizontal reading uses. Only what is drawn and
how a point or key maps to a document position differ. The pane scrolls right to left
with a scroll value of its own (the document's vertical scroll bar is hidden then). What only
vertical mode uses loads when it is first turned on (`parts`): 5 ms of a horizontal start else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from app.core.utf16 import Utf16Index
from app.ui.reader.document import LINE_HEIGHT_PERCENT, MIN_SIDE_MARGIN, TOP_MARGIN, set_column
from app.ui.reader.vertical_ruby import RubyPainter, character_box, space_lines
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from app.core.vertical_layout import Cell
    from app.core.vertical_page import VerticalPage
    from app.ui.reader.vertical_chrome import VerticalParts
    from app.ui.reader.vertical_glyphs import GlyphCache
    from app.ui.reader.vertical_paint import PagePainter

Span = tuple[int, int]  # display offsets [start, end)
RUBY_LINE_PERCENT = 40  # extra line spacing for readings above horizontal lines
WHEEL_COLUMNS = 3  # columns moved by one notch of the wheel
MARGIN = MIN_SIDE_MARGIN * 2
MOVE = QTextCursor.MoveMode


class VerticalReaderView(ReaderView):
    """ReaderView that can also show its essay in vertical columns, right to left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vertical = False
        self._page: VerticalPage | None = None
        self._scroll = 0.0
        self._title16 = Utf16Index("")
        self._dragging = False
        self.ruby = RubyPainter(self.viewport().update, self)  # readings come later, from a worker
        self._made_parts: VerticalParts | None = None
        self.selectionChanged.connect(self._repaint_vertical)
        self.cursorPositionChanged.connect(self._repaint_vertical)

    # -- switching ------------------------------------------------------------------------

    @property
    def vertical(self) -> bool:
        return self._vertical

    @property
    def parts(self) -> VerticalParts:
        """The column bar, caret, glyphs and the columns' pictures, made when first needed."""
        if self._made_parts is None:
            from app.ui.reader.vertical_chrome import VerticalParts  # noqa: PLC0415  (see the docstring)

            self._made_parts = VerticalParts(self, self.ruby, self._set_scroll)
        return self._made_parts

    def set_vertical(self, on: bool) -> None:
        """Switch writing direction, keeping the reader's place and selection. A caret out of
        sight (or in the title, where columns draw none) comes to the place: no click needed to see it."""
        if on == self._vertical:
            return
        place = self.top_offset()
        self._vertical = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        self._page = None
        self.parts.scroll_bar.set_shown(on)
        self.parts.caret.set_on(on)
        with self._quiet_layout():
            self.scroll_to_offset(place, move_caret=False)
            if not self._caret_in_sight():
                self.scroll_to_offset(place)
        self._anchor = place
        self.viewport().update()

    def set_ruby(self, mode: str, system: str) -> None:
        """Readings over characters: mode off/rare/all, in pinyin, zhuyin or jyutping."""
        if self.ruby.configure(mode, system):
            self._page = None
            self._rerender_in_place()

    # -- the page -------------------------------------------------------------------------

    def _render(self) -> None:
        super()._render()
        self._page = None
        view = self.view
        self._title16 = Utf16Index(view.title if view is not None else "")
        if view is not None:
            self.ruby.set_text(view.text, view.script)
            self.ruby.family = self.document().defaultFont().family()
            self.ruby.set_scale(self.devicePixelRatioF())
            if self._made_parts is not None:
                self._made_parts.columns.ratio = self.devicePixelRatioF()
            if self.ruby.active:
                space_lines(self.document(), self._body_start, LINE_HEIGHT_PERCENT + RUBY_LINE_PERCENT)

    def _vertical_page(self) -> VerticalPage | None:
        view = self.view
        if view is None:
            return None
        size = self.viewport().size()
        page = self._page
        if page is not None and (page.metrics.width, page.metrics.height) == (size.width(), size.height()):
            return page
        from app.core.vertical_page import Metrics, VerticalPage  # noqa: PLC0415  (see the docstring)

        glyphs = self._glyph_cache()
        metrics = Metrics(glyphs.em, size.width(), size.height(), MARGIN, TOP_MARGIN, TOP_MARGIN,
                          self.ruby.room(glyphs.em))
        self._page = VerticalPage(view.title, view.text, metrics, glyphs.advance_ems, balance=True)
        self._scroll = min(self._scroll, self._page.max_scroll)
        self.parts.scroll_bar.sync(self._page, self._scroll)
        return self._page

    def _glyph_cache(self, title_scale: float | None = None) -> GlyphCache:
        script = self.view.script if self.view is not None else None
        return self.parts.glyphs(script, self._point_size, self.font(), title_scale)

    # -- positions ------------------------------------------------------------------------

    def cursorForPosition(self, pos: QPoint) -> QTextCursor:  # noqa: N802  (Qt's name)
        if not self._vertical:
            return super().cursorForPosition(pos)
        cursor = QTextCursor(self.document())
        page = self._vertical_page()
        if page is not None:
            in_title, index = page.hit(pos.x(), pos.y(), self._scroll)
            cursor.setPosition(self._qt_of(index, in_title=in_title))
        return cursor

    def _qt_of(self, display: int, *, in_title: bool) -> int:
        if in_title:
            return self._title16.to_utf16(display)
        return min(self._body_start + self._utf16.to_utf16(display), self.document().characterCount() - 1)

    def _display_span(self, qt_start: int, qt_end: int) -> Span:
        """The body's display span of Qt positions [qt_start, qt_end)."""
        start = self._utf16.from_utf16(max(qt_start - self._body_start, 0))
        end = self._utf16.from_utf16(max(qt_end - self._body_start, 0))
        return start, end

    def _canonical_span(self, start: int, end: int) -> Span:
        assert self.view is not None
        return self.view.offsets.to_display(start), self.view.offsets.to_display(end, end=True)

    def box_of(self, canonical: int) -> QRectF | None:
        """Where the body character at `canonical` is drawn in the viewport (vertical mode)."""
        page = self._vertical_page() if self._vertical else None
        if page is None or self.view is None:
            return None
        box = page.box(self.view.offsets.to_display(canonical), self._scroll)
        return QRectF(*box) if box is not None else None

    # -- scrolling ------------------------------------------------------------------------

    def scroll_to_offset(self, canonical: int, *, move_caret: bool = True) -> None:
        if not self._vertical:
            super().scroll_to_offset(canonical, move_caret=move_caret)
            return
        page = self._vertical_page()
        if page is None or self.view is None:
            return
        display = self.view.offsets.to_display(canonical)
        if move_caret and not self.textCursor().hasSelection():  # in the body even at 0: the title has none
            self._move_caret(self._qt_of(display, in_title=False))
        self._set_scroll(0.0 if canonical <= 0 else page.scroll_for_column(page.body.column_of(display)))

    def _caret_in_sight(self) -> bool:
        """Whether the caret is drawn where the reader looks (columns draw none in the title)."""
        position = self.textCursor().position()
        top, bottom = self._visible_span()
        drawn = position >= self._body_start or not self._vertical
        return drawn and top <= self.canonical_at(position) <= bottom

    def reveal(self, offset: int) -> None:
        if not self._vertical:
            super().reveal(offset)
            return
        page = self._vertical_page()
        if page is None or self.view is None:
            return
        column = page.body.column_of(self.view.offsets.to_display(offset))
        x = page.screen_x(page.column_right(column), self._scroll)
        if x - page.pitch < 0 or x > page.metrics.width:
            self._set_scroll(page.aligned(page.column_right(column) - page.metrics.width / 3))

    def _set_scroll(self, value: float) -> None:
        page = self._vertical_page()
        value = min(max(value, 0.0), page.max_scroll if page is not None else 0.0)
        if value == self._scroll:
            return
        self._scroll = value
        if page is not None:
            self.parts.scroll_bar.sync(page, value)
        self.viewport().update()
        self._vertical_scrolled()

    def scroll_by(self, pixels: float) -> None:
        """Move on (positive) or back through the columns."""
        self._set_scroll(self._scroll + pixels)

    def _vertical_scrolled(self) -> None:
        if self._laying_out or self.view is None:
            return
        page = self._vertical_page()
        if page is None:
            return
        self._anchor = self.view.offsets.to_canonical(page.first_visible_index(self._scroll))
        self.top_offset_changed.emit(self._anchor)

    def _scrolled(self) -> None:
        if not self._vertical:
            super()._scrolled()

    def _visible_span(self) -> tuple[int, int]:
        if not self._vertical or self.view is None:
            return super()._visible_span()
        page = self._vertical_page()
        assert page is not None
        first, last = page.visible_body_columns(self._scroll)
        cells = page.body.cells_in_columns(first, last)
        if not cells:
            return 0, 0
        to_canonical = self.view.offsets.to_canonical
        return to_canonical(cells[0].start), to_canonical(cells[-1].end, end=True)

    def progress(self) -> float:
        if not self._vertical:
            return super().progress()
        page = self._vertical_page()
        return 1.0 if page is None else page.progress(self._scroll)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        # The document's own scrolling moves the viewport's pixels; ours are drawn whole.
        if self._vertical:
            self.viewport().update()
        else:
            super().scrollContentsBy(dx, dy)

    # -- painting -------------------------------------------------------------------------

    def _repaint_vertical(self) -> None:
        # QTextEdit repaints only the changed text's rectangles in its own (horizontal) layout,
        # which are elsewhere on a vertical page: the selection, marks and highlights are
        # painted each frame over the cached columns, so redraw the whole pane.
        if self._vertical:
            self.viewport().update()

    def _paint_extras(self) -> None:
        super()._paint_extras()
        self._repaint_vertical()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._vertical:
            super().paintEvent(event)
            if self.ruby.active and self.view is not None:
                self._paint_horizontal_ruby()
            return
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), QColor(self._colors.paper))
        page = self._vertical_page()
        if page is not None and self.view is not None:
            self._paint_page(painter, page)
        painter.end()
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            self._present_timer.start()

    def _paint_horizontal_ruby(self) -> None:
        """Readings above the characters in sight (the lines were spaced apart for them)."""
        top, bottom = self._visible_span()
        assert self.view is not None
        span = self.view.offsets.to_display(top), self.view.offsets.to_display(bottom, end=True)
        em = QFontMetricsF(self.document().defaultFont()).horizontalAdvance("中")
        painter = QPainter(self.viewport())
        self.ruby.paint_horizontal(painter, self._horizontal_box, span, em, QColor(self._colors.ink))
        painter.end()

    def _horizontal_box(self, display: int) -> QRectF | None:
        position = self._qt_of(display, in_title=False)
        return character_box(self.document(), position, self.verticalScrollBar().value())

    def _paint_page(self, painter: QPainter, page: VerticalPage) -> None:
        from app.ui.reader.vertical_paint import PagePainter  # noqa: PLC0415  (see the docstring)

        assert self.view is not None
        margin = page.metrics.margin  # nothing in the margins: whole columns between even sides
        painter.setClipRect(QRectF(margin, 0, page.metrics.width - 2 * margin, page.metrics.height))
        first, last = page.visible_body_columns(self._scroll)
        body = page.body.cells_in_columns(first, last)
        drawing, parts = PagePainter(painter, page, self._scroll), self.parts
        if body:
            self._paint_backgrounds(drawing, body)
        ink = QColor(self._colors.ink)
        if page.visible_title(self._scroll):
            title_glyphs = self._glyph_cache(page.title_scale)
            drawing.draw_columns(parts.columns, title_glyphs, range(page.title.columns), self.view.title, ink,
                                 in_title=True)
        body_glyphs = self._glyph_cache()
        drawing.draw_columns(parts.columns, body_glyphs, range(first, last + 1), self.view.text, ink)
        position = self.textCursor().position()
        if self.hasFocus() and position >= self._body_start:
            parts.caret.paint(painter, page, self._scroll, self._display_span(position, position)[0], ink)

    def _paint_backgrounds(self, drawing: PagePainter, cells: list[Cell]) -> None:
        """Highlights (others' in their colour, with a line beside), the sentence read aloud, find
        marks, the flash, the selection."""
        from app.ui.reader.vertical_paint import highlight_brush, see_through  # noqa: PLC0415  (loaded)

        for highlight in self._highlights.between(*self._visible_span()):  # the span of `cells`
            span = self._canonical_span(highlight.start, highlight.end)
            drawing.fill(cells, span, highlight_brush(highlight, self._dark))
            if highlight.owner_color:
                drawing.side_line(cells, span, QColor(highlight.owner_color))
        if self._spoken is not None:  # as in horizontal text: see-through, its underline beside
            span = self._canonical_span(*self._spoken)
            drawing.fill(cells, span, see_through(self._colors.accent, self._dark))
            drawing.side_line(cells, span, QColor(self._colors.accent))
        for number, (start, end) in enumerate(self._marks):
            color = QColor(self._colors.accent)
            color.setAlpha(150 if number == self._current_mark else 60)
            drawing.fill(cells, self._canonical_span(start, end), color)
        if self._flash is not None and self._flash_left % 2 == 0:
            drawing.fill(cells, self._canonical_span(*self._flash), QColor(self._colors.accent))
        cursor = self.textCursor()
        if cursor.hasSelection():
            selection = self.palette().color(QPalette.ColorRole.Highlight)
            selection.setAlpha(110)
            drawing.fill(cells, self._display_span(cursor.selectionStart(), cursor.selectionEnd()), selection)

    # -- input ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._vertical or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        position = self.cursorForPosition(event.position().toPoint()).position()
        self._move_caret(position, keep_anchor=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        self._dragging = True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._vertical:
            super().mouseMoveEvent(event)
            return
        if self._dragging:
            point = event.position().toPoint()
            page = self._vertical_page()
            if page is not None and not 0 < point.x() < self.viewport().width():  # dragged past an edge
                self.scroll_by(page.pitch if point.x() <= 0 else -page.pitch)
            self._move_caret(self.cursorForPosition(point).position(), keep_anchor=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._vertical:
            super().mouseReleaseEvent(event)
            return
        self._dragging = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._vertical or self.words is not None:
            super().mouseDoubleClickEvent(event)  # word selection through cursorForPosition
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(min(position + 1, self.document().characterCount() - 1), MOVE.KeepAnchor)
        self.setTextCursor(cursor)

    def _move_caret(self, position: int, *, keep_anchor: bool = False) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position, MOVE.KeepAnchor if keep_anchor else MOVE.MoveAnchor)
        self.setTextCursor(cursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._vertical or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        page = self._vertical_page()
        delta = event.angleDelta()
        notches = -(delta.y() if delta.y() else delta.x()) / 120
        if page is not None:
            self.scroll_by(notches * WHEEL_COLUMNS * page.pitch)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._vertical or not self._vertical_key(event):
            super().keyPressEvent(event)

    def _vertical_key(self, event: QKeyEvent) -> bool:
        """Keys as a vertical reader expects (vertical_keys); True when handled."""
        from app.ui.reader.vertical_keys import SELECTION_KEYS, extended, scroll_for_key  # noqa: PLC0415

        page = self._vertical_page()
        if page is None:
            return False
        key, modifiers = Qt.Key(event.key()), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift, control = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
        if modifiers == shift and key in SELECTION_KEYS:
            position = self.textCursor().position()
            display = extended(page, self._display_span(position, position)[0], key)
            self._move_caret(self._qt_of(display, in_title=False), keep_anchor=True)
            self.reveal(self.view.offsets.to_canonical(display) if self.view is not None else 0)
            return True
        if modifiers == shift | control and key in SELECTION_KEYS and self.words is not None:
            # onwards is down a column, and leftwards across the columns
            self._extend_by_word(forward=key in (Qt.Key.Key_Down, Qt.Key.Key_Left))
            return True
        target = scroll_for_key(page, key, modifiers, self._scroll)
        if target is not None:
            self._set_scroll(target)
        return target is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._vertical:
            super().resizeEvent(event)
            return
        super(ReaderView, self).resizeEvent(event)
        self.parts.scroll_bar.place()
        with self._quiet_layout():
            set_column(self.document(), self.viewport().width())
            self.scroll_to_offset(self._anchor, move_caret=False)  # a resize keeps the caret where it was
        self.viewport().update()

