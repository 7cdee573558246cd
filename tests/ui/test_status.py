"""The status service: passing messages, failures that stay, clearing only what is still said."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from app.ui.common.status import StatusMessages


def test_a_failure_is_cleared_only_while_it_is_still_shown(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusMessages(bar)
    status.persist("Your changes could not be saved")
    assert not status.clear_if("something else") and status.current() == "Your changes could not be saved"
    assert status.clear_if("Your changes could not be saved") and status.current() == ""
    status.persist("Your changes could not be saved")
    status.show("Bookmarked", 60_000)  # a newer message is never taken down for an older one
    assert not status.clear_if("Your changes could not be saved") and status.current() == "Bookmarked"
    assert not status.clear_if("") and status.current() == "Bookmarked"


def test_a_passing_message_goes_by_itself(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusMessages(bar)
    status.show("Essays reloaded.", 50)
    assert status.current() == "Essays reloaded."
    qtbot.waitUntil(lambda: status.current() == "", timeout=2000)
