"""The Script menu's quotation-mark switch, as a reader uses it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.script import Form
from tests.ui.conftest import WindowFactory


def test_quotation_marks_follow_the_form_and_the_menu_switch(qtbot: QtBot,
                                                             open_window: WindowFactory) -> None:
    window = open_window()
    switch = window.commands["localize_quotes"]
    assert switch in window.script_menu.actions() and switch.isChecked()
    assert "“" in window.reader.toPlainText()  # the original, as written
    window.reading.set_form(Form.HONGKONG)
    shown = window.reader.toPlainText()
    assert "「" in shown and "“" not in shown

    window.reader.selectAll()
    window.reader.copy()
    assert "「" in QApplication.clipboard().text()

    switch.trigger()  # off: the marks as written, and remembered
    assert not switch.isChecked() and "“" in window.reader.toPlainText()
    window.close()
    again = open_window()
    assert not again.commands["localize_quotes"].isChecked()
    assert again.reading.form is Form.HONGKONG and "「" not in again.reader.toPlainText()
