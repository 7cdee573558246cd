"""Assignments in the window: the panel, New Assignment…, the tree's marks, and reading progress
(recorded only when the member switched it on)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.core.library import Essay
from app.core.note_form import in_form
from app.services.group import GroupService
from app.services.messages import translated
from app.services.reading import ReadingService
from app.services.study import StudyService
from app.services.study_errors import StudyError
from app.ui.common.commands import Commands
from app.ui.common.dialogs import Dialogs
from app.ui.common.docks import LazyPanel
from app.ui.common.status import StatusMessages
from app.ui.library.tree import EssayTreeModel
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:  # the study records and the panel load with a group
    from app.core.study import Assignment
    from app.ui.group.assignments_panel import AssignmentRow, AssignmentsPanel

STATUS_MS = 5000


class AssignmentsController(QObject):
    """Shows the group's assignments and posts new ones; keeps the tree's marks and one's progress."""

    def __init__(self, window: QMainWindow, study: StudyService, group: GroupService,
                 reading: ReadingService, reader: ReaderView, *, commands: Commands,
                 dialogs: Callable[[], Dialogs], status: StatusMessages, tab_with: QDockWidget,
                 tree_model: EssayTreeModel) -> None:
        super().__init__(window)
        self.study, self.group, self.reading, self.reader = study, group, reading, reader
        self.commands, self._dialogs, self.status = commands, dialogs, status
        self.tree_model = tree_model
        self._panel = LazyPanel(window, "assignments_dock", self._make_panel,
                                action=commands["assignments_panel"],
                                tab_with=tab_with)
        self.dock = self._panel.dock
        tab_with.raise_()
        commands["new_assignment"].triggered.connect(self.new_assignment)
        commands["share_progress"].setChecked(study.share_progress)
        commands["share_progress"].toggled.connect(self._set_share_progress)
        study.changed.connect(lambda _changes: self.refresh())
        group.membership_changed.connect(self.refresh)
        group.members_changed.connect(self.refresh)
        reading.form_changed.connect(lambda _form: self.refresh())
        reader.top_offset_changed.connect(self._reader_moved)
        self.retranslate()
        self.refresh()

    @property
    def panel(self) -> AssignmentsPanel:
        """The panel, built the first time it is shown or asked for."""
        return self._panel.panel()

    def _make_panel(self) -> AssignmentsPanel:
        from app.ui.group.assignments_panel import AssignmentsPanel  # noqa: PLC0415  (on first sight)

        panel = AssignmentsPanel()
        panel.new_requested.connect(self.new_assignment)
        panel.essay_activated.connect(self.reading.open_essay)
        joined = self.group.joined
        panel.set_rows([self._row(a) for a in self.study.assignments()] if joined else [], in_group=joined)
        return panel

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Assignments"))

    def refresh(self) -> None:
        joined = self.group.joined
        assignments = self.study.assignments() if joined else []
        if (panel := self._panel.built) is not None:  # an unbuilt panel is filled when built
            panel.set_rows([self._row(a) for a in assignments], in_group=joined)
        self.commands["new_assignment"].setEnabled(joined and not self.study.keeper.read_only)
        self.commands["share_progress"].setEnabled(joined)
        due: dict[str, str] = {}
        for assignment in assignments:  # the nearest date wins: they are sorted by due date
            for essay in assignment.essays:
                due.setdefault(essay, assignment.due)
        self.tree_model.set_assigned(due)

    def _names(self) -> dict[str, str]:
        return {m.author_id: m.name or m.author_id[:8] for m in self.group.members()}

    def _row(self, assignment: Assignment) -> AssignmentRow:
        from app.ui.group.assignments_panel import AssignedEssay, AssignmentRow  # noqa: PLC0415

        names, form = self._names(), self.reading.form
        facilitator = self.study.facilitator
        show_finished = self.study.me in (facilitator, assignment.author_id)
        essays = []
        for essay_id in assignment.essays:
            essay = self.reading.library.essay(essay_id)
            readers = self.study.progress(essay_id)
            finished = tuple(sorted(names.get(a, a[:8]) for a, read in readers.items()
                                    if read >= 0.95 and a != self.study.me)) if show_finished else ()
            essays.append(AssignedEssay(
                essay_id, self.reading.views.essay_label(essay, form) if essay else essay_id,
                self._my_progress(essay, readers.get(self.study.me)), finished, essay is not None))
        return AssignmentRow(assignment.id, in_form(assignment.title, form),
                             assignment.due, names.get(assignment.author_id, assignment.author_id[:8]),
                             bool(facilitator) and assignment.author_id == facilitator, tuple(essays),
                             tuple(in_form(q, form) for q in assignment.questions))

    def _my_progress(self, essay: Essay | None, shared: float | None) -> float | None:
        """How far this reader got: what they shared, or where they stopped reading."""
        if essay is None:
            return shared
        place = self.reading.position(essay.id) / max(len(essay.text), 1)
        return max(shared or 0.0, min(place, 1.0))

    def new_assignment(self) -> None:
        if not self.group.joined:
            return
        essays = [(e.id, self.reading.views.essay_title(e, self.reading.form))  # "篇1" alone is ambiguous
                  for e in self.reading.library.essays()]
        current = self.reading.current
        draft = self.dialogs.new_assignment(essays, {current.id} if current else set())
        if draft is None:
            return
        try:
            self.study.post_assignment(draft.essays, draft.due, draft.questions, draft.title, origin=self)
        except StudyError as error:
            self.status.show(translated(error.message), STATUS_MS)
            return
        self.status.show(self.tr("Assignment posted; due {date}.").format(date=draft.due), STATUS_MS)

    def _set_share_progress(self, on: bool) -> None:
        self.study.share_progress = on
        if on:
            self._reader_moved(0)

    def _reader_moved(self, _offset: int) -> None:
        """Progress on an assigned essay, when shared (the service writes only as it grows)."""
        current = self.reading.current
        if current is not None and self.study.share_progress and self.group.joined:
            self.study.record_progress(current.id, self.reader.progress(), origin=self)
