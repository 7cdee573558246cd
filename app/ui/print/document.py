"""A handout laid out on pages: essays with tinted, numbered highlights and notes after each paragraph.

One `HandoutPages` paints the same pages on a printer, the print preview and the PDF writer.
User text goes in with `insertText` only, so nothing a reader wrote is ever read as rich text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QRawFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
)

from app.core.handout import Handout, HandoutEssay, PrintedNote, discussion_sheet, quoted
from app.core.script import Script
from app.ui.common.fonts import reader_font
from app.ui.notes.drafts import color_label
from app.ui.print.ruby_marks import RUBY_LINE_HEIGHT, RUBY_ROOM_POINTS, LineReadings, ReadingsOf
from app.ui.print.styles import highlight_format, tint_name

BODY_POINTS = 11
NOTE_POINTS = 9
# a paragraph after notes: as much room above it as a paragraph leaves below itself (the half line
# its line height adds, and 6 pt), which a note's small, close lines do not
AFTER_NOTES_POINTS = 10
MARGINS_MM = QMarginsF(20, 22, 20, 20)  # room above for the running title, below for the page number


def page_layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class RunningHead:
    """What the top of a page says: the essay on it and its collection, in its script's font."""

    first_page: int
    title: str
    collection: str
    script: Script


class HandoutPages:
    """The handout as a paginated document for one paint device's resolution."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice, *,
                 readings_of: ReadingsOf | None = None) -> None:
        self.handout = handout
        self.device = device
        layout = device.pageLayout()
        self.dpi = device.logicalDpiY()  # QPdfWriter's and QPrinter's resolution
        # readings above the body's lines, when the handout carries them
        self.readings = LineReadings(readings_of, BODY_POINTS * self.dpi / 72) if readings_of else None
        self.paper = QRectF(layout.fullRectPixels(self.dpi))
        self.body = QRectF(layout.paintRectPixels(self.dpi))
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDocumentMargin(0)
        self.document.setPageSize(QSizeF(self.body.width(), self.body.height()))
        self.heads = [RunningHead(self._page_of(position), e.title, e.collection, e.script)
                      for position, e in self._fill()]
        self._first_number, self._count = 1, 0  # 0: count these pages alone

    def number_pages(self, *, first: int, count: int) -> None:
        """Numbers these pages as part of a longer handout: `first` of `count` pages in all."""
        self._first_number, self._count = first, count

    @property
    def page_count(self) -> int:
        return max(1, self.document.pageCount())

    def drawn_text(self) -> str:
        """Every character the pages show, in the order they are drawn."""
        heads = "".join(h.title + h.collection for h in self.heads)
        numbers = "".join(self._footer(n) for n in range(1, self.page_count + 1))
        return heads + self.document.toPlainText() + numbers

    # -- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        paint_every_page(self.device, self.page_count, self.paint_page, painter)

    def paint_page(self, painter: QPainter, page: int) -> None:
        """The lines that begin on this page, then the running head and the page number.

        Line by line rather than QTextDocument.drawContents: that also paints, clipped away but
        still in a PDF's text, the line above the page's top, so copied text came out twice.
        """
        painter.save()
        painter.translate(0, -page * self.body.height())  # the device's origin is the body's corner
        height = self.body.height()
        for top, layout, line, _text in self._lines():
            if page * height <= top < (page + 1) * height:
                line.draw(painter, layout.position())
        if self.readings is not None:
            self.readings.paint(painter, self.document, page, height)
        painter.restore()
        self._paint_margins(painter, page)

    def _lines(self) -> Iterator[tuple[float, QTextLayout, QTextLine, str]]:
        """Every laid-out line with its top in document coordinates and its block's text."""
        block = self.document.begin()
        layout_of = self.document.documentLayout()
        while block.isValid():
            top = layout_of.blockBoundingRect(block).top()
            layout, text = block.layout(), block.text()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                yield top + line.y(), layout, line, text
            block = block.next()

    def glyphs_drawn(self) -> Iterator[tuple[QRawFont, int, str]]:
        """(face, glyph, text) of everything painted, in painting order, as the PDF numbers them."""
        height = self.body.height()
        lines = list(self._lines())
        for page in range(self.page_count):
            for top, layout, line, source in lines:
                if page * height <= top < (page + 1) * height:
                    yield from _glyphs(layout, source, line.textStart(), line.textLength())
            head = self._head(page)
            script = head.script if head else Script.SIMPLIFIED
            for text in ([head.title, head.collection] if head else []) + [self._footer(page + 1)]:
                layout = QTextLayout(text, self._font(script, NOTE_POINTS - 1, False), self.device)
                layout.beginLayout()
                layout.createLine()
                layout.endLayout()
                yield from _glyphs(layout, text, 0, len(text.encode("utf-16-le")) // 2)

    def _paint_margins(self, painter: QPainter, page: int) -> None:
        head = self._head(page)
        small = self._font(head.script if head else Script.SIMPLIFIED, NOTE_POINTS - 1, False)
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        gap = self.body.top() * 0.35  # margins lie at negative coordinates and past the body
        top = QRectF(0, -self.body.top(), self.body.width(), self.body.top() - gap)
        if head is not None:
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, head.title)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             head.collection)
        bottom = QRectF(0, self.body.height() + gap, self.body.width(),
                        self.paper.height() - self.body.bottom() - gap)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self._footer(page + 1))
        painter.restore()

    def _footer(self, number: int) -> str:
        footer = QCoreApplication.translate("Handout", "Page {page} of {count}")
        return footer.format(page=number + self._first_number - 1, count=self._count or self.page_count)

    def _head(self, page: int) -> RunningHead | None:
        """The last essay that began on or before `page`."""
        return next((h for h in reversed(self.heads) if h.first_page <= page), None)

    def _page_of(self, position: int) -> int:
        block = self.document.findBlock(position)
        top = self.document.documentLayout().blockBoundingRect(block).top()
        return int(top // self.body.height())

    # -- building -----------------------------------------------------------------------------

    def _fill(self) -> list[tuple[int, HandoutEssay]]:
        cursor = QTextCursor(self.document)
        starts = []
        for index, essay in enumerate(self.handout.essays):
            starts.append((self._essay(cursor, essay, first=index == 0), essay))
        if self.handout.options.sheet:
            self._sheet(cursor)
        return starts

    def _font(self, script: Script, points: int, bold: bool) -> QFont:
        font = reader_font(script, points)
        font.setBold(bold)
        return font

    def _char(self, script: Script, points: int, *, bold: bool = False,
              color: str = "#000000") -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self._font(script, points, bold))
        fmt.setForeground(QColor(color))
        return fmt

    def _block(self, cursor: QTextCursor, *, before: float = 0, after: float = 0, indent: float = 0,
               first_line: float = 0, page_break: bool = False, height: int = 150) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self._points(before))
        fmt.setBottomMargin(self._points(after))
        fmt.setLeftMargin(self._device_points(indent))
        fmt.setTextIndent(self._device_points(first_line))
        fmt.setLineHeight(height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if cursor.position() == 0 and cursor.block().length() == 1:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)

    def _device_points(self, points: float) -> float:
        """Indents are taken in device pixels as they are (unlike the vertical margins)."""
        return points * self.dpi / 72

    def _points(self, points: float) -> float:
        return points * 96 / 72  # Qt scales block lengths from 96 dpi to the device itself

    def _essay(self, cursor: QTextCursor, essay: HandoutEssay, *, first: bool) -> int:
        """Lays out one essay; returns where its title starts."""
        script = essay.script
        self._block(cursor, after=4, page_break=not first, height=120)
        start = cursor.position()
        cursor.insertText(essay.title, self._char(script, 16, bold=True))
        self._block(cursor, after=14, height=120)
        cursor.insertText(essay.collection, self._char(script, NOTE_POINTS, color="#555555"))
        for number, paragraph in enumerate(essay.paragraphs, start=1):
            # readings stand above a line's top, in the room the line before leaves below itself:
            # a note's short line leaves too little, so the paragraph keeps its own room above
            # (and without readings, the room a paragraph's line leaves below it)
            ruby = self.readings is not None
            after_notes = AFTER_NOTES_POINTS if number > 1 and essay.notes_in(number - 1) else 0
            self._block(cursor, before=RUBY_ROOM_POINTS if ruby else after_notes, after=6,
                        first_line=2 * BODY_POINTS, height=RUBY_LINE_HEIGHT if ruby else 150)
            self._paragraph(cursor, essay, number, paragraph)
            for note in essay.notes_in(number):
                self._note(cursor, script, note)
        if orphans := essay.notes_in(0):
            self._block(cursor, before=10, after=4)
            cursor.insertText(QCoreApplication.translate("Handout", "Notes whose passage could not be found"),
                              self._char(script, NOTE_POINTS, bold=True))
            for note in orphans:
                self._note(cursor, script, note)
        return start

    def _paragraph(self, cursor: QTextCursor, essay: HandoutEssay, number: int, text: str) -> None:
        body = self._char(essay.script, BODY_POINTS)
        notes = [n for n in essay.notes_in(number) if n.span is not None]
        readings = self.readings
        if readings is not None:
            readings.start_paragraph(text, essay.script, body.font())

        def insert(start: int, end: int, fmt: QTextCharFormat) -> None:
            if readings is not None:
                readings.inserting(cursor, text, start, end)
            cursor.insertText(text[start:end], fmt)

        at = 0
        for note in sorted(notes, key=lambda n: n.span or (0, 0)):
            start, end = note.span or (0, 0)
            start = max(start, at)
            insert(at, start, body)
            if end > start:
                marked = QTextCharFormat(body)
                marked.merge(highlight_format(note.color))
                insert(start, end, marked)
            cursor.insertText(str(note.number), self._marker(essay.script))
            at = max(at, end)
        insert(at, len(text), body)

    def _marker(self, script: Script) -> QTextCharFormat:
        fmt = self._char(script, BODY_POINTS, bold=True, color="#333333")  # superscript shrinks it
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return fmt

    def _note(self, cursor: QTextCursor, script: Script, note: PrintedNote, source: str = "") -> None:
        small = self._char(script, NOTE_POINTS)
        self._block(cursor, after=3, indent=2 * BODY_POINTS, height=130)
        cursor.insertText(f"{note.number}  ", self._char(script, NOTE_POINTS, bold=True))
        cursor.insertText(quoted(note.quote, script), self._char(script, NOTE_POINTS, color="#444444"))
        details = [color_label(tint_name(note.color)), note.author, note.created[:10],
                   " ".join(f"#{t}" for t in note.tags), source, note.marks]  # marks: the group's digest
        cursor.insertText("  " + " · ".join(d for d in details if d), self._char(
            script, NOTE_POINTS - 1, color="#555555"))
        if note.text:
            self._block(cursor, after=3, indent=3 * BODY_POINTS, height=130)
            cursor.insertText(note.text.replace("\n", "\u2028"), small)
        for reply in note.replies:
            self._block(cursor, after=3, indent=4 * BODY_POINTS, height=130)
            answer = " " + QCoreApplication.translate("Handout", "(answer)") if reply.answer else ""
            cursor.insertText(f"{reply.author}{answer}：", self._char(script, NOTE_POINTS, bold=True))
            cursor.insertText(reply.text.replace("\n", "\u2028"), small)

    def _sheet(self, cursor: QTextCursor) -> None:
        script = self.handout.essays[0].script if self.handout.essays else Script.SIMPLIFIED
        self._block(cursor, after=10, page_break=bool(self.handout.essays), height=120)
        heading = QCoreApplication.translate("Handout", "Discussion sheet")
        cursor.insertText(heading, self._char(script, 16, bold=True))
        sections = discussion_sheet(self.handout, self.handout.options.sheet_tag)
        for section in sections:
            self._block(cursor, before=10, after=4)
            cursor.insertText(section.heading, self._char(script, BODY_POINTS + 1, bold=True))
            for title, note in section.entries:
                self._note(cursor, script, note, f"《{title}》" if self.handout.options.sheet_tag else "")
                self._block(cursor, after=8, indent=3 * BODY_POINTS)  # room to write an answer
        if not any(section.entries for section in sections):
            self._block(cursor)
            empty = QCoreApplication.translate("Handout", "No notes to discuss.")
            cursor.insertText(empty, self._char(script, BODY_POINTS))


def _glyphs(layout: QTextLayout, source: str, start: int,
            length: int) -> Iterator[tuple[QRawFont, int, str]]:
    """The glyphs of part of a layout of `source`, each with the text it was shaped from."""
    flags = QTextLayout.GlyphRunRetrievalFlag
    wanted = flags.RetrieveGlyphIndexes | flags.RetrieveStringIndexes
    runs = layout.glyphRuns(start, length, wanted)
    units = source.encode("utf-16-le")  # string indexes count UTF-16 units
    limit = min(start + length, len(units) // 2)
    boundaries = sorted({i for run in runs for i in run.stringIndexes()} | {limit})
    for run in runs:
        font = run.rawFont()
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=False):
            end = boundaries[bisect_right(boundaries, index)] if index < limit else index
            yield font, glyph, units[2 * index:2 * end].decode("utf-16-le", errors="replace")


def paint_every_page(device: QPagedPaintDevice, count: int,
                     paint_page: Callable[[QPainter, int], None], painter: QPainter) -> None:
    """Every page, one after the other, starting on the device's current page (horizontal and
    vertical handouts alike)."""
    for page in range(count):
        if page:
            device.newPage()
        paint_page(painter, page)
