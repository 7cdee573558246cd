"""Fusion with check boxes and radio buttons outlined, for the dark theme.

Its own module: QProxyStyle and QStyle cost 20 ms to load, and a light window never needs them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class ReaderStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined so they show on a dark window.

    Fusion draws their frame a shade darker than the window, which vanishes in dark theme.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

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
