"""Check boxes stay visible in the dark theme, however the theme was reached."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import MainWindow


def indicator_contrast(qtbot: QtBot) -> int:
    """How much lighter than the window the lightest pixel of an unchecked box is."""
    box = QCheckBox("  ")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    window = box.palette().color(QPalette.ColorRole.Window).lightness()
    lightest = max(QColor(image.pixel(x, y)).lightness()
                   for x in range(min(image.width(), 24)) for y in range(image.height()))
    return lightest - window


def test_dark_theme_outlines_check_boxes_however_it_was_reached(
        qtbot: QtBot, window: MainWindow) -> None:
    window.commands["theme_dark"].trigger()
    assert indicator_contrast(qtbot) > 40
    window.commands["theme_light"].trigger()
    window.commands["theme_dark"].trigger()  # and back: still outlined
    assert indicator_contrast(qtbot) > 40
