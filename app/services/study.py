"""The study group's loop (issue #23): votes, answer marks, resolved threads, assignments,
shared texts and reading progress, for the window and the command line alike.

This member's records live in the store's "study" section and are published in their member
file (app.core.study describes the records); every other member's come from the group service's
reads. `changed` says what changed (`StudyChanges`) and who asked, as `notes_changed` does.

The records are read from the store, and the study modules loaded, when first needed (`# noqa:
PLC0415` below): a reader in no group never needs them, and the start never pays for them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.merge import Record
from app.core.notes import ASKING_KINDS, Annotation, kind_of, new_id, now_iso, place
from app.services.group import GroupService
from app.services.library import LibraryService
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.services.study_errors import (
    BAD_DUE,
    NO_ASSIGNMENT,
    NO_ESSAYS,
    NOT_A_REPLY,
    NOT_IN_GROUP,
    NOT_YOURS,
    READ_ONLY,
    StudyError,
    study_message,
)

if TYPE_CHECKING:  # the digest, the heat and the records load when a group first asks for them
    from app.core.digest import Digest
    from app.core.study import Assignment, NoteKey, SharedText, StudyState
    from app.core.study_heat import ParagraphHeat
    from app.services.group_read import ReadResult

# the store's section: {"group": the group id the records belong to, "records": [...],
# "share_progress": bool, "last_looked": str}
SECTION = "study"
PROGRESS_STEP = 0.05  # progress is written when it grew this much (or reached the end): few writes

# What changed, in StudyChanges.what (app.services.study_changes)
VOTES, ANSWERS, ASSIGNMENTS, SHARES, READ = "votes", "answers", "assignments", "shares", "progress"
EVERYTHING = frozenset({VOTES, ANSWERS, ASSIGNMENTS, SHARES, READ})


class StudyService(QObject):
    """This member's votes, marks, assignments, shares and progress, and the group's, merged."""

    changed = Signal(object)  # StudyChanges (app.services.study_changes)

    def __init__(self, keeper: StoreKeeper, notes: NotesService, group: GroupService,
                 library: LibraryService | None = None, parent: QObject | None = None) -> None:
        """`library`: where shared texts come from (without it, nothing can be shared)."""
        super().__init__(parent)
        self.keeper, self.notes, self.group, self.library = keeper, notes, group, library
        self._section = keeper.sections.claim(SECTION, self)
        self._others: dict[str, dict[str, Record]] = {}  # the last read's records, by author
        group.study_source = weakly(self.own_records, ())  # no cycle: see `weakly`
        # how far this device has read an essay (0…1): the workspace gives the reading service's
        self.local_progress: Callable[[str], float] = _nothing_read
        group.study_read.connect(self._group_read)
        group.membership_changed.connect(self._membership_changed)

    # -- the merged state ----------------------------------------------------------------------

    @cached_property
    def _own(self) -> dict[str, Record]:
        """This device's records by id, as the store holds them (read on first need)."""
        from app.core.study import checked_study_records, merge_study  # noqa: PLC0415  (see the module's note)

        loaded, _set_aside = checked_study_records(self._section.get("records", []), self.me, _far_ahead())
        return merge_study({}, loaded, datetime.now(UTC))

    @cached_property
    def _own_tuple(self) -> tuple[Record, ...]:
        return tuple(self._own.values())

    @cached_property
    def _state(self) -> StudyState:
        return self._made_state(self.own_records())

    def _made_state(self, own: tuple[Record, ...]) -> StudyState:
        """The last read's records with `own`, this device's, merged."""
        from app.services.group_read import study_state  # noqa: PLC0415  (see the module's note)

        return study_state(self._others, self.me, own)

    @property
    def state(self) -> StudyState:
        """Every member's records as they count now (this device's included)."""
        return self._state

    @property
    def me(self) -> str:
        return self.notes.identity.id

    def own_records(self) -> tuple[Record, ...]:
        """This device's study records, withdrawals included (what its member file publishes):
        none while the store's records belong to another group than the one joined now."""
        return self._own_tuple if self._ours() else ()

    def _ours(self) -> bool:
        """The records held are the joined group's (a vote in one group never reaches another)."""
        info = self.group.info
        return info is not None and self._section.get("group", info.id) == info.id

    def _group_read(self, result: ReadResult) -> None:
        """A read of the folder: its state holds our records as they were when the read began;
        when ours changed since, the state is made again here."""
        self._others = result.snapshot.study
        own = self.own_records()
        if result.study is not None and result.own_study is own:
            self._state = result.study
        else:
            self._state = self._made_state(own)
        self._announce(EVERYTHING)

    def _membership_changed(self) -> None:
        """Joined another group, or left: the records held were the old group's (its folder keeps
        what was published there); a new group starts with none."""
        self._others = {}
        if not self._ours() and self._own and not self.keeper.read_only:
            self._own, self._own_tuple = {}, ()
            self._section.set("records", [])
            self._section.set("group", self.group.info.id if self.group.info else "")
        self._state = self._made_state(self.own_records())
        self._announce(EVERYTHING)

    def _put(self, records: Iterable[Record], what: str, origin: object | None) -> None:
        """Our new or changed records: kept in the store, published, announced."""
        if not self._ours():  # the first record in this group: the store's records are its own
            self._own = {}
        self._section.set("group", self.group.info.id if self.group.info else "")  # whose records these are
        for record in records:
            self._own[record["id"]] = record
        self._own_tuple = tuple(self._own.values())
        self._section.set("records", list(self._own_tuple))
        self._state = self._made_state(self._own_tuple)
        self.group.publish_soon()
        self._announce(frozenset({what}), origin)

    def _announce(self, what: frozenset[str], origin: object | None = None) -> None:
        from app.services.study_changes import StudyChanges  # noqa: PLC0415  (a change in a group: not at start)

        self.changed.emit(StudyChanges(what, origin))

    def _refuse_outside_group(self) -> None:
        if not self.group.joined:
            raise StudyError(study_message(NOT_IN_GROUP))
        if self.keeper.read_only:  # a second window: nothing it says would be kept or published
            raise StudyError(study_message(READ_ONLY))

    # -- 赞同 ------------------------------------------------------------------------------------

    def key(self, note: Annotation) -> NoteKey:
        """The note's identity as records name it: (author id, its author's note id)."""
        from app.core.study import note_key  # noqa: PLC0415  (see the module's note)

        return note_key(note, self.me)

    def votes(self, note: Annotation) -> int:
        return self._state.vote_count(self.key(note))

    def voters(self, note: Annotation) -> list[str]:
        """The author ids of the members who gave the note 赞同."""
        return sorted(self._state.votes.get(self.key(note), ()))

    def has_voted(self, note: Annotation) -> bool:
        return self.me in self._state.votes.get(self.key(note), ())

    def vote(self, note: Annotation, origin: object | None = None) -> bool:
        """Give 赞同 to a note, once: False (nothing written) when the reader already has."""
        from app.core.study import renewed, vote_record  # noqa: PLC0415  (see the module's note)

        self._refuse_outside_group()
        if self.has_voted(note):
            return False
        fresh = vote_record(self.key(note))
        held = self._own.get(fresh["id"])
        self._put([renewed(held) if held is not None else fresh], VOTES, origin)
        return True

    def withdraw_vote(self, note: Annotation, origin: object | None = None) -> bool:
        """Take back one's own 赞同 (no one can take back another's); False when there was none."""
        from app.core.study import vote_record, withdrawn  # noqa: PLC0415  (see the module's note)

        held = self._own.get(vote_record(self.key(note))["id"])
        if held is None or held.get("deleted") is not None:
            return False
        self._put([withdrawn(held)], VOTES, origin)
        return True

    # -- the asker's marks -------------------------------------------------------------------

    def can_mark(self, question: Annotation) -> bool:
        """Only the asker marks an answer or resolves: their own question or 不懂 note."""
        return self.notes.is_mine(question) and not question.is_reply and kind_of(question) in ASKING_KINDS

    def answer_of(self, question: Annotation) -> NoteKey | None:
        """The reply the asker marked as the answer, as (author id, note id)."""
        return self._state.answers.get(self.key(question))

    def is_answer(self, reply: Annotation, question: Annotation) -> bool:
        return self.answer_of(question) == self.key(reply)

    def is_resolved(self, question: Annotation) -> bool:
        return self.key(question) in self._state.resolved

    def mark_answer(self, question: Annotation, reply: Annotation | None,
                    origin: object | None = None) -> None:
        """Mark `reply` as the answer to one's own question (None: no answer marked)."""
        from app.core.study import answer_record, renewed, withdrawn  # noqa: PLC0415  (see the module's note)

        self._check_asker(question)
        record_id = answer_record(self.key(question), self.key(question))["id"]
        if reply is None:
            held = self._own.get(record_id)
            if held is not None and held.get("deleted") is None:
                self._put([withdrawn(held)], ANSWERS, origin)
            return
        if reply.reply_to is None or not self._in_thread(reply, question):
            raise StudyError(study_message(NOT_A_REPLY))
        record = answer_record(self.key(question), self.key(reply))
        held = self._own.get(record_id)
        self._put([renewed(held, **_fields(record)) if held is not None else record], ANSWERS, origin)

    def set_resolved(self, question: Annotation, resolved: bool = True, origin: object | None = None) -> None:
        """Mark one's own question resolved (or open again)."""
        from app.core.study import renewed, resolve_record, withdrawn  # noqa: PLC0415  (see the module's note)

        self._check_asker(question)
        record = resolve_record(self.key(question))
        held = self._own.get(record["id"])
        if resolved:
            self._put([renewed(held) if held is not None else record], ANSWERS, origin)
        elif held is not None and held.get("deleted") is None:
            self._put([withdrawn(held)], ANSWERS, origin)

    def _check_asker(self, question: Annotation) -> None:
        self._refuse_outside_group()
        if not self.can_mark(question):
            raise StudyError(study_message(NOT_YOURS))

    def _in_thread(self, reply: Annotation, question: Annotation) -> bool:
        seen: set[str] = set()
        note: Annotation | None = reply
        while note is not None and note.reply_to is not None and note.id not in seen:
            seen.add(note.id)
            if note.reply_to == question.id:
                return True
            note = self.notes.annotation(note.reply_to)
        return False

    # -- assignments -----------------------------------------------------------------------------

    @property
    def facilitator(self) -> str:
        """The author id of the group's facilitator: its creator (empty when not known)."""
        info = self.group.info
        return info.creator if info is not None else ""

    def assignments(self) -> list[Assignment]:
        """Every member's assignments, the soonest due first."""
        return sorted(self._state.assignments.values(), key=lambda a: (a.due, a.created, a.id))

    def assigned_essays(self) -> set[str]:
        return self._state.assigned_essays()

    def post_assignment(self, essays: Iterable[str], due: str, questions: Iterable[str] = (),
                        title: str = "", origin: object | None = None) -> Assignment:
        """Post a reading: essays (ids), a due date (YYYY-MM-DD), optional questions."""
        from app.core.study import assignment_record, valid_due  # noqa: PLC0415  (see the module's note)

        self._refuse_outside_group()
        chosen = list(dict.fromkeys(essays))
        if not chosen:
            raise StudyError(study_message(NO_ESSAYS))
        if not valid_due(due):
            raise StudyError(study_message(BAD_DUE, due=due))
        record = assignment_record(new_id(), chosen, due, [q.strip() for q in questions if q.strip()], title)
        self._put([record], ASSIGNMENTS, origin)
        return self._state.assignments[f"{self.me}/{record['id']}"]

    def remove_assignment(self, assignment_id: str, origin: object | None = None) -> None:
        """Take back one of one's own assignments."""
        from app.core.study import ASSIGNMENT, withdrawn  # noqa: PLC0415  (see the module's note)

        held = self._own.get(assignment_id)
        if held is None or held.get("type") != ASSIGNMENT or held.get("deleted") is not None:
            raise StudyError(study_message(NO_ASSIGNMENT, id=assignment_id))
        self._put([withdrawn(held)], ASSIGNMENTS, origin)

    # -- reading progress (opt-in) ---------------------------------------------------------------

    @property
    def share_progress(self) -> bool:
        """Whether this member lets the group see how far they read (off unless switched on)."""
        return self._section.get("share_progress", False) is True

    @share_progress.setter
    def share_progress(self, on: bool) -> None:
        self._section.set("share_progress", bool(on))
        if not on:  # what was shared is taken back
            from app.core.study import PROGRESS, withdrawn  # noqa: PLC0415  (see the module's note)

            gone = [withdrawn(r) for r in self._own.values()
                    if r.get("type") == PROGRESS and r.get("deleted") is None]
            if gone:
                self._put(gone, READ, None)

    def record_progress(self, essay_id: str, fraction: float, origin: object | None = None) -> bool:
        """How far the reader has read an assigned essay (0…1), kept only when they allow it and
        only as it grows; True when a record was written."""
        if not self.share_progress or not self.group.joined or essay_id not in self.assigned_essays():
            return False
        from app.core.study import progress_record, renewed  # noqa: PLC0415  (see the module's note)

        fraction = min(max(fraction, 0.0), 1.0)
        held = self._own.get(progress_record(essay_id, 0)["id"])
        before = float(held["read"]) if held is not None and held.get("deleted") is None else 0.0
        if fraction < before + PROGRESS_STEP and not (fraction >= 1.0 > before):
            return False
        record = progress_record(essay_id, fraction)
        self._put([renewed(held, read=record["read"]) if held is not None else record], READ, origin)
        return True

    def progress(self, essay_id: str) -> dict[str, float]:
        """How far each member who shares it has read an essay: author id → 0…1."""
        return dict(self._state.progress.get(essay_id, {}))

    def my_progress(self, assignment: Assignment) -> float:
        """This member's progress through an assignment: the mean over its essays (0…1), as
        shared or as this device remembers it (known to oneself even when not shared)."""
        if not assignment.essays:
            return 0.0
        read = [max(self._state.progress.get(e, {}).get(self.me, 0.0), self.local_progress(e))
                for e in assignment.essays]
        return sum(read) / len(read)

    # -- shared texts ------------------------------------------------------------------------------

    def shared_texts(self) -> list[SharedText]:
        return sorted(self._state.shares.values(), key=lambda s: (s.title, s.author_id))

    def share_collection(self, collection_id: str, *, with_notes: bool = True,
                         origin: object | None = None) -> SharedText:
        """Copy one of the reader's collections into the group's essays/ (see app.services.study_share)."""
        from app.services.study_share import share  # noqa: PLC0415  (see the module's note)

        self._refuse_outside_group()
        record = share(self.library, self.group, self.notes, collection_id, with_notes=with_notes,
                       previous=self._own.get(f"share/{collection_id}"))
        self._put([record], SHARES, origin)
        return self._state.shares[f"{self.me}/{record['collection']}"]

    def unshare_collection(self, collection_id: str, origin: object | None = None) -> None:
        """Take a shared text back out of the group (its file and a withdrawal record)."""
        from app.services.study_share import unshare  # noqa: PLC0415  (see the module's note)

        self._refuse_outside_group()
        held = self._own.get(f"share/{collection_id}")
        self._put([unshare(self.group, collection_id, held)], SHARES, origin)

    def own_record(self, record_id: str) -> Record | None:
        return self._own.get(record_id)

    # -- where the group is stuck, the digest, what's new --------------------------------------

    def paragraph_heat(self, essay_id: str, text: str) -> dict[int, ParagraphHeat]:
        """Per paragraph of an essay's canonical text: who highlighted, asked, marked 不懂 there.
        An essay of the library is placed through the notes service, which keeps its placements
        (a change places only the notes that changed)."""
        from app.core.study_heat import paragraph_heat  # noqa: PLC0415  (see above)

        notes = self.notes.annotations(essay_id)
        essay = self.library.library.essay(essay_id) if self.library is not None else None
        if essay is not None and essay.text == text:
            kept = self.notes.placements(essay)
            return paragraph_heat(text, ((n, kept[n.id].span if n.id in kept else None)
                                         for n in notes if not n.is_reply))
        return paragraph_heat(text, ((n, place(n.anchor, text).span) for n in notes if not n.is_reply))

    def digest(self, essay_ids: Iterable[str], texts: dict[str, str], since: str | None = None) -> Digest:
        """The digest of some essays (`texts`: their canonical texts); `since`: what counts as new
        (by default since the reader last looked)."""
        from app.core.digest import build_digest  # noqa: PLC0415  (see above)

        chosen = list(essay_ids)
        notes = [n for essay in chosen for n in self.notes.annotations(essay)]
        return build_digest(notes, self._state, self.me, essays=chosen, texts=texts,
                            since=self.last_looked if since is None else since)

    @property
    def last_looked(self) -> str:
        """When the reader last looked at the group's discussion (local state, never published)."""
        held = self._section.get("last_looked", "")
        return held if isinstance(held, str) else ""

    def mark_looked(self, stamp: str | None = None) -> None:
        self._section.set("last_looked", stamp or now_iso())

    def replies_to_me_since_last_look(self) -> int:
        """Replies by others to the reader's notes since they last looked (the start's notice)."""
        since = self.last_looked
        if not since:
            return 0
        from app.core.digest import whats_new  # noqa: PLC0415  (see above)

        return whats_new(self.notes.annotations(), self.me, since).replies_to_me


T = TypeVar("T")


def weakly(method: Callable[..., T], dead: T) -> Callable[..., T]:
    """`method`, held without keeping its object alive (`dead` once it is gone). A service that
    holds another's bound method while that one holds it makes a reference cycle; the cyclic
    collector may then free both, and their timers, on a worker thread, which Qt forbids."""
    ref = weakref.WeakMethod(method)

    def call(*args: object) -> T:
        bound = ref()
        return dead if bound is None else bound(*args)
    return call


def _nothing_read(_essay_id: str) -> float:
    return 0.0


def _fields(record: Record) -> dict[str, object]:
    return {k: v for k, v in record.items() if k not in ("id", "created", "modified")}


def _far_ahead() -> datetime:
    """Our own store's records are checked for type, never for time."""
    return datetime(9000, 1, 1, tzinfo=UTC)
