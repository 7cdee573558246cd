"""A note or reply as the reader writes it, and a highlight colour as the window shows it.

Apart from the note and reply dialogs: the panels, menus and print need these at start,
the dialogs' Qt classes only when they first open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPixmap

from app.ui.common.theme import HIGHLIGHTS

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


class NoteDraft(NamedTuple):
    """What the reader typed: colour, note, tags and the kind of note ("" leaves it unset)."""

    color: str
    note: str = ""
    tags: tuple[str, ...] = ()
    kind: str = ""


def color_icon(color: str, size: int = 14) -> QIcon:
    """A highlight colour's swatch (by its name: "yellow"…)."""
    return swatch_icon(HIGHLIGHTS.get(color, HIGHLIGHTS["yellow"]), size)


def swatch_icon(rgb: str, size: int = 14) -> QIcon:
    """A square of `rgb` (#rrggbb). Made once the first frame is on screen, never for it: Python's
    QIcon class alone costs a start 2 ms (its 150 theme icon names become an enum)."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415  (see above)

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(rgb))
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


class ReplyContext(NamedTuple):
    """What a reply answers, already in the reader's script form: the passage, who wrote the
    note, what it says, and the replies before this one (author, text), oldest first."""

    quote: str
    author: str
    note: str
    replies: tuple[tuple[str, str], ...] = ()
