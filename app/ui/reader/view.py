"""The reader pane: an essay view laid out for comfortable CJK reading.

The document holds the title block, then one block per paragraph. Positions cross three
spaces: canonical offsets (stored), display offsets (the converted text) and Qt's UTF-16
document positions; this widget is the only place that converts to and from Qt's.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from app.core.utf16 import Utf16Index
from app.core.view import EssayView
from app.ui.common.fonts import reader_font
from app.ui.common.theme import LIGHT, ReaderColors, highlight_color
from app.ui.reader.document import MIN_SIDE_MARGIN, essay_document, set_column
from app.ui.reader.highlights import Highlight, Highlights, selection

if TYPE_CHECKING:
    from app.core.words import EssayWords  # set once the word index is ready, after start

FLASH_MS = 180
FLASH_TIMES = 6


def _text_viewport() -> QWidget:
    """A viewport set up as QTextEdit sets up its own, but made in Python.

    Asking Qt for the viewport it made returns a widget of a class Python has not seen, and
    PySide then builds every widget class of QtWidgets to find it (12 ms, before the first
    frame); a viewport made here is known at once."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setCursor(Qt.CursorShape.IBeamCursor)
    viewport.setMouseTracking(True)
    viewport.setAcceptDrops(True)
    return viewport


class ReaderView(QTextEdit):
    """Read-only, selectable text of one essay in one form."""

    top_offset_changed = Signal(int)  # canonical offset at the top of the pane
    first_painted = Signal()
    # the first essay's pixels have reached the window system: the backing store is
    # flushed right after the paint, so a zero timer queued from paintEvent runs after it
    first_presented = Signal()
    # the standard context menu, and the highlight under the pointer ("" when none), for
    # the window to add its own actions to before the menu opens
    context_menu_opening = Signal(QMenu, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        viewport = _text_viewport()
        self.setViewport(viewport)
        if sys.platform == "darwin":  # Qt grabs no pan gesture for its own viewport there
            viewport.ungrabGesture(Qt.GestureType.PanGesture)
        # QTextEdit laid its first document out for the viewport it made, now deleted
        self.document().documentLayout().setPaintDevice(viewport)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view: EssayView | None = None
        self.menu_point: QPoint | None = None  # viewport point of the open context menu
        self._utf16 = Utf16Index("")
        self._body_start = 0
        self._point_size = 16
        self._colors = LIGHT
        self._painted = False
        self._anchor = 0  # canonical offset kept at the top across re-layouts
        self._least_side = MIN_SIDE_MARGIN  # the narrowest margin beside the text column
        self._laying_out = False  # our own scrolling while laying out: not the reader's move
        self._document: QTextDocument | None = None
        self._highlights = Highlights()
        self._marks: list[tuple[int, int]] = []  # find-in-essay matches
        self._current_mark = -1
        self._spoken: tuple[int, int] | None = None  # the sentence being read aloud
        self.words: EssayWords | None = None  # set when jieba has segmented this essay
        self._dark = False
        self._flash: tuple[int, int] | None = None
        self._flash_left = 0
        self._present_timer = QTimer(self, singleShot=True, interval=0)
        self._present_timer.timeout.connect(self.first_presented)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    @property
    def view(self) -> EssayView | None:
        return self._view

    def show_view(self, view: EssayView, top_offset: int = 0) -> None:
        """Lay out `view` and scroll so canonical `top_offset` is at the top.

        The same essay again (another form, size or theme) keeps its selection and caret,
        carried through canonical offsets."""
        same_essay = self._view is not None and self._view.essay.id == view.essay.id
        kept = self._canonical_cursor() if same_essay else None
        self._view = view
        self._utf16 = Utf16Index(view.text)
        with self._quiet_layout():  # no stray "top is 0" while laying out
            self._render()
            if kept is not None:
                self._restore_cursor(*kept)
            self.scroll_to_offset(top_offset, move_caret=kept is None)
        self._anchor = top_offset
        self.top_offset_changed.emit(top_offset)

    def set_point_size(self, size: int) -> None:
        self._point_size = size
        self._rerender_in_place()

    def set_colors(self, colors: ReaderColors, *, dark: bool = False) -> None:
        self._colors = colors
        self._dark = dark
        self._highlights.forget_made()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colors.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(colors.ink))
        self.setPalette(palette)
        self._rerender_in_place()

    # -- highlights and selection ---------------------------------------------------------

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights.set(highlights)
        self._paint_extras()

    def make_highlights_ahead(self, highlights: list[Highlight], step: int = 16) -> Iterator[None]:
        """Makes, a `step` at a time, what `set_highlights(highlights)` will draw, so that call is
        short; what it makes is kept while the document and colours stay."""
        visible = self._visible_span if self._view is not None else None
        return self._highlights.make_ahead(highlights, visible, self._make_piece, step)

    def update_highlights(self, changed: list[Highlight], removed: Iterable[str]) -> None:
        """Add or replace `changed` and drop the highlights with ids `removed`; only those are
        made again (remaking thousands at each new note held the window for a quarter second)."""
        self._highlights.update(changed, removed)
        self._paint_extras()

    def highlight_at(self, canonical: int) -> Highlight | None:
        """The innermost highlight covering `canonical`, if any."""
        return self._highlights.at(canonical)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as a canonical range; None without a selection in the body."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._view is None:
            return None
        start = self.canonical_at(cursor.selectionStart())
        end = self.canonical_at(cursor.selectionEnd(), end=True)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(start))
        cursor.setPosition(self.qt_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _canonical_cursor(self) -> tuple[int, int]:
        """The caret and its selection's other end, as canonical offsets."""
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        return (self.canonical_at(anchor, end=anchor > position),
                self.canonical_at(position, end=position > anchor))

    def _restore_cursor(self, anchor: int, position: int) -> None:
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self.qt_position(anchor, end=anchor > position), last))
        cursor.setPosition(min(self.qt_position(position, end=position > anchor), last),
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def flash(self, start: int, end: int) -> None:
        """Blink a passage a few times so the eye finds it after a jump."""
        self._flash = (start, end)
        self._flash_left = FLASH_TIMES
        self._flash_timer.start()
        self._paint_extras()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self._flash = None
        self._paint_extras()

    def set_search_marks(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Mark every find match; the current one stands out."""
        self._marks, self._current_mark = spans, current
        self._paint_extras()

    def set_spoken(self, span: tuple[int, int] | None) -> None:
        """Mark the sentence being read aloud (None: no longer reading)."""
        self._spoken = span
        self._paint_extras()

    def reveal(self, offset: int) -> None:
        """Scroll only if needed, so canonical `offset` shows a third of the way down."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.qt_position(offset), self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def _paint_extras(self) -> None:
        extras = self._highlights.selections(self._drawn_highlights(), self._make_piece)
        for number, (start, end) in enumerate(self._marks):
            color = QColor(self._colors.accent)
            color.setAlpha(150 if number == self._current_mark else 60)
            extras.append(self._extra(start, end, color))
        if self._spoken is not None:  # see-through and underlined: highlights show through it
            extras.append(self._extra(*self._spoken, QColor(self._colors.accent), self._colors.accent))
        if self._flash is not None and self._flash_left % 2 == 0:
            extras.append(self._extra(*self._flash, QColor(self._colors.accent)))
        self.setExtraSelections(extras)

    def _drawn_highlights(self) -> list[Highlight]:
        return self._highlights.drawn(self._visible_span if self._view is not None else None)

    def _visible_span(self) -> tuple[int, int]:
        """The canonical offsets at the top left and bottom right of the pane."""
        corner = QPoint(self.viewport().width(), self.viewport().height())
        return (self.canonical_at(self.cursorForPosition(QPoint(0, 0)).position()),
                self.canonical_at(self.cursorForPosition(corner).position(), end=True))

    def _extras_follow_view(self) -> None:
        """After a scroll or resize: draw the highlights now in sight, if they were left out."""
        covered = self._highlights.covered
        if covered is not None:
            top, bottom = self._visible_span()
            if top < covered[0] or bottom > covered[1]:
                self._paint_extras()

    def _make_piece(self, start: int, end: int, color: str, owner: str,
                    kind: str) -> QTextEdit.ExtraSelection:
        return self._extra(start, end, highlight_color(color, self._dark), owner, kind)

    def _extra(self, start: int, end: int, color: QColor, owner: str = "",
               kind: str = "") -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self.qt_position(start), last))
        cursor.setPosition(min(self.qt_position(end, end=True), last), QTextCursor.MoveMode.KeepAnchor)
        return selection(cursor, color, owner, dark=self._dark, kind=kind)

    @property
    def vertical(self) -> bool:
        return False  # lines across; VerticalReaderView can also write in columns

    def top_offset(self) -> int:
        """Canonical offset of the first character at the top of the pane."""
        return self._anchor

    def _offset_at_top(self) -> int:
        if self._view is None:
            return 0
        x = int(self.document().rootFrame().frameFormat().leftMargin()) + 1
        position = self.cursorForPosition(QPoint(x, 1)).position()
        return self.canonical_at(position)

    def canonical_at(self, position: int, *, end: bool = False) -> int:
        """Canonical offset of Qt document `position` (the title maps to 0)."""
        if self._view is None or position <= self._body_start:
            return 0
        display = self._utf16.from_utf16(position - self._body_start)
        return self._view.offsets.to_canonical(display, end=end)

    def qt_position(self, canonical: int, *, end: bool = False) -> int:
        """Qt document position of a canonical offset."""
        if self._view is None:
            return 0
        display = self._view.offsets.to_display(canonical, end=end)
        return self._body_start + self._utf16.to_utf16(display)

    def scroll_to_offset(self, canonical: int, *, move_caret: bool = True) -> None:
        """Put the line holding canonical `canonical` at the top of the pane."""
        bar = self.verticalScrollBar()
        cursor = QTextCursor(self.document())
        if canonical > 0:
            cursor.setPosition(min(self.qt_position(canonical), self.document().characterCount() - 1))
        if move_caret and not self.textCursor().hasSelection():
            # QTextEdit scrolls its own cursor into view on show: keep it where we read.
            self.setTextCursor(cursor)
        bar.setValue(0 if canonical <= 0 else bar.value() + self.cursorRect(cursor).top())

    def top_block_number(self) -> int:
        return self.cursorForPosition(QPoint(1, 1)).blockNumber()

    def progress(self) -> float:
        """How far through the essay the reader is, 0.0 to 1.0: all of it once its end is in sight."""
        bar, end = self.verticalScrollBar(), QTextCursor(self.document())
        end.movePosition(QTextCursor.MoveOperation.End)
        if bar.maximum() == 0 or self.cursorRect(end).bottom() <= self.viewport().height():
            return 1.0
        return min(bar.value() / bar.maximum(), 1.0)

    # -- layout ---------------------------------------------------------------------------

    def _rerender_in_place(self) -> None:
        if self._view is not None:
            self.show_view(self._view, self.top_offset())

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        font = reader_font(view.script, self._point_size)
        # Build off-screen and swap: inserting into the shown document relayouts per block.
        document, self._body_start = essay_document(view, font, self._colors.ink, self)
        set_column(document, self.viewport().width(), self._least_side)
        self._highlights.forget_made()  # their cursors belong to the old document
        previous, self._document = self._document, document
        self.setDocument(document)  # Qt deletes its own initial document itself
        if previous is not None:
            previous.deleteLater()
        self._paint_extras()

    def set_least_side(self, pixels: int) -> None:
        """Keep at least `pixels` beside the text column (the heat strip needs room there)."""
        if pixels != self._least_side:
            self._least_side = pixels
            with self._quiet_layout():
                set_column(self.document(), self.viewport().width(), pixels)
                self.scroll_to_offset(self._anchor)

    # -- Qt overrides -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        with self._quiet_layout():
            super().resizeEvent(event)
            set_column(self.document(), self.viewport().width(), self._least_side)
            self.scroll_to_offset(self._anchor)
        self._extras_follow_view()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self._view is not None:
            self._painted = True
            self.first_painted.emit()
            self._present_timer.start()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word under the pointer: 工匠精神, not one character or a sentence."""
        position = self.cursorForPosition(event.position().toPoint()).position()
        if self.words is None or position <= self._body_start:
            super().mouseDoubleClickEvent(event)
            return
        start, end = self.words.word_at(self.canonical_at(position))
        if self._view is not None and self._view.text[self._view.offsets.to_display(start)].isspace():
            super().mouseDoubleClickEvent(event)
            return
        self.select_span(start, end)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Shift+Left/Right extend the selection a whole word at a time."""
        modifiers = event.modifiers()
        word_step = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if (self.words is not None and modifiers == word_step
                and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            self._extend_by_word(forward=key == Qt.Key.Key_Right)
            return
        super().keyPressEvent(event)
        if key == Qt.Key.Key_Home and modifiers & Qt.KeyboardModifier.ControlModifier:
            # Qt scrolls only as far as the caret's line: show the margin above the title too
            self.verticalScrollBar().setValue(0)

    def _extend_by_word(self, *, forward: bool) -> None:
        assert self.words is not None
        cursor = self.textCursor()
        here = self.canonical_at(cursor.position(), end=not forward)
        target = self.words.next_boundary(here) if forward else self.words.previous_boundary(here)
        cursor.setPosition(self.qt_position(target, end=forward), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(event)
            return True
        return super().viewportEvent(event)

    def _show_tip(self, event: QHelpEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        highlight = self.highlight_at(self.canonical_at(position)) if position > self._body_start else None
        if highlight is not None and highlight.tip:
            QToolTip.showText(event.globalPos(), highlight.tip, self.viewport())
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        position = self.cursorForPosition(event.pos()).position()
        highlight = self.highlight_at(self.canonical_at(position)) if position > self._body_start else None
        self.context_menu_opening.emit(menu, highlight.id if highlight else "")
        self.menu_point = event.pos()  # for actions about the point clicked, not the caret
        try:
            menu.exec(event.globalPos())
        finally:
            self.menu_point = None
            menu.deleteLater()

    @contextmanager
    def _quiet_layout(self) -> Iterator[None]:
        """Scroll without telling the window the reader moved.

        Never block the scroll bar's signals for this: the scroll area keeps the offset it
        last heard of and shifts the viewport's pixels by the difference on the next
        scroll, so a value changed silently leaves stale lines on screen (issue 21).
        """
        self._laying_out = True
        try:
            yield
        finally:
            self._laying_out = False

    def _scrolled(self) -> None:
        self._extras_follow_view()
        if self._laying_out:
            return
        self._anchor = self._offset_at_top()
        self.top_offset_changed.emit(self._anchor)

