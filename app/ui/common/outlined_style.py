"""Fusion with check boxes and radio buttons outlined, for the dark theme.

Its own module: QProxyStyle and QStyle cost 20 ms to load, and a light window never needs them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QToolBar,
    QWidget,
)

_Pixmap = QStyle.StandardPixmap
# Fusion draws these in dark grey or black, whatever the palette: on a dark window they vanish
_EXTENSION_BUTTONS = (_Pixmap.SP_ToolBarHorizontalExtensionButton, _Pixmap.SP_ToolBarVerticalExtensionButton)
_DRAWN_IN_TEXT_COLOUR = frozenset({
    *_EXTENSION_BUTTONS, _Pixmap.SP_TitleBarNormalButton, _Pixmap.SP_TitleBarCloseButton,
    _Pixmap.SP_DockWidgetCloseButton, _Pixmap.SP_DialogCloseButton, _Pixmap.SP_DialogCancelButton})
# Qt's own buttons that took one of them when they were made, by object name; a palette change
# does not make them ask again
_PANEL_BUTTONS = {"qt_dockwidget_floatbutton": _Pixmap.SP_TitleBarNormalButton,
                  "qt_dockwidget_closebutton": _Pixmap.SP_TitleBarCloseButton}


class ReaderStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined so they show on a dark window.

    Fusion draws their frame a shade darker than the window, which vanishes in dark theme.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(self, icon: QStyle.StandardPixmap, option: QStyleOption | None = None,
                     widget: QWidget | None = None) -> QIcon:
        """On a dark window, the toolbar's overflow », the panels' float and close buttons and
        the dialogs' Close in the text colour (Fusion's are dark grey or black)."""
        fusions = super().standardIcon(icon, option, widget)
        palette = QApplication.palette()
        if icon not in _DRAWN_IN_TEXT_COLOUR or fusions.isNull() \
                or palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return fusions
        return _recoloured(fusions, palette.color(QPalette.ColorRole.ButtonText))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                           QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            return
        if option.palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return  # Fusion's own frame shows well on a light window
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRect(option.rect).adjusted(1, 1, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def refresh_standard_icons(window: QWidget) -> None:
    """Give Qt's own buttons in `window` their icons for the palette now in place."""
    style = window.style()
    for name, icon in _PANEL_BUTTONS.items():
        for button in window.findChildren(QAbstractButton, name):
            button.setIcon(style.standardIcon(icon, None, button))
    for toolbar in window.findChildren(QToolBar):
        across = toolbar.orientation() == Qt.Orientation.Horizontal
        icon = _EXTENSION_BUTTONS[0] if across else _EXTENSION_BUTTONS[1]
        for button in toolbar.findChildren(QAbstractButton, "qt_toolbar_ext_button"):
            button.setIcon(style.standardIcon(icon, None, button))


def _recoloured(icon: QIcon, color: QColor) -> QIcon:
    """`icon`'s shapes, every size of it, filled with `color`."""
    recoloured = QIcon()
    for size in icon.availableSizes() or [icon.actualSize(QSize(16, 16))]:
        pixmap = icon.pixmap(size, 1.0)  # each size as drawn: at the screen's ratio all came out one
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), color)
        painter.end()
        recoloured.addPixmap(pixmap)
    return recoloured
