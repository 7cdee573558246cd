"""The heat strip: a narrow margin left of the text showing, paragraph by paragraph, how many
members marked, asked or did not understand it. Hover lists who and what; a click opens the
thread. Counts are drawn as glyphs and numbers and the bar's length, so the strip reads in
greyscale and for readers who cannot tell its colours apart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.study_heat import ParagraphHeat
from app.ui.common.plain import plain_tooltip
from app.ui.common.theme import DARK, LIGHT
from app.ui.notes.kinds import CONFUSED, MARKS, QUESTION
from app.ui.reader.document import MIN_SIDE_MARGIN
from app.ui.reader.view import ReaderView

STRIP_WIDTH = 34
MIN_WIDTH = 16  # narrower than this (a very narrow pane) the strip hides rather than overlap text
GAP = 4  # between the strip and the text column
BAR_WIDTH = 4
BAND_GAP = 2  # between the bands of neighbouring paragraphs


@dataclass(frozen=True)
class HeatBand:
    """A paragraph's heat and where the paragraph begins in the canonical text."""

    start: int
    heat: ParagraphHeat

    @property
    def first_note(self) -> str:
        """The thread a click opens: the paragraph's first question or 不懂, else its first note."""
        entries = self.heat.entries
        asking = [e for e in entries if e.kind in (QUESTION, CONFUSED)]
        return (asking or list(entries))[0].note_id if entries else ""


class HeatStrip(QWidget):
    """Draws `ParagraphHeat` beside the reader's text; lives on the reader's viewport."""

    opened = Signal(str)  # the note id whose thread a click opens

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader.viewport())
        self.reader = reader
        self._heat: list[HeatBand] = []
        self._tips: list[str] = []
        self._most = 1
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("heat_strip")
        reader.verticalScrollBar().valueChanged.connect(self.update)
        reader.viewport().installEventFilter(self)
        self.hide()

    def set_heat(self, heat: list[HeatBand], tips: list[str]) -> None:
        """The paragraphs to draw and, for each, the plain text its hover shows; the reader keeps
        room for the strip beside its text while there is any."""
        self._heat, self._tips = heat, tips
        self._most = max((h.heat.level for h in heat), default=1) or 1
        self.reader.set_least_side(STRIP_WIDTH + 2 * GAP if heat else MIN_SIDE_MARGIN)
        self.place()

    def heat(self) -> list[HeatBand]:
        return list(self._heat)

    def place(self) -> None:
        """Beside the text column, which the reader centres: follows its margin on every resize."""
        side = int(self.reader.document().rootFrame().frameFormat().leftMargin())
        width = min(STRIP_WIDTH, side - GAP)
        self.setGeometry(max(side - width - GAP, 0), 0, max(width, 0),
                         self.reader.viewport().height())
        # vertical text has no paragraph heights beside it: the strip marks horizontal lines only
        self.setVisible(bool(self._heat) and width >= MIN_WIDTH and not self.reader.vertical)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            # after the reader has centred its column for the new width (it does so once
            # this event has passed the filter)
            QTimer.singleShot(0, self, self.place)
        return False

    def bands(self) -> Iterator[tuple[QRectF, int]]:
        """Each noted paragraph's band in this widget, with its index; only those in sight."""
        document = self.reader.document()
        layout = document.documentLayout()
        scroll = self.reader.verticalScrollBar().value()
        for number, heat in enumerate(self._heat):
            block = document.findBlock(self.reader.qt_position(heat.start))
            if not block.isValid():
                continue
            rect = layout.blockBoundingRect(block)
            band = QRectF(0, rect.top() - scroll, self.width(), max(rect.height() - BAND_GAP, 8))
            if band.bottom() >= 0 and band.top() <= self.height():
                yield band, number

    def band_at(self, point: QPoint) -> int | None:
        return next((number for band, number in self.bands() if band.contains(point.toPointF())), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 8.0))
        painter.setFont(font)
        line = painter.fontMetrics().height()
        ink, accent = self._ink_and_accent()
        for band, number in self.bands():
            heat = self._heat[number].heat
            self._draw_bar(painter, band, heat, ink)
            y = max(band.top(), 0.0)  # the counts stay in sight while any of the paragraph is
            for glyph, count, color in ((MARKS[QUESTION], len(heat.asked), accent),
                                        (MARKS[CONFUSED], len(heat.confused), accent),
                                        ("", len(heat.marked), ink)):
                if count and y + line <= band.bottom() + line / 2:
                    painter.setPen(color)
                    text_box = QRectF(0, y, band.width() - BAR_WIDTH - 2, line)
                    painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                     f"{glyph}{count}")
                    y += line
        painter.end()

    def _ink_and_accent(self) -> tuple[QColor, QColor]:
        """The reader's ink, and the page's accent for asking glyphs (the theme sets the palette)."""
        palette = self.reader.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return palette.color(QPalette.ColorRole.Text), QColor((DARK if dark else LIGHT).accent)

    def _draw_bar(self, painter: QPainter, band: QRectF, heat: ParagraphHeat, ink: QColor) -> None:
        """A bar along the paragraph, wider and darker the more members noted it (the counts
        beside it say how many; darkness alone would not survive a greyscale print)."""
        share = heat.level / self._most
        color = QColor(ink)
        color.setAlphaF(0.25 + 0.6 * share)
        width = 2.0 + (BAR_WIDTH - 2.0) * share
        painter.fillRect(QRectF(band.right() - width, band.top(), width, band.height()), color)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            number = self.band_at(event.pos())
            if number is not None and number < len(self._tips):
                QToolTip.showText(event.globalPos(), plain_tooltip(self._tips[number]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.band_at(event.position().toPoint())
        note_id = self._heat[number].first_note if number is not None else ""
        if note_id and event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(note_id)
            event.accept()
            return
        super().mousePressEvent(event)
