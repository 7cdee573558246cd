"""The reader pane: an essay view laid out for comfortable CJK reading.

The document holds the title block, then one block per paragraph. Positions cross three
spaces: canonical offsets (stored), display offsets (the converted text) and Qt's UTF-16
document positions; this widget is the only place that converts to and from Qt's.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from app.core.utf16 import Utf16Index
from app.core.view import EssayView
from app.core.words import EssayWords
from app.ui.common.fonts import reader_font
from app.ui.common.theme import LIGHT, ReaderColors, highlight_color

LINE_HEIGHT_PERCENT = 135  # of the font's own line height: about 1.9 em with Noto CJK
COLUMN_EMS = 36  # characters per line: long enough to flow, short enough to track
MIN_SIDE_MARGIN = 24
TOP_MARGIN = 36
FLASH_MS = 180
FLASH_TIMES = 6
ALL_HIGHLIGHTS_UP_TO = 400  # beyond this many, Qt gets only those near the visible text


@dataclass(frozen=True)
class Highlight:
    """A highlight to draw, in canonical offsets; `tip` shows on hover."""

    id: str
    start: int
    end: int
    color: str
    tip: str = ""
    owner_color: str = ""  # another member's note: drawn in their colour, underlined


_Made = tuple[Highlight, QTextEdit.ExtraSelection]  # a highlight and the selection drawn for it


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
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view: EssayView | None = None
        self._utf16 = Utf16Index("")
        self._body_start = 0
        self._point_size = 16
        self._colors = LIGHT
        self._painted = False
        self._anchor = 0  # canonical offset kept at the top across re-layouts
        self._laying_out = False  # our own scrolling while laying out: not the reader's move
        self._document: QTextDocument | None = None
        self._highlights: list[Highlight] = []  # sorted by place
        # each highlight's selection as last made, for this document and these colours
        self._made: dict[str, _Made] = {}
        self._by_id: dict[str, Highlight] = {}
        self._longest = 0  # the longest highlight, in characters: how far back one may start
        self._covered: tuple[int, int] | None = None  # canonical span given to Qt, when limited
        self._marks: list[tuple[int, int]] = []  # find-in-essay matches
        self._current_mark = -1
        self.words: EssayWords | None = None  # set when jieba has segmented this essay
        self._dark = False
        self._flash: tuple[int, int] | None = None
        self._flash_left = 0
        self._present_timer = QTimer(self)
        self._present_timer.setSingleShot(True)
        self._present_timer.setInterval(0)
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
        self._made = {}
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colors.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(colors.ink))
        self.setPalette(palette)
        self._rerender_in_place()

    # -- highlights and selection ---------------------------------------------------------

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = sorted(highlights, key=_place)
        self._by_id = {h.id: h for h in highlights}
        self._made = {note_id: made for note_id, made in self._made.items() if note_id in self._by_id}
        self._longest = max((h.end - h.start for h in highlights), default=0)
        self._paint_extras()

    def update_highlights(self, changed: list[Highlight], removed: Iterable[str]) -> None:
        """Add or replace `changed` and drop the highlights with ids `removed`; only those are
        made again (remaking thousands at each new note held the window for a quarter second)."""
        for note_id in {*removed, *(h.id for h in changed)}:
            self._drop_highlight(note_id)
        for highlight in changed:
            insort(self._highlights, highlight, key=_place)
            self._by_id[highlight.id] = highlight
            self._longest = max(self._longest, highlight.end - highlight.start)
        self._paint_extras()

    def _drop_highlight(self, highlight_id: str) -> None:
        """Found by its place (kept with its selection), not by walking every highlight."""
        old = self._by_id.pop(highlight_id, None)
        self._made.pop(highlight_id, None)
        if old is None:
            return
        number = bisect_left(self._highlights, _place(old), key=_place)
        while number < len(self._highlights) and self._highlights[number].id != highlight_id:
            number += 1
        if number < len(self._highlights):
            del self._highlights[number]

    def highlight_at(self, canonical: int) -> Highlight | None:
        """The innermost highlight covering `canonical`, if any."""
        covering = [h for h in self._highlights if h.start <= canonical < h.end]
        return min(covering, key=lambda h: h.end - h.start) if covering else None

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

    def reveal(self, offset: int) -> None:
        """Scroll only if needed, so canonical `offset` shows a third of the way down."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.qt_position(offset), self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def _paint_extras(self) -> None:
        extras = [self._highlight_extra(h) for h in self._drawn_highlights()]
        for number, (start, end) in enumerate(self._marks):
            color = QColor(self._colors.accent)
            color.setAlpha(150 if number == self._current_mark else 60)
            extras.append(self._extra(start, end, color))
        if self._flash is not None and self._flash_left % 2 == 0:
            extras.append(self._extra(*self._flash, QColor(self._colors.accent)))
        self.setExtraSelections(extras)

    def _drawn_highlights(self) -> list[Highlight]:
        """All highlights, or with many of them only those within a screen of the visible text:
        Qt walks every selection at each paint (3,700 cost 40 ms a frame)."""
        self._covered = None
        if len(self._highlights) <= ALL_HIGHLIGHTS_UP_TO or self._view is None:
            return self._highlights
        top, bottom = self._visible_span()
        margin = bottom - top
        low, high = top - margin, bottom + margin
        first = bisect_left(self._highlights, low - self._longest, key=_start)
        last = bisect_left(self._highlights, high, key=_start)
        self._covered = (low, high)
        return [h for h in self._highlights[first:last] if h.end > low]

    def _visible_span(self) -> tuple[int, int]:
        """The canonical offsets at the top left and bottom right of the pane."""
        corner = QPoint(self.viewport().width(), self.viewport().height())
        return (self.canonical_at(self.cursorForPosition(QPoint(0, 0)).position()),
                self.canonical_at(self.cursorForPosition(corner).position(), end=True))

    def _extras_follow_view(self) -> None:
        """After a scroll or resize: draw the highlights now in sight, if they were left out."""
        if self._covered is not None:
            top, bottom = self._visible_span()
            if top < self._covered[0] or bottom > self._covered[1]:
                self._paint_extras()

    def _highlight_extra(self, highlight: Highlight) -> QTextEdit.ExtraSelection:
        """The selection drawn for `highlight`: the one made last time while it is the same."""
        held = self._made.get(highlight.id)
        if held is not None and (held[0] is highlight or held[0] == highlight):
            return held[1]
        extra = self._extra(highlight.start, highlight.end, highlight_color(highlight.color, self._dark),
                            highlight.owner_color)
        self._made[highlight.id] = (highlight, extra)
        return extra

    def _extra(self, start: int, end: int, color: QColor, owner: str = "") -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self.qt_position(start), last))
        cursor.setPosition(min(self.qt_position(end, end=True), last), QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        if owner:  # someone else's: their colour, see-through, and a line under it
            color = QColor(owner)
            color.setAlpha(70 if self._dark else 45)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QColor(owner))
        char_format.setBackground(color)
        # Assign whole values: mutating `selection.format` in place crashed PySide6 6.12
        # (a refcount error) once a few hundred highlights were drawn.
        selection.cursor = cursor
        selection.format = char_format
        return selection

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
        """How far through the essay the reader is, 0.0 to 1.0."""
        bar = self.verticalScrollBar()
        return 1.0 if bar.maximum() == 0 else bar.value() / bar.maximum()

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
        document = QTextDocument(self)
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        em = QFontMetricsF(font).horizontalAdvance("中")
        cursor = QTextCursor(document)
        cursor.setBlockFormat(self._title_block_format(em))
        cursor.setBlockCharFormat(self._title_char_format(font))
        cursor.insertText(view.title)
        self._body_start = cursor.position() + 1
        paragraph_block, paragraph_char = self._paragraph_formats(font, em)
        for paragraph in view.text.split("\n"):
            cursor.insertBlock(paragraph_block, paragraph_char)
            cursor.insertText(paragraph)
        self._set_column(document)
        self._made = {}  # their cursors belong to the old document, their colours to the old theme
        previous, self._document = self._document, document
        self.setDocument(document)  # Qt deletes its own initial document itself
        if previous is not None:
            previous.deleteLater()
        self._paint_extras()

    def _title_block_format(self, em: float) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setTopMargin(em * 0.5)
        block.setBottomMargin(em * 1.6)
        block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block

    def _title_char_format(self, font: QFont) -> QTextCharFormat:
        title = QTextCharFormat()
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        title.setForeground(QColor(self._colors.ink))
        return title

    def _paragraph_formats(self, font: QFont, em: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = QTextBlockFormat()
        # Left, not justified: Qt stretches the letter spacing of a whole line when CJK
        # line-break rules push punctuation down, which reads worse than a ragged edge.
        block.setAlignment(Qt.AlignmentFlag.AlignLeft)
        block.setTextIndent(em * 2)  # the customary two-character indent
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(em * 0.8)
        char = QTextCharFormat()
        char.setFont(font)
        char.setForeground(QColor(self._colors.ink))
        return block, char

    def _update_column(self) -> None:
        self._set_column(self.document())

    def _set_column(self, document: QTextDocument) -> None:
        """Centre a column of about COLUMN_EMS characters in the pane."""
        em = QFontMetricsF(document.defaultFont()).horizontalAdvance("中")
        width = self.viewport().width()
        column = min(width - 2 * MIN_SIDE_MARGIN, em * COLUMN_EMS)
        side = max((width - column) / 2, MIN_SIDE_MARGIN)
        frame = document.rootFrame()
        frame_format: QTextFrameFormat = frame.frameFormat()
        if (frame_format.leftMargin(), frame_format.topMargin()) == (side, TOP_MARGIN):
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(TOP_MARGIN)
        frame_format.setBottomMargin(TOP_MARGIN * 2)
        frame.setFrameFormat(frame_format)

    # -- Qt overrides -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        with self._quiet_layout():
            super().resizeEvent(event)
            self._update_column()
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
        menu.exec(event.globalPos())
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


def _place(highlight: Highlight) -> tuple[int, int]:
    return highlight.start, highlight.end


def _start(highlight: Highlight) -> int:
    return highlight.start
