"""How each kind of note looks: its name, a mark that reads without colour, its underline.

A question must stand out from a highlight for a reader who cannot tell hues apart or who
prints in greyscale, so each kind has a glyph in the panel and an underline pattern in the
reader; colour only adds to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat

from app.ui.common.plain import without_access_key

# The kinds as the group folder spells them (app.core.notes.KINDS).
HIGHLIGHT, COMMENT, QUESTION, CONFUSED = "highlight", "comment", "question", "confused"
KIND_ORDER = (HIGHLIGHT, COMMENT, QUESTION, CONFUSED)

# Glyphs found in every CJK font we ship with and the platform fonts (checked in screenshots).
MARKS = {HIGHLIGHT: "▍", COMMENT: "✎", QUESTION: "？", CONFUSED: "※"}

Underline = QTextCharFormat.UnderlineStyle
# None: the kind keeps the reader's usual drawing (a plain highlight, or a member's underline).
UNDERLINES: dict[str, Underline | None] = {
    HIGHLIGHT: None,
    COMMENT: Underline.DotLine,
    QUESTION: Underline.WaveUnderline,
    CONFUSED: Underline.DashUnderline,
}


def kind_label(kind: str) -> str:
    """The kind's name in the interface language, with an access key for the note dialog."""
    names = {
        HIGHLIGHT: QCoreApplication.translate("Kinds", "&Highlight"),
        COMMENT: QCoreApplication.translate("Kinds", "&Comment"),
        QUESTION: QCoreApplication.translate("Kinds", "&Question"),
        CONFUSED: QCoreApplication.translate("Kinds", "&Don't understand (不懂)"),
    }
    return names.get(kind, names[HIGHLIGHT])


def kind_name(kind: str) -> str:
    """The kind's name without its access key, for lists and tooltips."""
    return without_access_key(kind_label(kind))


def kind_mark(kind: str) -> str:
    return MARKS.get(kind, MARKS[HIGHLIGHT])
