"""One member's notes file, parsed and checked: what counts for the author whose folder holds it.

A group folder is other people's input (DESIGN §5): a note counts only for the author whose
`members/<author-id>/` folder holds it; one naming another author, dated more than a day ahead,
with a field of the wrong type or past a limit is set aside alone, and the rest of the file
still counts. Split from `app.core.group`, which finds the files and merges what this returns.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Sized
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

import orjson

from app.core.merge import Record, mergeable
from app.core.messages import QT_TRANSLATE_NOOP, Field, Message, UserError
from app.core.notes import ahead, none_after, safe_day_before
from app.core.signing import UNSIGNED, Seal, seal_of
from app.core.study import checked_study_records

MEMBER_FORMAT = "jiangxin-reader-member"
MAX_NOTES_PER_FILE = 100_000
MAX_NOTE_CHARS = 100_000  # a note's text, and its quote
MAX_NAME_CHARS = 100  # a member's name, a tag
MAX_ID_CHARS = 200
MAX_TAGS = 100
AHEAD = timedelta(days=1)  # a time further ahead than this is no clock running fast: set aside
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")

NOT_NOTES = QT_TRANSLATE_NOOP("Group", "it is not a notes file of this app")
NO_NOTES_LIST = QT_TRANSLATE_NOOP("Group", "it has no list of notes")
DAMAGED = QT_TRANSLATE_NOOP("Group", "it is incomplete or damaged")
FOREIGN_NOTES = QT_TRANSLATE_NOOP(
    "Group", "{file}: {count} notes by another author than the folder's were set aside.")
FUTURE_NOTES = QT_TRANSLATE_NOOP("Group", "{file}: {count} notes dated more than a day ahead were set aside.")
BAD_NOTES = QT_TRANSLATE_NOOP("Group", "{file}: {count} notes with a field of the wrong type were set aside.")
LONG_NOTES = QT_TRANSLATE_NOOP("Group", "{file}: {count} notes longer than the limit were set aside.")
TOO_MANY_NOTES = QT_TRANSLATE_NOOP("Group", "{file}: {count} notes past the limit of {limit} were set aside.")
NAME_CUT = QT_TRANSLATE_NOOP(
    "Group", "{file}: the member's name is longer than {limit} characters; it is cut.")

def group_message(text: str, **fields: Field) -> Message:
    """A message of the group's, filed for translation under "Group"."""
    return Message("Group", text, fields)



@dataclass(frozen=True)
class MemberFile:
    """One device's notes file as read: who wrote it, and its note records."""

    author_id: str
    device: str
    name: str
    color: str
    updated: str
    notes: tuple[Record, ...]
    rejected: int = 0  # records that were not notes
    latest: str = ""  # the newest change in the file (a note's modified time)
    set_aside: tuple[tuple[str, int], ...] = ()  # (why, how many) notes were set aside
    seal: Seal = UNSIGNED  # the file's key and whether its signature holds
    study: tuple[Record, ...] = ()  # votes, answers, assignments… that count (app.core.study)
    seq: int = 0  # rises with every write of the device's file (signed): an older copy is a replay


class ForeignFileError(Exception):
    """A member file whose header names another author than its folder: set aside whole."""

    def __init__(self, author: str) -> None:
        super().__init__(author)
        self.author = author


class MemberFileError(UserError):
    """A member file that cannot be read now (half-synced or damaged)."""


def parse_member_file(raw: bytes, author_folder: str, now: datetime | None = None) -> MemberFile:
    """The member file's content; MemberFileError when it is not whole, ForeignFileError when its
    header names another author than `author_folder` (the folder it sits in).

    A note counts only for the author whose folder holds it: one naming another author, dated more
    than a day after `now`, with a field of the wrong type or past a limit is set aside alone
    (counted in `set_aside`). The rest of a note is checked when a reader shows it
    (`is_note_record`), so a group of thousands of notes loads in a fraction of a second.
    """
    data = load_json(raw)
    if not isinstance(data, dict) or data.get("format") != MEMBER_FORMAT:
        raise MemberFileError(group_message(NOT_NOTES))
    notes = data.get("notes")
    if not isinstance(notes, list):
        raise MemberFileError(group_message(NO_NOTES_LIST))
    header_author = data.get("author_id")
    if header_author not in (None, "", author_folder):
        raise ForeignFileError(str(header_author)[:MAX_NAME_CHARS])
    seal = seal_of(data, author_folder, raw)  # before anything below fills in the notes
    device, name = _short_text(data.get("device"), MAX_ID_CHARS), _short_text(data.get("name"), 10**9)
    candidates = mergeable(notes[:MAX_NOTES_PER_FILE])
    rejected = min(len(notes), MAX_NOTES_PER_FILE) - len(candidates)
    horizon = (now or datetime.now(UTC)) + AHEAD
    keys = set().union(*candidates)  # every field any note has: most are left out of most notes
    records, set_aside = _checked(candidates, keys, author_folder, horizon)
    study, study_set_aside = checked_study_records(data.get("study"), author_folder, horizon)
    set_aside += study_set_aside
    if len(notes) > MAX_NOTES_PER_FILE:
        set_aside.append((TOO_MANY_NOTES, len(notes) - MAX_NOTES_PER_FILE))
    if len(name) > MAX_NAME_CHARS:
        name = name[:MAX_NAME_CHARS]
        set_aside.append((NAME_CUT, 1))
    _fill_from_header(records, keys, {"author_id": author_folder, "device": device, "author": name,
                                      "shared": True})
    latest = max(map(itemgetter("modified"), records), default="")
    color = _short_text(data.get("color"), 7)
    return MemberFile(author_folder, device, name, color if _COLOR.fullmatch(color) else "",
                      _short_text(data.get("updated"), MAX_NAME_CHARS), tuple(records), rejected, latest,
                      tuple(set_aside), seal, tuple(study), sequence_of(data))


MAX_SEQ = 2**62


def sequence_of(document: dict[str, Any]) -> int:
    """The file's write number; 0 when absent (an older app) or not a plain whole number."""
    seq = document.get("seq")
    return seq if type(seq) is int and 0 <= seq <= MAX_SEQ else 0


def _short_text(value: object, limit: int) -> str:
    return value if isinstance(value, str) and len(value) <= limit else ""


def _checked(records: list[Record], keys: AbstractSet[str], author: str,
             horizon: datetime) -> tuple[list[Record], list[tuple[str, int]]]:
    """The records that may count for `author`, and how many were set aside and why. `keys`:
    every field any of the records has."""
    safe_day = safe_day_before(horizon)
    if _none_set_aside(records, keys, author, horizon, safe_day):
        return records, []
    kept: list[Record] = []
    counts: dict[str, int] = {}
    for record in records:
        why = _set_aside_because(record, author, horizon, safe_day)
        if why is None:
            kept.append(record)
        else:
            counts[why] = counts.get(why, 0) + 1
    return kept, list(counts.items())


def _fill_from_header(records: list[Record], keys: AbstractSet[str], header: Record) -> None:
    """What the file's header says once is not repeated in each note: the author (checked: each
    note names none, "" or this very author), and the device, name and sharing a note leaves out."""
    if keys.isdisjoint(("device", "author", "shared")):
        deque(map(dict.update, records, repeat(header)), maxlen=0)  # one C loop: no note keeps its own
        return
    for record in records:
        record["author_id"] = header["author_id"]
        record.setdefault("device", header["device"])
        record.setdefault("author", header["author"])
        record.setdefault("shared", True)


_TEXT_FIELDS = ("author_id", "device", "author", "created", "color", "note", "kind", "reply_author",
                "reply_note")
_EMPTY_TEXTS = ("",) * len(_TEXT_FIELDS)  # a field left out reads as text
_ONLY_STR = {str}
_ONLY_LIST, _ONLY_BOOL, _STR_OR_NONE = {list}, {bool}, {str, type(None)}


def _set_aside_because(record: Record, author: str, horizon: datetime, safe_day: str) -> str | None:
    """Why a record (one `mergeable` passed) cannot count for `author`, or None when it can.
    Every field used as a key or shown is type-checked here: one bad note never stops a read."""
    get = record.get
    tags = get("tags", [])
    texts = set(map(type, map(get, _TEXT_FIELDS, _EMPTY_TEXTS)))  # C loops: this runs per note
    if (texts != _ONLY_STR or type(get("shared", True)) is not bool
            or type(get("reply_to")) not in (str, type(None)) or type(tags) is not list
            or any(type(tag) is not str for tag in tags)):
        return BAD_NOTES
    if get("author_id") not in ("", author, None):  # "": a note from before author ids, the folder's
        return FOREIGN_NOTES
    if (ahead(str(get("modified")), horizon, safe_day) or ahead(get("created", ""), horizon, safe_day)
            or ahead(str(get("deleted") or ""), horizon, safe_day)):
        return FUTURE_NOTES
    return LONG_NOTES if _too_long(record, tags) else None


def _too_long(record: Record, tags: list[str]) -> bool:
    get = record.get
    anchor = get("anchor")
    exact = anchor.get("exact") if type(anchor) is dict else None
    return (len(get("note", "")) > MAX_NOTE_CHARS or len(record["id"]) > MAX_ID_CHARS
            or len(get("author", "")) > MAX_NAME_CHARS
            or (type(exact) is str and len(exact) > MAX_NOTE_CHARS)
            or (bool(tags) and (len(tags) > MAX_TAGS or max(map(len, tags)) > MAX_NAME_CHARS)))


def _none_set_aside(records: list[Record], keys: AbstractSet[str], author: str, horizon: datetime,
                    safe_day: str) -> bool:
    """True when `_set_aside_because` would keep every record: its checks made field by field over
    the whole file, each in C loops, instead of one Python call per note (about half the time).
    Any doubt answers False, and then each record is checked alone."""
    def column(name: str, absent: object = "") -> list[Any]:
        return list(map(dict.get, records, repeat(name), repeat(absent))) if name in keys else []

    texts = dict(zip(_TEXT_FIELDS, map(column, _TEXT_FIELDS), strict=True))
    tags = column("tags", [])
    tag_list: list[Any] = list(chain.from_iterable(tags)) if _types(tags) <= _ONLY_LIST else [None]
    if (not _types(chain.from_iterable(texts.values())) <= _ONLY_STR
            or not _types(column("shared", True)) <= _ONLY_BOOL
            or not _types(column("reply_to", None)) <= _STR_OR_NONE
            or not _types(tag_list) <= _ONLY_STR
            or not set(texts["author_id"]) <= {"", author}):  # absent, "" or the folder's
        return False
    exacts = [e for a in column("anchor", None) if type(a) is dict and type(e := a.get("exact")) is str]
    if (_longest(texts["note"]) > MAX_NOTE_CHARS or _longest(exacts) > MAX_NOTE_CHARS
            or _longest(map(itemgetter("id"), records)) > MAX_ID_CHARS
            or _longest(texts["author"]) > MAX_NAME_CHARS
            or _longest(tags) > MAX_TAGS or _longest(tag_list) > MAX_NAME_CHARS):
        return False
    deleted = filter(None, column("deleted", None))  # a live note's is None
    stamps = chain(map(itemgetter("modified"), records), texts["created"], deleted)
    return none_after(filter(safe_day.__le__, stamps), horizon)  # older days: never ahead (`ahead`)


def _types(values: Iterable[object]) -> set[type]:
    return set(map(type, values))


def _longest(values: Iterable[Sized]) -> int:
    return max(map(len, values), default=0)


def load_json(raw: bytes) -> Any:
    """orjson parses a group's files about twice as fast as json; json still reads the few files
    orjson refuses (an escaped lone surrogate, an integer past 64 bits), so none is skipped for it."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested thousands deep: damaged too
        raise MemberFileError(group_message(DAMAGED)) from None
