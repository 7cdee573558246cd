"""The status bar's "% read": all of the essay once its end is in sight, and never more than that."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import MainWindow


def percent_read(window: MainWindow) -> int:
    found = re.search(r"(\d+)% read", window.status_label.text())
    assert found is not None, window.status_label.text()
    return int(found.group(1))


def test_the_end_in_sight_is_all_of_it_read(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert percent_read(window) == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert percent_read(window) == 100


def test_closing_the_find_bar_at_the_end_never_says_more_than_all(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.commands["find"].trigger()
    window.find_bar.field.setText("的")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # the last
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)  # the reader grows: the bar's range shrinks
    qtbot.waitUntil(lambda: not window.find_bar.isVisible())
    qtbot.wait(50)
    assert percent_read(window) == 100


def test_in_vertical_text_the_end_is_all_of_it_and_a_column_short_is_not(qtbot: QtBot,
                                                                          window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.commands["vertical_text"].trigger()
    qtbot.waitUntil(lambda: window.reader.vertical)
    qtbot.keyClick(window.reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: percent_read(window) == 100)
    qtbot.keyClick(window.reader, Qt.Key.Key_Right)  # back one column: the last one is hidden again
    qtbot.waitUntil(lambda: percent_read(window) < 100)
