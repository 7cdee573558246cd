"""The Assignments panel: what the group reads by when, one's own progress, and who finished."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.docks import Retranslating
from app.ui.common.plain import isolated, plain_tooltip
from app.ui.common.wrapping import WrappingDelegate

ESSAY_ROLE = Qt.ItemDataRole.UserRole + 1
FINISHED = 0.95  # read this far, an essay counts as finished (the last lines need no scroll)


@dataclass(frozen=True)
class AssignedEssay:
    """One essay of an assignment: its label, how far this reader got (None: not known), and
    who finished it (names; shown to the facilitator when members allow progress)."""

    essay_id: str
    label: str
    my_progress: float | None
    finished: tuple[str, ...] = ()
    in_library: bool = True


@dataclass(frozen=True)
class AssignmentRow:
    """An assignment as the panel shows it, already in the reader's script form."""

    id: str
    title: str
    due: str  # YYYY-MM-DD
    author: str
    by_facilitator: bool
    essays: tuple[AssignedEssay, ...]
    questions: tuple[str, ...]


class AssignmentsPanel(Retranslating, QWidget):
    """A tree: each assignment, its essays (click to read), its questions."""

    essay_activated = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(1)  # one wrapped column: a narrow dock cut two columns to "第一…"
        self.tree.setHeaderHidden(True)
        WrappingDelegate(self.tree)
        self.tree.setAlternatingRowColors(True)
        self.new_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._rows: list[AssignmentRow] = []
        self._in_group = False
        self._today = QDate.currentDate()
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.new_button.clicked.connect(self.new_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New Assignment…"))
        self._show()

    def set_rows(self, rows: list[AssignmentRow], *, in_group: bool, today: QDate | None = None) -> None:
        self._rows, self._in_group = rows, in_group
        self._today = today or QDate.currentDate()
        self._show()

    def _show(self) -> None:
        self.new_button.setEnabled(self._in_group)
        if not self._in_group:
            self.heading.setText(self.tr("Join a group to see its assignments."))
        elif not self._rows:
            self.heading.setText(self.tr("No assignments yet. Post one with New Assignment…"))
        else:
            self.heading.setText(self.tr("%n assignment(s), the nearest due first.", "", len(self._rows)))
        self.tree.clear()
        for row in sorted(self._rows, key=lambda r: (r.due, r.title)):
            self.tree.addTopLevelItem(self._assignment_item(row))
        self.tree.expandAll()

    def _assignment_item(self, row: AssignmentRow) -> QTreeWidgetItem:
        title = isolated(row.title) or self.tr("Assignment")
        author = (self.tr("{name} (facilitator)").format(name=isolated(row.author)) if row.by_facilitator
                  else isolated(row.author))
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.addChild(QTreeWidgetItem([self._due_text(row.due)]))
        item.addChild(QTreeWidgetItem([self.tr("Posted by {name}").format(name=author)]))
        for essay in row.essays:
            item.addChild(self._essay_item(essay))
        for question in row.questions:
            child = QTreeWidgetItem([f"？ {isolated(question)}"])
            child.setToolTip(0, plain_tooltip(question))
            item.addChild(child)
        return item

    def _essay_item(self, essay: AssignedEssay) -> QTreeWidgetItem:
        progress = "" if essay.my_progress is None else (
            self.tr("✓ read") if essay.my_progress >= FINISHED
            else self.tr("{percent}% read").format(percent=round(essay.my_progress * 100)))
        label = essay.label if essay.in_library else self.tr("{label} (not in your library)").format(
            label=essay.label)
        item = QTreeWidgetItem([f"{label} · {progress}" if progress else label])
        item.setData(0, ESSAY_ROLE, essay.essay_id)
        if essay.finished:
            names = ", ".join(isolated(name) for name in essay.finished)
            finished = QTreeWidgetItem([self.tr("Finished: {names}").format(names=names)])
            finished.setToolTip(0, plain_tooltip(names))
            item.addChild(finished)
        return item

    def _due_text(self, due: str) -> str:
        date = QDate.fromString(due, "yyyy-MM-dd")
        if not date.isValid():
            return due
        days = self._today.daysTo(date)
        if days < 0:
            return self.tr("due {date} (past)").format(date=due)
        if days == 0:
            return self.tr("due today")
        return self.tr("due {date} (in %n day(s))", "", days).format(date=due)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        essay_id = item.data(0, ESSAY_ROLE)
        if essay_id:
            self.essay_activated.emit(essay_id)

    def texts(self) -> list[str]:
        """Every line of the tree, depth first (tests read what a reader would)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item.text(0))
            for n in range(item.childCount()):
                child = item.child(n)
                if child is not None:
                    walk(child)

        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            if top is not None:
                walk(top)
        return out
