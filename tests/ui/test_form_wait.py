"""A form chosen for the first time: the window says it prepares it until the text follows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import script
from app.core.script import Form
from app.core.tables import TableSource

WAIT_S = 20


def test_the_window_says_it_prepares_a_form_until_the_text_follows(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    monkeypatch.setattr(script, "TABLES", TableSource())  # none read yet (the session's are)
    reading = window.reading
    with qtbot.waitSignal(reading.form_changed, timeout=WAIT_S * 1000):
        window.commands.form_action(Form.TAIWAN).trigger()
        assert window.status_messages.current() == "Preparing 臺灣正體…"
        assert QApplication.overrideCursor() is not None
    assert reading.form is Form.TAIWAN
    assert window.status_messages.current() == "" and QApplication.overrideCursor() is None
    assert window.form_box.currentText() == "臺灣正體"
