"""The dialog for writing or editing a note on a highlight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import COLORS, parse_tags
from app.ui.notes.drafts import NoteDraft, color_icon, color_label
from app.ui.notes.kinds import KIND_ORDER, kind_label, kind_mark


class NoteDialog(QDialog):
    """Quote on top, colour choice, note text and tags."""

    def __init__(self, quote: str, draft: NoteDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setMinimumWidth(460)
        shown = quote if len(quote) <= 120 else quote[:120] + "…"
        quote_label = QLabel(f"“{shown}”")
        quote_label.setTextFormat(Qt.TextFormat.PlainText)  # the essay's text, as written
        quote_label.setWordWrap(True)
        self.colors = QButtonGroup(self)
        color_row = QHBoxLayout()
        for number, color in enumerate(COLORS):
            button = QRadioButton(color_label(color))
            button.setIcon(color_icon(color))
            button.setChecked(color == draft.color)
            self.colors.addButton(button, number)
            color_row.addWidget(button)
        self.kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        for number, kind in enumerate(KIND_ORDER):  # Alt+H, C, Q, D choose without the mouse
            button = QRadioButton(f"{kind_mark(kind)} {kind_label(kind)}")
            button.setChecked(kind == (draft.kind or KIND_ORDER[0]))
            self.kinds.addButton(button, number)
            kind_row.addWidget(button)
        self.note = QPlainTextEdit(draft.note)
        self.note.setTabChangesFocus(True)  # Tab goes on to the tags, as in any form
        self.note.setPlaceholderText(self.tr("Your thoughts on this passage…"))
        self.tags = QLineEdit(", ".join(draft.tags))
        self.tags.setPlaceholderText(self.tr("e.g. 工匠, 讨论"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), _wrap(kind_row))
        form.addRow(self.tr("Colour"), _wrap(color_row))
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # save from the note field too
            QShortcut(QKeySequence(keys), self, self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Save (Ctrl+Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def draft(self) -> NoteDraft:
        color = COLORS[max(self.colors.checkedId(), 0)]
        kind = KIND_ORDER[max(self.kinds.checkedId(), 0)]
        return NoteDraft(color, self.note.toPlainText().strip(), parse_tags(self.tags.text()), kind)


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
