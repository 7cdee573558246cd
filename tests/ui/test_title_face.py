"""The essay's title is set in the body's own face, only larger: a bold face would be one more
CJK font file held in memory for a dozen characters (2.6 MiB of Noto Serif CJK Bold)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from app.ui.shell.main_window import MainWindow


def test_the_title_is_the_body_face_larger_in_both_directions(window: MainWindow) -> None:
    document = window.reader.document()
    title = QTextCursor(document.firstBlock()).charFormat().font()
    body = document.defaultFont()
    assert title.families() == body.families() and title.weight() == body.weight()
    assert title.pointSizeF() > body.pointSizeF() * 1.2
    window.reader.set_vertical(True)
    page_title = window.reader._glyph_cache(1.5)  # noqa: SLF001  (the vertical title's glyphs)
    assert page_title.plain_font.weight() == body.weight()
