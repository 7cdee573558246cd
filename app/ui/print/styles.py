"""How highlights look on paper: tints that stay apart in greyscale, and paper by locale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPageSize, QTextCharFormat

from app.core.handout import paper_for_territory


@dataclass(frozen=True)
class Tint:
    """A highlight on paper: a pale background and an underline style of its own.

    The backgrounds differ in grey value by 15 steps of 255 or more (a greyscale printer keeps
    them apart), from the lightest yellow to the darkest purple, and each colour
    has its own underline, so even a black-and-white copy tells them apart.
    """

    background: str
    underline: QTextCharFormat.UnderlineStyle


U = QTextCharFormat.UnderlineStyle
TINTS: dict[str, Tint] = {
    "yellow": Tint("#fff4b8", U.NoUnderline),  # lightest: a plain tint
    "green": Tint("#d3ecc6", U.SingleUnderline),
    "blue": Tint("#bcd6f2", U.DashUnderline),
    "pink": Tint("#eca7bf", U.DotLine),
    "purple": Tint("#b89fdc", U.WaveUnderline),  # darkest
}
FALLBACK = Tint("#e6e6e6", U.SingleUnderline)


def tint_name(color: str) -> str:
    """The tint a colour prints as: a highlight colour's own; for a member's colour (others'
    notes on screen, e.g. "#c2255c") the tint nearest its hue, so paper stays within the five
    tints a greyscale copy tells apart; "" for a grey, which prints as the fallback."""
    if color in TINTS:
        return color
    shade = QColor(color)
    if not shade.isValid() or shade.hsvSaturation() < 40:
        return ""
    return min(TINTS, key=lambda name: _hue_distance(shade.hsvHue(), QColor(TINTS[name].background).hsvHue()))


def _hue_distance(a: int, b: int) -> int:
    return min(abs(a - b), 360 - abs(a - b))


def highlight_format(color: str) -> QTextCharFormat:
    tint = TINTS.get(tint_name(color), FALLBACK)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(tint.background))
    fmt.setUnderlineStyle(tint.underline)
    fmt.setUnderlineColor(QColor("#404040"))
    return fmt


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """A4, or US Letter where the locale's territory uses it (CLDR: the Americas' Letter list)."""
    locale = locale or QLocale()
    code = QLocale.territoryToCode(locale.territory())
    letter = paper_for_territory(code) == "letter"
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
