"""Fusion with check boxes and radio buttons outlined, for the dark theme.

Its own module: QProxyStyle and QStyle cost 20 ms to load, and a light window never needs them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_EXTENSION_BUTTONS = (QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
                      QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton)


class ReaderStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined so they show on a dark window.

    Fusion draws their frame a shade darker than the window, which vanishes in dark theme.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(self, icon: QStyle.StandardPixmap, option: QStyleOption | None = None,
                     widget: QWidget | None = None) -> QIcon:
        """The toolbar's overflow » in the window's text colour: Fusion's is dark grey, which
        vanished on the dark toolbar."""
        if icon not in _EXTENSION_BUTTONS:
            return super().standardIcon(icon, option, widget)
        return _chevrons(QApplication.palette().color(QPalette.ColorRole.ButtonText),
                         vertical=icon == _EXTENSION_BUTTONS[1])

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


def _chevrons(color: QColor, *, vertical: bool) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.5))
    if vertical:
        painter.translate(16, 0)
        painter.rotate(90)
    for left in (4.0, 9.0):
        painter.drawPolyline([QPointF(left, 4), QPointF(left + 3.5, 8), QPointF(left, 12)])
    painter.end()
    return QIcon(pixmap)
