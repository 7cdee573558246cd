"""The study group's records besides notes (issue #23): votes, answer marks, resolved threads,
assignments, shared texts and reading progress.

Each is a record in its author's own member file, in the list `"study"` next to `"notes"`, and
counts only for the author whose `members/<author-id>/` folder holds it (DESIGN §5): a record
can point at another member's note, never speak for that member. Every record has

    id        str   one author's record id; a second record with the same id is a newer version
    type      str   "vote" | "answer" | "resolve" | "assignment" | "share" | "progress"
    created, modified   ISO times (more than a day ahead: set aside)
    deleted   str | None   a withdrawal (a tombstone, as for notes: newest version wins)
    author_id str   optional; when present it must be the folder's author

and by type:

    vote        note, note_author          赞同 (+1) on a note; id "vote/<note_author>/<note>",
                                          so a member votes once per note
    answer      note, note_author, reply, reply_author
                                          the asker marks a reply as the answer; note_author
                                          must be the record's author (only the asker's mark counts)
    resolve     note, note_author         the asker marks their question resolved (same rule)
    assignment  title, essays [str], due "YYYY-MM-DD", questions [str]
    share       collection, title, file, sha256, essays [str]
                                          a text copied into the group folder's essays/
    progress    essay, read (0…1)         how far the member has read an essay (opt-in)

A record with a wrong type, past a limit, naming another author, or (answer, resolve) pointing
at another member's note is set aside alone, and counted. `StudyState` is every member's records
merged: what the window and the command line show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, repeat
from typing import Any

from app.core.messages import QT_TRANSLATE_NOOP
from app.core.notes import Annotation, ahead, later_stamp, none_after, now_iso, parse_instant, safe_day_before

Record = dict[str, Any]
VOTE, ANSWER, RESOLVE, ASSIGNMENT, SHARE, PROGRESS = (
    "vote", "answer", "resolve", "assignment", "share", "progress")
TYPES = frozenset({VOTE, ANSWER, RESOLVE, ASSIGNMENT, SHARE, PROGRESS})
MAX_STUDY_RECORDS = 100_000  # per member file: 30 members voting on every note of a term
MAX_ID_CHARS = 400  # a vote's id holds an author id and a note id
MAX_TITLE_CHARS = 200
MAX_QUESTION_CHARS = 2_000
MAX_QUESTIONS = 50
MAX_ESSAYS = 500  # essays in one assignment or shared text
_DUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

FOREIGN_RECORDS = QT_TRANSLATE_NOOP(
    "Group", "{file}: {count} votes, answers or assignments speaking for another member were set aside.")
BAD_RECORDS = QT_TRANSLATE_NOOP(
    "Group", "{file}: {count} votes, answers or assignments with a field of the wrong type were set aside.")
TOO_MANY_RECORDS = QT_TRANSLATE_NOOP(
    "Group", "{file}: {count} votes, answers or assignments past the limit of {limit} were set aside.")
FUTURE_RECORDS = QT_TRANSLATE_NOOP(
    "Group", "{file}: {count} votes, answers or assignments dated more than a day ahead were set aside.")


def _is_text(value: object, limit: int) -> bool:
    return type(value) is str and len(value) <= limit


def _is_text_list(value: object, limit: int, count: int, *, nonempty: bool = False) -> bool:
    return (type(value) is list and len(value) <= count and (bool(value) or not nonempty)
            and all(type(v) is str and 0 < len(v) <= limit for v in value))


def _points_at_note(get: Any) -> bool:  # vote, resolve
    return _is_text(get("note"), MAX_ID_CHARS) and _is_text(get("note_author"), MAX_ID_CHARS)


def _answer_ok(get: Any) -> bool:
    return all(_is_text(get(k), MAX_ID_CHARS) for k in ("note", "note_author", "reply", "reply_author"))


def _assignment_ok(get: Any) -> bool:
    due = get("due")
    return (_is_text(get("title", ""), MAX_TITLE_CHARS) and type(due) is str and bool(_DUE.fullmatch(due))
            and _is_text_list(get("essays"), MAX_ID_CHARS, MAX_ESSAYS, nonempty=True)
            and _is_text_list(get("questions", []), MAX_QUESTION_CHARS, MAX_QUESTIONS))


def _share_ok(get: Any) -> bool:
    sha = get("sha256")
    return (_is_text(get("collection"), MAX_ID_CHARS) and _is_text(get("title", ""), MAX_TITLE_CHARS)
            and _is_text(get("file"), MAX_TITLE_CHARS) and type(sha) is str and bool(_SHA256.fullmatch(sha))
            and _is_text_list(get("essays", []), MAX_ID_CHARS, MAX_ESSAYS))


def _progress_ok(get: Any) -> bool:
    read = get("read")
    if not isinstance(read, (int, float)) or type(read) is bool:  # True is no fraction
        return False
    return _is_text(get("essay"), MAX_ID_CHARS) and 0 <= read <= 1


_FIELD_CHECKS = {VOTE: _points_at_note, RESOLVE: _points_at_note, ANSWER: _answer_ok,
                 ASSIGNMENT: _assignment_ok, SHARE: _share_ok, PROGRESS: _progress_ok}


def _fields_ok(record: Record) -> bool:
    """The fields of the record's type, each of its type and within its limit (a withdrawal
    needs only its id and times)."""
    return record.get("deleted") is not None or _FIELD_CHECKS[record["type"]](record.get)


def _well_typed(record: object) -> bool:
    """The fields every record has, of their types; and its type's own fields."""
    if type(record) is not dict:
        return False
    get = record.get
    kind = get("type")  # a list here must not end the read: checked as text before looked up
    return (_is_text(get("id"), MAX_ID_CHARS) and type(kind) is str and kind in TYPES
            and type(get("modified")) is str
            and type(get("created", "")) is str and type(get("deleted")) in (str, type(None))
            and type(get("author_id", "")) is str and type(get("device", "")) is str and _fields_ok(record))


def _why_set_aside(record: object, author: str, horizon: datetime, safe_day: str) -> str | None:
    """Why a study record cannot count for `author` (the folder it sits in), or None."""
    if not _well_typed(record):
        return BAD_RECORDS
    assert isinstance(record, dict)
    get = record.get
    if get("author_id") not in (None, "", author):
        return FOREIGN_RECORDS
    if get("deleted") is None and get("type") in (ANSWER, RESOLVE) and get("note_author") != author:
        return FOREIGN_RECORDS  # only the asker marks the answer or resolves the question
    if ahead(get("modified"), horizon, safe_day) or ahead(get("created"), horizon, safe_day) \
            or ahead(get("deleted"), horizon, safe_day):
        return FUTURE_RECORDS
    return None


def checked_study_records(records: object, author: str,
                          horizon: datetime) -> tuple[list[Record], list[tuple[str, int]]]:
    """The study records of one member file that count for `author`, and (why, how many) were set
    aside. A kept record names no author or `author`: it counts for the folder's author only."""
    if type(records) is not list:
        return [], ([(BAD_RECORDS, 1)] if records is not None else [])
    safe_day = safe_day_before(horizon)
    if len(records) <= MAX_STUDY_RECORDS and _none_set_aside(records, author, horizon, safe_day):
        return records, []
    kept: list[Record] = []
    counts: dict[str, int] = {}
    for record in records[:MAX_STUDY_RECORDS]:
        why = _why_set_aside(record, author, horizon, safe_day)
        if why is None:
            kept.append(record)
        else:
            counts[why] = counts.get(why, 0) + 1
    if len(records) > MAX_STUDY_RECORDS:
        counts[TOO_MANY_RECORDS] = len(records) - MAX_STUDY_RECORDS
    return kept, list(counts.items())


def _none_set_aside(records: list[Any], author: str, horizon: datetime, safe_day: str) -> bool:
    """True when `_why_set_aside` would keep every record: its checks made field by field over the
    whole list in C loops (votes are most of a group's records). Any doubt answers False, and
    then each record is checked alone."""
    if not _types(records) <= {dict}:
        return False
    keys = set().union(*records)

    def column(name: str, absent: object = None, of: list[Record] = records) -> list[Any]:
        return list(map(dict.get, of, repeat(name), repeat(absent))) if name in keys else [absent] * len(of)

    ids, kinds, deleted = column("id"), column("type"), column("deleted")
    created, modified = column("created", ""), column("modified")
    if not (_types(chain(ids, kinds, modified, created, column("author_id", ""), column("device", "")))
            <= {str} and _types(deleted) <= {str, type(None)} and set(kinds) <= TYPES
            and _longest(ids) <= MAX_ID_CHARS and set(column("author_id", "")) <= {"", author}):
        return False
    live: dict[str, list[Record]] = {kind: [] for kind in TYPES}
    for record, kind, gone in zip(records, kinds, deleted, strict=True):
        if gone is None:
            live[kind].append(record)
    pointing = live[VOTE] + live[RESOLVE] + live[ANSWER]
    named = [*column("note", of=pointing), *column("note_author", of=pointing),
             *column("reply", of=live[ANSWER]), *column("reply_author", of=live[ANSWER])]
    others = [*live[ASSIGNMENT], *live[SHARE], *live[PROGRESS]]  # few: checked one by one
    if not (_types(named) <= {str} and _longest(named) <= MAX_ID_CHARS
            and set(column("note_author", of=live[RESOLVE] + live[ANSWER])) <= {author}
            and all(_FIELD_CHECKS[r["type"]](r.get) for r in others)):
        return False  # note_author: only the asker marks the answer or resolves the question
    stamps = filter(safe_day.__le__, chain(modified, created, filter(None, deleted)))
    return none_after(stamps, horizon)


def _types(values: Iterable[object]) -> set[type]:
    return set(map(type, values))


def _longest(values: Iterable[str]) -> int:
    return max(map(len, values), default=0)


def _order(record: Record, now: datetime) -> tuple[datetime, bool, str, str, str]:
    """Which version of one record wins: the newest (a clock ahead counts as now), a withdrawal on
    a tie, then raw time, device and content: a total order, so merging is order-free."""
    stamp = parse_instant(str(record.get("modified", "")))
    content = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return (min(stamp, now), record.get("deleted") is not None, str(record.get("modified", "")),
            str(record.get("device", "")), content)


def merge_study(merged: dict[str, Record], records: Iterable[Record], now: datetime) -> dict[str, Record]:
    """One author's study records into `merged` (by record id; changed in place and returned)."""
    for record in records:
        held = merged.get(record["id"])
        if held is None or (held is not record and _order(record, now) > _order(held, now)):
            merged[record["id"]] = record
    return merged


# -- what the records say, merged ------------------------------------------------------------

NoteKey = tuple[str, str]  # (author id, the note's id in its author's file): a note's identity


def note_key(note: Annotation, me: str) -> NoteKey:
    """A note's identity as records name it: its author and the id its author gave it (the merge
    shows a colliding id as `<id>@<author>`; an empty author id is this reader's own note)."""
    author = note.author_id or me
    base = note.id.rstrip("@")
    if author != me and base.endswith(f"@{author}"):  # renamed by app.core.group_identity.combine_ranked
        return author, base[: -len(author) - 1]
    return author, note.id


@dataclass(frozen=True)
class Assignment:
    """A reading posted by a member: essays, a due date (YYYY-MM-DD), optional questions."""

    id: str
    author_id: str
    title: str
    essays: tuple[str, ...]
    due: str
    questions: tuple[str, ...]
    created: str
    modified: str


@dataclass(frozen=True)
class SharedText:
    """A collection a member copied into the group folder's essays/ (`file`, its bytes' sha256)."""

    author_id: str
    collection: str  # the sharer's own collection id
    title: str
    file: str
    sha256: str
    essays: tuple[str, ...]  # the group's essay ids of the copy
    modified: str


@dataclass
class StudyState:
    """Every member's study records, merged: what the group sees."""

    votes: dict[NoteKey, set[str]] = field(default_factory=dict)  # note → voters' author ids
    answers: dict[NoteKey, NoteKey] = field(default_factory=dict)  # question → the reply marked
    resolved: dict[NoteKey, str] = field(default_factory=dict)  # question → when resolved
    assignments: dict[str, Assignment] = field(default_factory=dict)  # by "<author>/<id>"
    shares: dict[str, SharedText] = field(default_factory=dict)  # by "<author>/<collection>"
    progress: dict[str, dict[str, float]] = field(default_factory=dict)  # essay → member → 0…1

    def vote_count(self, key: NoteKey) -> int:
        return len(self.votes.get(key, ()))

    def assigned_essays(self) -> set[str]:
        return {essay for a in self.assignments.values() for essay in a.essays}


def build_state(by_author: Mapping[str, Mapping[str, Record]]) -> StudyState:
    """The merged records of every author (each already checked for that author) as a state.
    One pass over the records: it runs for the whole group off the window's thread."""
    state = StudyState()
    for author, records in by_author.items():
        for record in records.values():
            if record.get("deleted") is None:
                _add(state, author, record)
    return state


def _add(state: StudyState, author: str, record: Record) -> None:
    kind = record["type"]
    if kind == VOTE:
        state.votes.setdefault((record["note_author"], record["note"]), set()).add(author)
    elif kind == ANSWER:
        state.answers[(author, record["note"])] = (record["reply_author"], record["reply"])
    elif kind == RESOLVE:
        state.resolved[(author, record["note"])] = record["modified"]
    elif kind == ASSIGNMENT:
        state.assignments[f"{author}/{record['id']}"] = Assignment(
            record["id"], author, record.get("title", ""), tuple(record["essays"]), record["due"],
            tuple(record.get("questions", ())), str(record.get("created") or record["modified"]),
            record["modified"])
    elif kind == SHARE:
        state.shares[f"{author}/{record['collection']}"] = SharedText(
            author, record["collection"], record.get("title", ""), record["file"], record["sha256"],
            tuple(record.get("essays", ())), record["modified"])
    elif kind == PROGRESS:
        state.progress.setdefault(record["essay"], {})[author] = float(record["read"])


# -- this member's new records -----------------------------------------------------------------

def _record(kind: str, record_id: str, **fields: Any) -> Record:
    stamp = now_iso()
    return {"id": record_id, "type": kind, "created": stamp, "modified": stamp, **fields}


def vote_record(key: NoteKey) -> Record:
    """赞同 on a note: one id per note, so voting twice is one vote."""
    return _record(VOTE, f"vote/{key[0]}/{key[1]}", note_author=key[0], note=key[1])


def answer_record(question: NoteKey, reply: NoteKey) -> Record:
    return _record(ANSWER, f"answer/{question[1]}", note_author=question[0], note=question[1],
                   reply_author=reply[0], reply=reply[1])


def resolve_record(question: NoteKey) -> Record:
    return _record(RESOLVE, f"resolve/{question[1]}", note_author=question[0], note=question[1])


def assignment_record(assignment_id: str, essays: Iterable[str], due: str, questions: Iterable[str] = (),
                      title: str = "") -> Record:
    return _record(ASSIGNMENT, assignment_id, title=title, essays=list(essays), due=due,
                   questions=list(questions))


def share_record(collection: str, title: str, file: str, sha256: str, essays: Iterable[str]) -> Record:
    return _record(SHARE, f"share/{collection}", collection=collection, title=title, file=file,
                   sha256=sha256, essays=list(essays))


def progress_record(essay: str, read: float) -> Record:
    return _record(PROGRESS, f"progress/{essay}", essay=essay, read=round(min(max(read, 0.0), 1.0), 3))


def withdrawn(record: Record) -> Record:
    """The record taken back: a tombstone stamped after it."""
    stamp = later_stamp(str(record.get("modified", "")))
    return {**record, "modified": stamp, "deleted": stamp}


def renewed(record: Record, **fields: Any) -> Record:
    """A newer version of one of this member's records (an update, or a vote given again)."""
    return {**record, **fields, "modified": later_stamp(str(record.get("modified", ""))), "deleted": None}


def valid_due(text: str) -> bool:
    """A due date as YYYY-MM-DD that is a real day."""
    if not _DUE.fullmatch(text):
        return False
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True
