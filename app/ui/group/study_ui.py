"""The study group's loop in the window (issue #23), put together once: 赞同 and the asker's marks
on notes, the heat strip, assignments, sharing a collection, the Discussion view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressBar

from app.services.group import GroupService
from app.services.library import LibraryService
from app.services.study import StudyService
from app.ui.common.commands import Commands
from app.ui.common.dialogs import Dialogs
from app.ui.common.docks import show_panel
from app.ui.common.status import StatusMessages
from app.ui.group.assignments import AssignmentsController
from app.ui.group.discussion import DiscussionController
from app.ui.group.heat import HeatController
from app.ui.group.share_menu import ShareMenu
from app.ui.library.tree import EssayTreeModel
from app.ui.notes.controller import NotesController
from app.ui.notes.study_actions import StudyNoteActions

if TYPE_CHECKING:  # made only when a group's records change
    from app.services.study_changes import StudyChanges


class StudyUi(QObject):
    """Builds the study group's controllers and wires them to the notes and library ones."""

    def __init__(self, window: QMainWindow, study: StudyService, group: GroupService,
                 library: LibraryService, notes_ui: NotesController, *, commands: Commands,
                 dialogs: Callable[[], Dialogs], status: StatusMessages, tree_model: EssayTreeModel,
                 tree_menu_opening: SignalInstance, progress: QProgressBar,
                 language: Callable[[], str]) -> None:
        super().__init__(window)
        self.study, self.group, self.notes_ui = study, group, notes_ui
        reading, reader = notes_ui.reading, notes_ui.reader

        def in_group() -> bool:
            return group.joined

        self.note_actions = StudyNoteActions(study, notes_ui.notes, status=status,
                                             form=lambda: reading.form, in_group=in_group, parent=self)
        notes_ui.annotations_panel.model.badges = self.note_actions.badges_of
        notes_ui.annotations_panel.menu_opening.connect(self.note_actions.extend_menu)
        reader.context_menu_opening.connect(self.note_actions.extend_menu)
        self.heat = HeatController(study, notes_ui.notes, reading, reader, in_group=in_group,
                                   open_thread=self.open_thread, parent=self)
        self.assignments = AssignmentsController(
            window, study, group, reading, reader, commands=commands, dialogs=dialogs, status=status,
            tab_with=notes_ui.annotations_dock, tree_model=tree_model)
        self.share_menu = ShareMenu(study, group, library, dialogs=dialogs, status=status,
                                    progress=progress, parent=self)
        tree_menu_opening.connect(self.share_menu.extend_tree_menu)
        self.discussion = DiscussionController(window, study, group, reading, dialogs=dialogs, status=status,
                                               go_to_note=self.open_thread, language=language)
        commands["discussion"].triggered.connect(self.discussion.open)
        study.changed.connect(self._study_changed)
        group.membership_changed.connect(self._membership_changed)
        self._membership_changed()

    def add_to_menus(self, file_menu: QMenu, view_menu: QMenu, before: QAction) -> None:
        """File: the group's reading commands before `before`; View: the Assignments panel."""
        c = self.notes_ui.commands
        file_menu.insertActions(before, [c["new_assignment"], c["discussion"], c["share_progress"]])
        file_menu.insertSeparator(before)
        view_menu.addAction(c["assignments_panel"])

    def open_thread(self, note_id: str) -> None:
        """Go to a note, and show its thread in the notes panel, selected."""
        notes_ui = self.notes_ui
        notes_ui.go_to_annotation(note_id)
        show_panel(notes_ui.annotations_dock)
        panel = notes_ui.annotations_panel
        number = next((n for n, row in enumerate(panel.model.rows) if row.id == note_id), -1)
        if number >= 0:
            panel.list.setCurrentIndex(panel.row_index(number))
            panel.list.scrollTo(panel.row_index(number))

    def _study_changed(self, changes: StudyChanges) -> None:
        if changes.what & {"votes", "answers"}:
            self._redraw_badges()

    def _redraw_badges(self) -> None:
        """Votes and marks change what the notes panel says: the rows in sight are drawn again
        (their badges are asked for as they are drawn; the rows themselves stay)."""
        model = self.notes_ui.annotations_panel.model
        if model.rows:
            model.dataChanged.emit(model.index(0, 0), model.index(len(model.rows) - 1, 0))

    def _membership_changed(self) -> None:
        joined = self.group.joined
        for name in ("discussion", "new_assignment", "share_progress"):
            self.notes_ui.commands[name].setEnabled(joined)
        self.heat.refresh()
        self._redraw_badges()

