"""A vertical handout: each essay in columns right to left, with readings, then the notes.

The essays' columns come from the same geometry the reader draws (core.vertical_page), so
paper matches the screen, except that paper's columns run the page's full height. Characters
are drawn as text, one column after another in reading order, and each column is marked in the
PDF as one run of text (`text_spans`), so a PDF's text copies and searches in reading order, a
column a line (`pdftotext -raw`); readings and note numbers are drawn as outlines, never as
text, so they cannot interleave with it. The notes and the
discussion sheet follow on ordinary pages, as in a horizontal handout.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QRawFont,
    QTextLayout,
    QTransform,
)

from app.core.handout import Handout, HandoutEssay
from app.core.pdf_text import PageSpans
from app.core.ruby import CommonCharacters, ruby_readings
from app.core.vertical_layout import Cell, Kind
from app.core.vertical_page import Metrics, VerticalPage
from app.ui.common.fonts import reader_font
from app.ui.print.document import BODY_POINTS, HandoutPages, paint_every_page
from app.ui.print.styles import highlight_format
from app.ui.reader.vertical_glyphs import GlyphCache
from app.ui.reader.vertical_ruby import ROOM, RUBY_SCALE, ZHUYIN_TONES

INK = QColor("#000000")
NUMBER_INK = QColor("#333333")  # as the horizontal handout's note numbers
NUMBER_SCALE = 0.6  # a note number's size against the text's, about a superscript's


@dataclass(frozen=True)
class _Column:
    """One column on paper: which essay, whether the title's, its number, page and left edge."""

    essay: int
    in_title: bool
    number: int
    page: int
    left: float  # x of the column's left edge on its page, in device pixels


class VerticalHandoutPages:
    """The handout's essays in vertical columns, then its notes on ordinary pages."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice, *, ruby: str = "off",
                 reading: str = "pinyin", common: CommonCharacters | None = None) -> None:
        self.handout, self.device = handout, device
        layout = device.pageLayout()
        self.dpi = device.logicalDpiY()
        self.body = QRectF(layout.paintRectPixels(self.dpi))
        self._ruby, self._reading = ruby, reading
        self._common = common or CommonCharacters(())
        self._pages: list[VerticalPage] = []
        self._glyphs: list[tuple[GlyphCache, GlyphCache]] = []
        self._readings: list[dict[int, str]] = []
        self._columns: list[_Column] = []
        self.essay_pages = self._lay_out()
        self.notes = HandoutPages(_notes_only(handout), device) if _has_notes(handout) else None
        if self.notes is not None:  # one count for the whole handout: the notes go on from the columns
            self.notes.number_pages(first=self.essay_pages + 1, count=self.page_count)

    @property
    def page_count(self) -> int:
        return self.essay_pages + (self.notes.page_count if self.notes is not None else 0)

    def drawn_text(self) -> str:
        """Every character the pages show as text, in reading order (readings are not text)."""
        parts = []
        for column in self._columns:
            page, text = self._essay_layout(column)
            layout = page.title if column.in_title else page.body
            parts += [text[c.start:c.end] for c in layout.cells_in_columns(column.number, column.number)
                      if c.kind is not Kind.BREAK]
        return "".join(parts) + (self.notes.drawn_text() if self.notes is not None else "")

    # -- layout ---------------------------------------------------------------------------------

    def _lay_out(self) -> int:
        """Lays out each essay and deals its columns onto pages; returns the number of pages."""
        page, used = -1, self.body.width()  # the first column opens the first page
        for number, essay in enumerate(self.handout.essays):
            body_glyphs = GlyphCache(_device_font(essay, 1.0, self.dpi))
            text = "\n".join(essay.paragraphs)
            readings = (ruby_readings(text, essay.script, self._ruby, self._reading, self._common)
                        if self._ruby != "off" else {})
            self._readings.append(readings)
            em = body_glyphs.em
            room = em * ROOM if readings else 0
            metrics = Metrics(em, self.body.width(), self.body.height(), 0, 0, 0, room)
            full_height = int(self.body.height() // em)  # paper's columns run the page's full height
            vertical = VerticalPage(essay.title, text, metrics, body_glyphs.advance_ems, max_rows=full_height)
            title_glyphs = GlyphCache(_device_font(essay, vertical.title_scale, self.dpi))
            self._glyphs.append((body_glyphs, title_glyphs))
            self._pages.append(vertical)
            page, used = page + 1, 0.0  # each essay starts a page
            for in_title, count, pitch in ((True, vertical.title.columns, vertical.title_pitch),
                                           (False, vertical.body.columns, vertical.pitch)):
                if not in_title:
                    used += vertical.pitch  # the empty column between title and text
                for column in range(count):
                    if used + pitch > self.body.width() and used > 0:
                        page, used = page + 1, 0.0
                    used += pitch
                    self._columns.append(_Column(number, in_title, column, page, self.body.width() - used))
        return page + 1

    def _essay_layout(self, column: _Column) -> tuple[VerticalPage, str]:
        essay = self.handout.essays[column.essay]
        text = essay.title if column.in_title else "\n".join(essay.paragraphs)
        return self._pages[column.essay], text

    # -- painting -------------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        paint_every_page(self.device, self.page_count, self.paint_page, painter)

    def paint_page(self, painter: QPainter, page: int) -> None:
        if page >= self.essay_pages:
            assert self.notes is not None
            self.notes.paint_page(painter, page - self.essay_pages)
            return
        painter.save()
        painter.setPen(INK)
        for column in self._columns:
            if column.page == page:
                self._paint_column(painter, column)
        self._paint_footer(painter, page)
        painter.restore()

    def _cells(self, column: _Column) -> list[Cell]:
        vertical, _text = self._essay_layout(column)
        layout = vertical.title if column.in_title else vertical.body
        return layout.cells_in_columns(column.number, column.number)

    def _paint_column(self, painter: QPainter, column: _Column) -> None:
        vertical, text = self._essay_layout(column)
        body_glyphs, title_glyphs = self._glyphs[column.essay]
        glyphs = title_glyphs if column.in_title else body_glyphs
        pitch = vertical.title_pitch if column.in_title else vertical.pitch
        right = vertical.column_right(column.number, in_title=column.in_title)
        to_x = self._x_on_paper(column, right + pitch)
        cells = self._cells(column)
        if not column.in_title:
            self._paint_tints(painter, column, cells, vertical, to_x)
        for cell in cells:
            if cell.kind is Kind.BREAK:
                continue
            placed = vertical.place(cell, in_title=column.in_title)
            glyphs.draw(painter, text[cell.start:cell.end], cell.kind, to_x(placed.box_left), placed.top)
        if not column.in_title and self._readings[column.essay]:
            self._paint_readings(painter, column, cells, vertical, to_x)
        if not column.in_title:
            self._paint_note_numbers(painter, column, cells, vertical, to_x)

    def _x_on_paper(self, column: _Column, left_distance: float) -> _XOf:
        """Maps a distance from the essay's right edge to x on the column's page."""
        return _XOf(column.left + left_distance)

    def _paint_tints(self, painter: QPainter, column: _Column, cells: list[Cell], vertical: VerticalPage,
                     to_x: _XOf) -> None:
        """Highlighted passages tinted as in the horizontal handout."""
        essay = self.handout.essays[column.essay]
        starts = _paragraph_starts(essay)
        for note in essay.notes:
            if note.span is None or note.paragraph < 1:
                continue
            start = starts[note.paragraph - 1] + note.span[0]
            end = starts[note.paragraph - 1] + note.span[1]
            tint = highlight_format(note.color).background().color()
            for cell in cells:
                if cell.start < end and cell.end > start and cell.kind is not Kind.BREAK:
                    placed = vertical.place(cell)
                    box = QRectF(to_x(placed.box_left), placed.top, placed.em, placed.height)
                    painter.fillRect(box, tint)

    def _paint_readings(self, painter: QPainter, column: _Column, cells: list[Cell], vertical: VerticalPage,
                        to_x: _XOf) -> None:
        """Readings in the room right of their characters, as the screen draws them (turned, or
        stacked for 注音), as outlines: never part of the PDF's text."""
        readings = self._readings[column.essay]
        font = QFont(self._glyphs[column.essay][0].plain_font)
        font.setPixelSize(max(round(vertical.metrics.em * RUBY_SCALE), 4))
        room = vertical.metrics.ruby
        for cell in cells:
            reading = readings.get(cell.start)
            if not reading or cell.kind is not Kind.UPRIGHT:
                continue
            placed = vertical.place(cell)
            path = (_stacked(reading, font, placed.height) if self._reading == "zhuyin"
                    else _turned(reading, font, placed.height))
            bounds = path.boundingRect()
            left = to_x(placed.box_left - placed.em) + (room - bounds.width()) / 2  # right of the character
            top = placed.top + (placed.height - bounds.height()) / 2
            painter.fillPath(path.translated(left - bounds.left(), top - bounds.top()), INK)

    def _paint_note_numbers(self, painter: QPainter, column: _Column, cells: list[Cell],
                            vertical: VerticalPage, to_x: _XOf) -> None:
        """Each note's number left of its passage's last character, small, as the horizontal
        handout's superscript: the reader finds the note of that number on the notes pages."""
        essay = self.handout.essays[column.essay]
        starts = _paragraph_starts(essay)
        font = QFont(self._glyphs[column.essay][0].plain_font)
        font.setPixelSize(max(round(vertical.metrics.em * NUMBER_SCALE), 4))
        font.setBold(True)
        gap = (vertical.pitch - vertical.metrics.ruby - vertical.metrics.em) / 2
        for note in essay.notes:
            if note.span is None or note.paragraph < 1:
                continue
            last = starts[note.paragraph - 1] + note.span[1] - 1
            cell = next((c for c in cells if c.start <= last < c.end and c.kind is not Kind.BREAK), None)
            if cell is None:
                continue
            placed = vertical.place(cell)
            path = QPainterPath()
            path.addText(QPointF(0, 0), font, str(note.number))
            bounds = path.boundingRect()
            squeeze = min(1.0, gap * 0.9 / bounds.width()) if bounds.width() else 1.0
            painter.save()
            painter.translate(to_x(placed.box_left) - gap / 2 - bounds.width() * squeeze / 2,
                              placed.top + placed.height - bounds.bottom())
            painter.scale(squeeze, 1.0)
            painter.fillPath(path.translated(-bounds.left(), 0), NUMBER_INK)
            painter.restore()

    def _paint_footer(self, painter: QPainter, page: int) -> None:
        painter.setFont(self._footer_font())
        gap = (self.device.pageLayout().fullRectPixels(self.dpi).height() - self.body.bottom()) * 0.35
        area = QRectF(0, self.body.height() + gap, self.body.width(), self.body.height())
        align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, align, self._footer(page + 1))

    def _footer_font(self) -> QFont:
        script = self.handout.essays[0].script if self.handout.essays else None
        return reader_font(script, BODY_POINTS - 3) if script is not None else QFont()

    def _footer(self, number: int) -> str:
        footer = QCoreApplication.translate("Handout", "Page {page} of {count}")
        return footer.format(page=number, count=self.page_count)

    # -- the PDF's text -------------------------------------------------------------------------

    def text_spans(self) -> list[PageSpans]:
        """Per essay page, each column's text objects and characters, then how many text objects
        the page number adds: the PDF marks each column as one run, so it copies as one line."""
        spans: list[PageSpans] = []
        for page in range(self.essay_pages):
            columns = [self._column_span(column) for column in self._columns if column.page == page]
            footer = QTextLayout(self._footer(page + 1), self._footer_font(), self.device)
            footer.beginLayout()
            footer.createLine()
            footer.endLayout()
            spans.append((columns, len(footer.glyphRuns())))
        return spans

    def _column_span(self, column: _Column) -> tuple[int, str]:
        """How many glyph runs (text objects in a PDF) the column is drawn with, and its text."""
        _vertical, text = self._essay_layout(column)
        glyphs = self._glyphs[column.essay][1 if column.in_title else 0]
        count, shown = 0, []
        for cell in self._cells(column):
            if cell.kind is not Kind.BREAK:
                runs, _width = glyphs.runs(text[cell.start:cell.end], upright=cell.kind is not Kind.ROTATED)
                count += len(runs)
                shown.append(text[cell.start:cell.end])
        return count, "".join(shown)

    def glyphs_drawn(self) -> Iterator[tuple[QRawFont, int, str]]:
        """(face, glyph, text) of every glyph drawn as text, in painting order."""
        for page in range(self.essay_pages):
            for column in self._columns:
                if column.page != page:
                    continue
                vertical, text = self._essay_layout(column)
                body_glyphs, title_glyphs = self._glyphs[column.essay]
                glyphs = title_glyphs if column.in_title else body_glyphs
                for cell in self._cells(column):
                    if cell.kind is not Kind.BREAK:
                        yield from _run_glyphs(glyphs, text[cell.start:cell.end], cell.kind)
            yield from _text_glyphs(self._footer(page + 1), self._footer_font(), self.device)
        if self.notes is not None:
            yield from self.notes.glyphs_drawn()


class _XOf:
    """Distance from an essay's right edge → x on paper, for one column's page."""

    def __init__(self, offset: float) -> None:
        self._offset = offset

    def __call__(self, distance: float) -> float:
        return self._offset - distance


def _device_font(essay: HandoutEssay, scale: float, dpi: int) -> QFont:
    font = reader_font(essay.script, BODY_POINTS)
    font.setPixelSize(round(BODY_POINTS * scale * dpi / 72))
    return font


def _run_glyphs(glyphs: GlyphCache, text: str, kind: Kind) -> Iterator[tuple[QRawFont, int, str]]:
    runs, _width = glyphs.runs(text, upright=kind is not Kind.ROTATED)
    for run in runs:
        indexes = run.glyphIndexes()
        one_each = len(indexes) == len(text)  # else the first glyph stands for all the text
        for number, glyph in enumerate(indexes):
            yield run.rawFont(), glyph, text[number] if one_each else (text if number == 0 else "")


def _text_glyphs(text: str, font: QFont, device: QPagedPaintDevice) -> Iterator[tuple[QRawFont, int, str]]:
    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        for glyph, char in zip(run.glyphIndexes(), text, strict=False):
            yield run.rawFont(), glyph, char


def _turned(reading: str, font: QFont, fit: float) -> QPainterPath:
    """A reading turned a quarter clockwise to run down the column, squeezed to `fit` long."""
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, reading)
    width = path.boundingRect().width()
    squeeze = min(1.0, fit / width) if width else 1.0
    return QTransform().rotate(90).map(QTransform().scale(squeeze, 1.0).map(path))


def _stacked(reading: str, font: QFont, fit: float) -> QPainterPath:
    """注音 upright, one symbol under another within `fit`, its tone mark right of the last."""
    metrics = QFontMetricsF(font)
    symbols = [s for s in reading if s not in ZHUYIN_TONES]
    tone = next((s for s in reading if s in ZHUYIN_TONES), "")
    step = min(metrics.height() * 0.8, fit / max(len(symbols), 1))
    width = max((metrics.horizontalAdvance(s) for s in symbols), default=0.0)
    baseline = (step + metrics.ascent() - metrics.descent()) / 2
    path = QPainterPath()
    for number, symbol in enumerate(symbols):
        path.addText(QPointF(0, number * step + baseline), font, symbol)
    if tone:
        path.addText(QPointF(width * 0.9, (len(symbols) - 1) * step + baseline - step * 0.3), font, tone)
    height = path.boundingRect().height()  # four symbols' glyphs stand taller than a quarter em each
    shrink = min(1.0, fit * 0.95 / height) if height else 1.0
    return QTransform().scale(shrink, shrink).map(path)


def _paragraph_starts(essay: HandoutEssay) -> list[int]:
    starts, at = [], 0
    for paragraph in essay.paragraphs:
        starts.append(at)
        at += len(paragraph) + 1
    return starts


def _has_notes(handout: Handout) -> bool:
    return handout.options.sheet or any(essay.notes for essay in handout.essays)


def _notes_only(handout: Handout) -> Handout:
    """The same handout with each essay's text left out: its title, then all its notes (the
    vertical pages carry the text), numbered as on the tinted passages."""
    def placed_first(essay: HandoutEssay) -> HandoutEssay:
        # no span: the numbers stand beside the tinted passages in the columns, not on an empty line
        notes = tuple(replace(note, paragraph=1, span=None) if note.paragraph > 0 else note
                      for note in essay.notes)
        return replace(essay, paragraphs=("",), notes=notes)

    return replace(handout, essays=tuple(placed_first(essay) for essay in handout.essays if essay.notes))

