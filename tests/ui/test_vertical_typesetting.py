"""Vertical typesetting as drawn: quotes alike in every face, —— one unbroken line, even margins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from app.core.script import Script
from app.core.vertical_layout import Kind
from app.ui.common.fonts import reader_font
from app.ui.reader.vertical_glyphs import GlyphCache
from app.ui.shell.main_window import MainWindow
from tests.ui.test_vertical_reader import _go_vertical, _open_longest


def _glyphs(text: str, cache: GlyphCache) -> list[int]:
    runs, _width = cache.runs(text, upright=True)
    return [glyph for run in runs for glyph in run.glyphIndexes()]


@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN])
def test_quotes_take_the_vertical_corner_forms_in_every_face(qapp: object, script: Script) -> None:
    cache = GlyphCache(reader_font(script, 16))
    for quote, form in zip("“”‘’", "﹃﹄﹁﹂", strict=True):
        plain = GlyphCache(reader_font(script, 16))
        plain.upright_font = plain.plain_font  # the presentation form itself, no `vert` asked
        assert _glyphs(quote, cache) == _glyphs(form, plain), (script, quote)


def _ink_rows(image: QImage, x: int) -> list[bool]:
    return [image.pixelColor(x, y).alpha() > 60 for y in range(image.height())]


@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL])
def test_a_two_em_dash_is_one_unbroken_line(qapp: object, script: Script) -> None:
    cache = GlyphCache(reader_font(script, 20))
    em = cache.em
    image = QImage(round(em * 2), round(em * 3), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    for row in range(2):
        cache.draw(painter, "—", Kind.UPRIGHT, em / 2, em / 2 + row * em)
    painter.end()
    columns = [x for x in range(image.width()) if any(_ink_rows(image, x))]
    assert columns and columns[-1] - columns[0] < em * 0.3  # a thin upright bar
    inked = _ink_rows(image, (columns[0] + columns[-1]) // 2)
    top, bottom = inked.index(True), len(inked) - inked[::-1].index(True)
    assert all(inked[top:bottom]), "a gap between the two dashes"
    assert bottom - top > em * 1.8  # the two ems down, end to end


def test_the_text_stands_between_even_margins(qtbot: QtBot, window: MainWindow) -> None:
    _open_longest(window)
    reader = _go_vertical(window)
    qtbot.wait(30)
    image = reader.viewport().grab().toImage()
    paper = QColor(reader._colors.paper)  # noqa: SLF001
    middle = range(image.height() // 4, image.height() * 3 // 4, 3)
    inked = [x for x in range(image.width()) if any(image.pixelColor(x, y) != paper for y in middle)]
    left_gap, right_gap = inked[0], image.width() - 1 - inked[-1]
    em = reader._glyph_cache(1.0).em  # noqa: SLF001
    assert left_gap > em and abs(left_gap - right_gap) < em * 0.6, (left_gap, right_gap)
