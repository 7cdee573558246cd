"""The box for answering a note: what is being answered on top, a multi-line reply below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.plain import isolated
from app.ui.notes.drafts import ReplyContext

QUOTE_CHARS = 160  # the passage is a reminder; the reader shows it whole
THREAD_CHARS = 4000  # a long thread is cut, the panel keeps it all
MAX_REPLY_CHARS = 20000  # as long as a note may be


class ReplyDialog(QDialog):
    """Shows the note being answered and takes a reply of several lines; Ctrl+Enter sends,
    Escape cancels (a one-line field hid what one was answering and cut answers short)."""

    def __init__(self, context: ReplyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply"))
        self.setMinimumWidth(460)
        self.answered = _plain_label(_thread_text(context))
        self.answered.setObjectName("answered")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.answered)
        scroll.setMaximumHeight(180)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.reply = QPlainTextEdit()
        self.reply.setTabChangesFocus(True)
        self.reply.setPlaceholderText(self.tr("Your reply to {name}…").format(
            name=isolated(context.author) or self.tr("this note")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setText(self.tr("Send"))
        send.setToolTip(self.tr("Send (Ctrl+Enter)"))
        send.setEnabled(False)
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        self.reply.textChanged.connect(lambda: send.setEnabled(bool(self.text())))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._send)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.reply, 1)
        layout.addWidget(self.buttons)
        self.reply.setFocus()

    def text(self) -> str:
        return self.reply.toPlainText().strip()[:MAX_REPLY_CHARS]

    def _send(self) -> None:
        if self.text():  # an empty reply is not sent: the box stays for the reader to write
            self.accept()


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # notes are user text, never rich text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _thread_text(context: ReplyContext) -> str:
    quote = context.quote if len(context.quote) <= QUOTE_CHARS else context.quote[:QUOTE_CHARS] + "…"
    lines = [f"“{quote}”"]
    if context.note or context.author:
        lines.append(f"{isolated(context.author)}: {isolated(context.note)}".strip(": "))
    lines += [f"    ↳ {isolated(author)}: {isolated(text)}" for author, text in context.replies]
    text = "\n".join(lines)
    return text if len(text) <= THREAD_CHARS else text[:THREAD_CHARS] + "…"
