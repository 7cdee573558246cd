"""Text fields: the clear button comes with the first text (not built for the first frame)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.notes.panels import AnnotationsPanel
from app.ui.reader.find_bar import FindBar


def test_the_find_field_gets_its_clear_button_once_typed_in(qtbot: QtBot) -> None:
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.field.isClearButtonEnabled()
    QTest.keyClicks(bar.field, "ab")  # (QTest types Latin letters only)
    assert bar.field.isClearButtonEnabled()
    bar.field.clear()
    QTest.keyClicks(bar.field, "cd")  # typing again after clearing keeps the button
    assert bar.field.isClearButtonEnabled()


def test_the_notes_filter_gets_its_clear_button_when_text_is_set(qtbot: QtBot) -> None:
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    assert not panel.text_filter.isClearButtonEnabled()
    panel.text_filter.setText("问")
    assert panel.text_filter.isClearButtonEnabled()
