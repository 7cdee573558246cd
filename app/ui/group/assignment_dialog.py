"""The New Assignment dialog: which essays, by when, and the questions to think about."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_TITLE_CHARS = 200  # as a group's assignment record allows
MAX_QUESTION_CHARS = 2000
MAX_QUESTIONS = 50
DEFAULT_DAYS = 7  # a week to read, unless the facilitator says otherwise


@dataclass(frozen=True)
class AssignmentDraft:
    """What the facilitator chose: a title, essay ids, a due date (YYYY-MM-DD), questions."""

    title: str
    essays: tuple[str, ...]
    due: str
    questions: tuple[str, ...]


class AssignmentDialog(QDialog):
    """Essays to tick (the open one ticked), a due date with a calendar, one question a line."""

    def __init__(self, essays: list[tuple[str, str]], chosen: set[str], parent: QWidget | None = None,
                 today: QDate | None = None) -> None:
        """`essays`: (id, label) in library order; `chosen`: the ids ticked at first."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Assignment"))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("e.g. Week 3: 工匠精神"))
        self.essays = QListWidget()
        for essay_id, label in essays:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, essay_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if essay_id in chosen else Qt.CheckState.Unchecked)
            self.essays.addItem(item)
        start = today or QDate.currentDate()
        self.due = QDateEdit(start.addDays(DEFAULT_DAYS))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(start)
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(self.tr("One question a line (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Essays"), self.essays)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Questions"), self.questions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Post"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.essays.itemChanged.connect(self._enable_post)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable_post()
        self.title.setFocus()

    def chosen_essays(self) -> tuple[str, ...]:
        items = (self.essays.item(row) for row in range(self.essays.count()))
        return tuple(item.data(ID_ROLE) for item in items
                     if item is not None and item.checkState() == Qt.CheckState.Checked)

    def _enable_post(self) -> None:
        """An assignment needs at least one essay."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_essays()))

    def draft(self) -> AssignmentDraft:
        lines = (line.strip() for line in self.questions.toPlainText().splitlines())
        questions = tuple(line[:MAX_QUESTION_CHARS] for line in lines if line)[:MAX_QUESTIONS]
        return AssignmentDraft(self.title.text().strip(), self.chosen_essays(),
                               self.due.date().toString("yyyy-MM-dd"), questions)
