"""A note as the reader writes it, and a highlight colour as the window shows it.

Apart from the note dialog: the panels, menus and print need these at start, the dialog's
Qt classes only when it first opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from app.ui.common.theme import HIGHLIGHTS


@dataclass(frozen=True)
class NoteDraft:
    """What the reader typed: colour, note, tags and the kind of note ("" leaves it unset)."""

    color: str
    note: str = ""
    tags: tuple[str, ...] = ()
    kind: str = ""


def color_icon(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(HIGHLIGHTS.get(color, HIGHLIGHTS["yellow"])))
    return QIcon(pixmap)


def color_label(color: str) -> str:
    names = {
        "yellow": QCoreApplication.translate("Colors", "Yellow"),
        "green": QCoreApplication.translate("Colors", "Green"),
        "blue": QCoreApplication.translate("Colors", "Blue"),
        "pink": QCoreApplication.translate("Colors", "Pink"),
        "purple": QCoreApplication.translate("Colors", "Purple"),
    }
    return names.get(color, color)
