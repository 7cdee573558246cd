"""赞同, the asker's answer mark and "resolved", offered in the notes panel's and the reader's
menus, and what the group said of a note shown beside it ("赞同 3 · answered")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from app.core.note_form import in_form
from app.core.notes import ASKING_KINDS, Annotation, kind_of
from app.core.reply_threads import reply_threads
from app.core.script import Form
from app.services.messages import translated
from app.services.notes import NotesService
from app.services.study import StudyService
from app.services.study_errors import StudyError
from app.ui.common.plain import isolated
from app.ui.common.status import StatusMessages

REPLY_CHARS = 30  # of a reply, in the "Mark as the Answer" menu
STATUS_MS = 5000


class StudyNoteActions(QObject):
    """The group's marks on notes: votes by anyone (once), answers and resolved by the asker."""

    def __init__(self, study: StudyService, notes: NotesService, *, status: StatusMessages,
                 form: Callable[[], Form], in_group: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        """`form`: the reader's script form (reply excerpts follow it)."""
        super().__init__(parent)
        self.study, self.notes, self.status = study, notes, status
        self.form, self.in_group = form, in_group

    def badges_of(self, note_id: str) -> str:
        note = self.notes.annotation(note_id) if note_id else None
        return self.badges(note) if note is not None else ""

    def badges(self, note: Annotation) -> str:
        """What the group says of a note, in words and glyphs (never colour alone)."""
        if not self.in_group():
            return ""
        parts = []
        votes = self.study.votes(note)
        if votes:
            parts.append(self.tr("赞同 %n", "", votes))
        if not note.is_reply and kind_of(note) in ASKING_KINDS:
            if self.study.answer_of(note) is not None:
                parts.append(self.tr("✓ answered"))
            if self.study.is_resolved(note):
                parts.append(self.tr("✓ resolved"))
        elif note.is_reply and self._is_marked_answer(note):
            parts.append(self.tr("✓ the answer"))
        return " · ".join(parts)

    def _is_marked_answer(self, reply: Annotation) -> bool:
        question = self.notes.annotation(reply.reply_to or "")
        return question is not None and self.study.is_answer(reply, question)

    # -- menus ----------------------------------------------------------------------------------

    def extend_menu(self, menu: QMenu, note_id: str) -> None:
        """A note's menu (panel row or reader highlight) gains 赞同, and for the asker the answer
        mark and "resolved"."""
        note = self.notes.annotation(note_id) if note_id else None
        if note is None or not self.in_group():
            return
        menu.addSeparator()
        if not self.notes.is_mine(note):
            voted = self.study.has_voted(note)
            vote = menu.addAction(self.tr("赞同 +1 (%n so far)", "", self.study.votes(note)))
            vote.setCheckable(True)
            vote.setChecked(voted)
            vote.toggled.connect(lambda on: self.set_vote(note_id, on))
        if self.study.can_mark(note):
            self._asker_menu(menu, note)

    def _asker_menu(self, menu: QMenu, question: Annotation) -> None:
        replies = self._replies(question)
        answers = menu.addMenu(self.tr("Mark as the Answer"))
        answers.setEnabled(bool(replies))
        marked = self.study.answer_of(question)
        for reply in replies:
            text = in_form(reply.note, self.form())
            excerpt = text if len(text) <= REPLY_CHARS else text[:REPLY_CHARS] + "…"
            choice = answers.addAction(f"{isolated(reply.author)}: {isolated(excerpt)}")
            choice.setCheckable(True)
            choice.setChecked(marked == self.study.key(reply))
            choice.toggled.connect(lambda on, r=reply.id: self.mark_answer(question.id, r if on else None))
        resolved = menu.addAction(self.tr("Resolved"))
        resolved.setCheckable(True)
        resolved.setChecked(self.study.is_resolved(question))
        resolved.toggled.connect(lambda on: self.set_resolved(question.id, on))

    def _replies(self, question: Annotation) -> list[Annotation]:
        threads = reply_threads(self.notes.annotations(question.essay_id))
        thread = next((t for t in threads if t.note.id == question.id), None)
        return list(thread.replies) if thread is not None else []

    # -- doing -------------------------------------------------------------------------------

    def set_vote(self, note_id: str, on: bool) -> None:
        note = self.notes.annotation(note_id)
        if note is None:
            return
        self._guarded(lambda: self.study.vote(note, self) if on else self.study.withdraw_vote(note, self))

    def mark_answer(self, question_id: str, reply_id: str | None) -> None:
        question = self.notes.annotation(question_id)
        reply = self.notes.annotation(reply_id) if reply_id else None
        if question is not None:
            self._guarded(lambda: self.study.mark_answer(question, reply, self))

    def set_resolved(self, question_id: str, resolved: bool) -> None:
        question = self.notes.annotation(question_id)
        if question is not None:
            self._guarded(lambda: self.study.set_resolved(question, resolved, self))

    def _guarded(self, act: Callable[[], object]) -> None:
        """Do it; a rule of the group that refuses says why in the status bar."""
        try:
            act()
        except StudyError as error:
            self.status.show(translated(error.message), STATUS_MS)
