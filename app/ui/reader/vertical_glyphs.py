"""Drawing vertical cells: each character's glyphs shaped once and kept, then placed.

Shaping a character per paint (QPainter.drawText) costs tens of microseconds; a screen of
vertical text holds a thousand characters, so glyph runs are made once per character and
font and drawn with drawGlyphRun. The font asks for the OpenType `vert` feature, which
gives 「」 as ﹁﹂ and 。，、 in their vertical places; a font without it falls back to the
Unicode vertical presentation forms.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QGlyphRun, QPainter, QRawFont, QTextLayout

from app.core.vertical_layout import ALWAYS_VERTICAL, VERTICAL_FORMS, Kind

EM_BOX_ASCENT = 0.88  # the ideographic em box's top, in ems above the baseline (Noto CJK, most CJK faces)
LATIN_BASELINE = 0.32  # turned Latin: the baseline this far left of the column's centre, in ems
DASHES = frozenset("—―")  # stretched to their em box so that —— is one unbroken line


class GlyphCache:
    """Glyph runs of single characters (or a 縦中横 pair) in one font, shaped on first use."""

    def __init__(self, font: QFont) -> None:
        self.upright_font = QFont(font)
        self.has_vert = hasattr(QFont, "Tag")
        if self.has_vert:  # Qt ≥ 6.7
            self.upright_font.setFeature(QFont.Tag("vert"), 1)
        self.plain_font = QFont(font)
        metrics = QFontMetricsF(font)
        self.em = metrics.horizontalAdvance("中")
        self.ascent = metrics.ascent()
        self._metrics = metrics
        self._runs: dict[tuple[str, bool], tuple[list[QGlyphRun], float]] = {}
        self.script: object = None  # what the font was chosen for, so the owner can tell it is stale
        self.point_size = 0

    def advance_ems(self, char: str) -> float:
        """A narrow character's width, in ems: its height once turned."""
        return self._metrics.horizontalAdvance(char) / self.em

    def runs(self, text: str, *, upright: bool) -> tuple[list[QGlyphRun], float]:
        """The glyph runs of `text` and their width in pixels."""
        key = (text, upright)
        held = self._runs.get(key)
        if held is None:
            shown = text
            if upright and not self.has_vert:
                shown = VERTICAL_FORMS.get(text, text)
            if upright:  # the font's `vert` glyphs, but quotes and dashes alike in every face
                shown = ALWAYS_VERTICAL.get(text, shown)
            layout = QTextLayout(shown, self.upright_font if upright else self.plain_font)
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()
            held = (layout.glyphRuns(), line.naturalTextWidth())
            self._runs[key] = held
        return held

    def column_runs(self, cells: list[tuple[str, float]]) -> list[QGlyphRun]:
        """One glyph run per font for a column's upright characters, given as (character, top):
        drawing a column with a few runs costs what drawing one character alone did."""
        merged: list[tuple[QRawFont, list[int], list[QPointF]]] = []
        for char, top in cells:
            runs, width = self.runs(char, upright=True)
            offset = QPointF((self.em - width) / 2, top + self.em * EM_BOX_ASCENT - self.ascent)
            for run in runs:
                raw = run.rawFont()
                group = next((g for g in merged if g[0] == raw), None)
                if group is None:
                    group = (raw, [], [])
                    merged.append(group)
                group[1].extend(run.glyphIndexes())
                group[2].extend(position + offset for position in run.positions())
        out = []
        for raw, glyphs, positions in merged:
            run = QGlyphRun()
            run.setRawFont(raw)
            run.setGlyphIndexes(glyphs)
            run.setPositions(positions)
            out.append(run)
        return out

    def draw(self, painter: QPainter, text: str, kind: Kind, box_left: float, top: float) -> None:
        """Draw one cell whose em box's top left corner is at (box_left, top)."""
        if kind is Kind.BREAK:
            return
        if kind is Kind.ROTATED:
            self._draw_turned(painter, text, box_left, top)
            return
        if text in DASHES:
            self._draw_dash(painter, text, box_left, top)
            return
        runs, width = self.runs(text, upright=True)
        origin_y = top + self.em * EM_BOX_ASCENT - self.ascent
        if kind is Kind.TCY and width > self.em:  # two digits squeezed into one em
            painter.save()
            painter.translate(box_left, origin_y)
            painter.scale(self.em / width, 1.0)
            _draw_runs(painter, runs, QPointF(0, 0))
            painter.restore()
            return
        _draw_runs(painter, runs, QPointF(box_left + (self.em - width) / 2, origin_y))

    def _draw_dash(self, painter: QPainter, text: str, box_left: float, top: float) -> None:
        """The dash's bar stretched over its whole em box: two of them join into one line."""
        runs, _width = self.runs(text, upright=True)
        ink = QRectF()
        for run in runs:
            raw = run.rawFont()
            for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
                ink = ink.united(raw.boundingRect(glyph).translated(at))
        if ink.height() <= 0:
            return
        painter.save()
        painter.translate(box_left + self.em / 2 - ink.center().x(), top)
        painter.scale(1.0, self.em / ink.height())
        painter.translate(0, -ink.top())
        _draw_runs(painter, runs, QPointF(0, 0))
        painter.restore()

    def _draw_turned(self, painter: QPainter, text: str, box_left: float, top: float) -> None:
        runs, _width = self.runs(text, upright=False)
        painter.save()
        # turned a quarter clockwise: the baseline runs down the column, letters' tops face right
        painter.translate(box_left + self.em / 2 - self.em * LATIN_BASELINE, top)
        painter.rotate(90)
        _draw_runs(painter, runs, QPointF(0, -self.ascent))
        painter.restore()


def _draw_runs(painter: QPainter, runs: list[QGlyphRun], origin: QPointF) -> None:
    for run in runs:
        painter.drawGlyphRun(origin, run)
