"""Check boxes stay visible in the dark theme, however the theme was reached."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox
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


def brightest(button: QAbstractButton) -> int:
    image = button.icon().pixmap(16, 16).toImage()
    return max(image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 128)


def test_qts_own_buttons_follow_the_theme_while_the_window_is_up(window: MainWindow) -> None:
    """The toolbar's » and the panels' float and close buttons keep the icon they were made
    with: turned dark, they were dark grey on a dark window."""
    names = ("qt_toolbar_ext_button", "qt_dockwidget_floatbutton", "qt_dockwidget_closebutton")
    buttons = [button for name in names for button in window.findChildren(QAbstractButton, name)]
    assert {button.objectName() for button in buttons} == set(names)
    window.commands["theme_dark"].trigger()
    dark_window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    assert all(brightest(button) - dark_window > 100 for button in buttons)
    window.commands["theme_light"].trigger()
    light_window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    assert all(light_window - brightest(button) > 100 for button in buttons)
