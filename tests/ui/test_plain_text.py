"""Note text, tags, bookmark names and titles are shown as the text they are, never as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.core.notes import new_annotation, new_bookmark
from app.ui.common.plain import plain_tooltip
from app.ui.shell.main_window import MainWindow

HOSTILE = '<img src="/dev/zero"><b>bold</b>\n<a href="x">link</a>'


def shown_text(tooltip: str) -> str:
    """What Qt shows for a tooltip: its rich text rendered to plain text."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_tooltip_shows_markup_as_text() -> None:
    tip = plain_tooltip(HOSTILE)
    assert "<img" not in tip
    assert shown_text(tip) == HOSTILE


def test_notes_and_bookmarks_with_markup_stay_plain(qtbot: QtBot, window: MainWindow) -> None:
    essay = window.reading.current
    assert essay is not None
    notes = window.notes_ui.notes
    notes.add_annotation(new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="me",
                                        note=HOSTILE, tags=("<i>tag</i>",)), "add")
    mark = new_bookmark(essay.id, essay.text, 0, "me")
    notes.add_bookmark(mark, "add")
    notes.update_bookmark(mark.edited(name=HOSTILE), "rename")
    panel = window.notes_ui.annotations_panel
    qtbot.waitUntil(lambda: len(panel.visible_ids()) == 1)
    assert shown_text(panel.row_index(0).data(Qt.ItemDataRole.ToolTipRole)) == HOSTILE
    highlight = window.reader.highlight_at(1)
    assert highlight is not None and "<img" not in highlight.tip
    assert shown_text(highlight.tip) == f"{HOSTILE}\n#<i>tag</i>"
    marks = window.notes_ui.bookmarks_panel.list
    qtbot.waitUntil(lambda: marks.count() == 1)
    assert shown_text(marks.item(0).toolTip()) == HOSTILE
