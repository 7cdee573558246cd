"""The reader's document: an essay's title block and paragraphs laid out for CJK reading,
in a column centred in the pane."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)

from app.core.view import EssayView

LINE_HEIGHT_PERCENT = 135  # of the font's own line height: about 1.9 em with Noto CJK
COLUMN_EMS = 36  # characters per line: long enough to flow, short enough to track
MIN_SIDE_MARGIN = 24
TOP_MARGIN = 36


def essay_document(view: EssayView, font: QFont, ink: str, parent: QObject) -> tuple[QTextDocument, int]:
    """A new document holding `view`'s title, then one block per paragraph, and the document
    position where the body starts."""
    document = QTextDocument(parent)
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    em = QFontMetricsF(font).horizontalAdvance("中")
    cursor = QTextCursor(document)
    cursor.setBlockFormat(_title_block_format(em))
    cursor.setBlockCharFormat(_title_char_format(font, ink))
    cursor.insertText(view.title)
    body_start = cursor.position() + 1
    paragraph_block, paragraph_char = _paragraph_formats(font, em, ink)
    for paragraph in view.text.split("\n"):
        cursor.insertBlock(paragraph_block, paragraph_char)
        cursor.insertText(paragraph)
    return document, body_start


def _title_block_format(em: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    block.setTopMargin(em * 0.5)
    block.setBottomMargin(em * 1.6)
    block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block


def _title_char_format(font: QFont, ink: str) -> QTextCharFormat:
    """The title in the body's face, set apart by its size and room, as many Chinese books set
    it. A bold face would be one more CJK font file in memory for a dozen characters (Noto Serif
    CJK Bold: 2.6 MiB of the reader's idle memory)."""
    title = QTextCharFormat()
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.4)
    title.setFont(title_font)
    title.setForeground(QColor(ink))
    return title


def _paragraph_formats(font: QFont, em: float, ink: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block = QTextBlockFormat()
    # Left, not justified: Qt stretches the letter spacing of a whole line when CJK
    # line-break rules push punctuation down, which reads worse than a ragged edge.
    block.setAlignment(Qt.AlignmentFlag.AlignLeft)
    block.setTextIndent(em * 2)  # the customary two-character indent
    block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(em * 0.8)
    char = QTextCharFormat()
    char.setFont(font)
    char.setForeground(QColor(ink))
    return block, char


def set_column(document: QTextDocument, width: int, least_side: float = MIN_SIDE_MARGIN) -> None:
    """Centre a column of about COLUMN_EMS characters in a pane `width` pixels wide, with at
    least `least_side` pixels beside it."""
    em = QFontMetricsF(document.defaultFont()).horizontalAdvance("中")
    column = min(width - 2 * least_side, em * COLUMN_EMS)
    side = max((width - column) / 2, least_side)
    frame = document.rootFrame()
    frame_format: QTextFrameFormat = frame.frameFormat()
    if (frame_format.leftMargin(), frame_format.topMargin()) == (side, TOP_MARGIN):
        return
    frame_format.setLeftMargin(side)
    frame_format.setRightMargin(side)
    frame_format.setTopMargin(TOP_MARGIN)
    frame_format.setBottomMargin(TOP_MARGIN * 2)
    frame.setFrameFormat(frame_format)
