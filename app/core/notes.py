"""Bookmarks and annotations: what a reader marks and writes, anchored to canonical text.

Schema 3: every note records who wrote it (a stable author id besides the display name) and on
which device; a deletion leaves a tombstone (`deleted` time) so that a merge of the group's files
can never bring it back; an annotation is private or shared with the group; a reply is an
annotation whose `reply_to` names the note it answers, kept in the replier's own file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

if sys.platform != "win32":
    import pwd

from app.core.anchoring import Anchor, make_anchor, resolve, text_hash
from app.core.hashing import sha1_hex

COLORS = ("yellow", "green", "blue", "pink", "purple")
# One colour per group member, given in join order: twelve hues, each of its own grey (luminance
# 50…193 in steps of 13, so they stay apart printed in greyscale), none too light for a light page
# nor too dark for a dark one; neighbours in join order differ most.
MEMBER_COLORS = ("#774019", "#5da8f2", "#2fa32f", "#e9a2f7", "#9a8521", "#217171", "#e999b4", "#421699",
                 "#65ba0f", "#ee2c2c", "#33e2a8", "#831370")
BOOKMARK_QUOTE_CHARS = 24
NAME_CHARS = 12


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def now_iso() -> str:
    """UTC with milliseconds: two edits in one second on two devices still have an order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# The times a note can carry: anything outside is unreadable (year 9999 plus a millisecond, or a
# far zone offset, would end in OverflowError wherever the time is compared, shifted or shown).
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def parse_instant(stamp: str) -> datetime:
    """An ISO time as an aware UTC datetime (a time without zone is taken as UTC); the epoch if
    unreadable or outside EPOCH…LATEST."""
    try:
        value = datetime.fromisoformat(stamp)
        value = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(UTC)
    except (TypeError, ValueError, OverflowError):
        return EPOCH
    return value if EPOCH <= value <= LATEST else EPOCH


def safe_day_before(horizon: datetime) -> str:
    """A date two days before `horizon`: more than any zone offset, so an ISO time on an earlier
    day can never be after it."""
    return (horizon - timedelta(days=2)).date().isoformat()


def ahead(stamp: object, horizon: datetime, safe_day: str) -> bool:
    """The time is after `horizon` (year 9999 included, which parse_instant cannot hold). Most
    records are days old: a date before `safe_day` is not parsed at all (ISO dates sort as
    text; anything else sorts after the digits and is parsed)."""
    if type(stamp) is not str or stamp[:10] < safe_day:
        return False
    try:
        value = datetime.fromisoformat(stamp)
    except ValueError:
        return False  # unreadable: sorts as the epoch, beats nothing
    try:
        return (value if value.tzinfo else value.replace(tzinfo=UTC)) > horizon
    except OverflowError:  # a zone offset at the end of the calendar
        return value.year > horizon.year


def none_after(stamps: Iterable[str], horizon: datetime) -> bool:
    """No stamp is a time after `horizon` (`ahead` of none of them): True is certain; False when
    one is, or when one does not parse or has no zone (`ahead` then decides each alone)."""
    try:
        latest = max(map(datetime.fromisoformat, stamps), default=None)
        return latest is None or latest <= horizon
    except (ValueError, TypeError, OverflowError):
        return False


def later_stamp(previous: str) -> str:
    """Now, or just after `previous` when a clock is behind: an edit always sorts after what it edits."""
    now = datetime.now(UTC)
    floor = parse_instant(previous) + timedelta(milliseconds=1)
    return max(now, floor).isoformat(timespec="milliseconds")


def member_color(author_id: str) -> str:
    """A member's default colour, the same on every machine."""
    return MEMBER_COLORS[int(sha1_hex(author_id.encode("utf-8")), 16) % len(MEMBER_COLORS)]


def join_color(taken: Iterable[str]) -> str:
    """The colour of a member who joins now: the first of the palette no member has yet."""
    used = {color.lower() for color in taken}
    free = [color for color in MEMBER_COLORS if color not in used]
    return free[0] if free else MEMBER_COLORS[len(used) % len(MEMBER_COLORS)]


# Accounts that name a machine's role, not a person: never offered as a reader's name
ACCOUNT_NAMES = frozenset({
    "root", "admin", "administrator", "user", "users", "guest", "default", "owner", "pi", "ubuntu",
    "debian", "fedora", "vagrant", "docker", "runner", "nobody", "test", "tester", "demo", "student",
    "teacher", "reader", "pc", "home", "local", "localuser", "me", "shared", "public", "kiosk",
})
UNNAMED = {"en": "Me", "zh": "我"}  # notes of a reader who gave no name, in their language
MAX_PERSON_NAME = 80  # characters of a full name taken from the system


def person_name() -> str | None:
    """The reader's name as the system knows it, or None: the account's full name (the first
    field of its GECOS entry), else the login name when it is a person's ("root" is not)."""
    full = _full_name()
    if full:
        return full
    import getpass  # noqa: PLC0415  (asked once, when a name is first needed: not at every start)

    try:
        login = getpass.getuser().strip()
    except (KeyError, OSError):  # no user name on some systems
        return None
    return None if not login or login.casefold() in ACCOUNT_NAMES or login.isdigit() else login


def _full_name() -> str:
    if sys.platform == "win32":  # no passwd database: the login name is all there is
        return ""
    try:
        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (KeyError, OSError):
        return ""
    full = gecos.split(",")[0].strip()[:MAX_PERSON_NAME]
    return "" if full.casefold() in ACCOUNT_NAMES or not full.isprintable() else full


def unnamed_author(language: str) -> str:
    """The label on notes of a reader who gave no name: "Me", or 我 in a Chinese interface
    ("system": the locale's language, as the shell tells it)."""
    if language == "system":
        language = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return UNNAMED["zh" if language.startswith("zh") else "en"]


def new_id() -> str:
    """A new random id (UUID 4), for a note, an author or a device."""
    import uuid  # noqa: PLC0415  (uuid loads `platform`: 3 ms of every start, and ids come later)

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Annotation:
    """A highlight in one of five colours, with an optional note and tags."""

    id: str
    essay_id: str
    anchor: Anchor
    color: str
    note: str
    tags: tuple[str, ...]
    author: str
    created: str
    modified: str
    author_id: str = ""
    device: str = ""
    deleted: str | None = None  # a tombstone's time: the note stays so no merge revives it
    shared: bool = False
    reply_to: str | None = None  # the note this one answers
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # fields a newer app wrote
    kind: str = ""  # one of KINDS; "" for replies and notes from before kinds (see `kind_of`)

    def edited(self, **changes: Any) -> Annotation:
        return replace(self, modified=later_stamp(self.modified), **changes)

    def tombstone(self) -> Annotation:
        """This note deleted: stamped later than every version of it this device has seen."""
        stamp = later_stamp(self.modified)
        return replace(self, modified=stamp, deleted=stamp)

    @property
    def is_reply(self) -> bool:
        return self.reply_to is not None

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, "id": self.id, "essay_id": self.essay_id,
                "anchor": self.anchor.to_json(), "color": self.color, "note": self.note,
                "tags": list(self.tags), "author": self.author, "created": self.created,
                "modified": self.modified, "author_id": self.author_id, "device": self.device,
                "deleted": self.deleted, "shared": self.shared, "reply_to": self.reply_to,
                **({"kind": self.kind} if self.kind else {})}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Annotation:
        """From a validated store entry (see app.store): no conversions, it runs 10,000 times."""
        return cls(data["id"], data["essay_id"], Anchor.from_json(data["anchor"]), data["color"],
                   data.get("note", ""), tuple(data.get("tags", ())), data.get("author", ""),
                   data["created"], data.get("modified", data["created"]),
                   data.get("author_id", ""), data.get("device", ""), data.get("deleted"),
                   data.get("shared", False), data.get("reply_to"),
                   _extra(data, _ANNOTATION_KEYS), _kind(data.get("kind")))


@dataclass(frozen=True)
class Bookmark:
    """A named place in an essay."""

    id: str
    essay_id: str
    anchor: Anchor  # an empty span at the place, with the text that follows as its quote
    name: str
    author: str
    created: str
    modified: str
    author_id: str = ""
    device: str = ""
    deleted: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def edited(self, **changes: Any) -> Bookmark:
        return replace(self, modified=later_stamp(self.modified), **changes)

    def tombstone(self) -> Bookmark:
        stamp = later_stamp(self.modified)
        return replace(self, modified=stamp, deleted=stamp)

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, "id": self.id, "essay_id": self.essay_id,
                "anchor": self.anchor.to_json(), "name": self.name, "author": self.author,
                "created": self.created, "modified": self.modified, "author_id": self.author_id,
                "device": self.device, "deleted": self.deleted}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bookmark:
        return cls(data["id"], data["essay_id"], Anchor.from_json(data["anchor"]),
                   data.get("name", ""), data.get("author", ""), data["created"],
                   data.get("modified", data["created"]), data.get("author_id", ""),
                   data.get("device", ""), data.get("deleted"), _extra(data, _BOOKMARK_KEYS))


_ANNOTATION_KEYS = frozenset(
    {"id", "essay_id", "anchor", "color", "note", "tags", "author", "created", "modified", "author_id",
     "device", "deleted", "shared", "reply_to", "kind"})
_BOOKMARK_KEYS = frozenset({"id", "essay_id", "anchor", "name", "author", "created", "modified",
                            "author_id", "device", "deleted"})


# What a note is (issue #23): a highlight, a comment, a question, or 不懂 ("I don't understand").
HIGHLIGHT, COMMENT, QUESTION, CONFUSED = "highlight", "comment", "question", "confused"
KINDS = (HIGHLIGHT, COMMENT, QUESTION, CONFUSED)
ASKING_KINDS = frozenset({QUESTION, CONFUSED})  # the asker may mark an answer and resolve them


def _kind(value: object) -> str:
    """A kind this version knows, else "" (a newer app's kind reads as a plain note)."""
    return value if isinstance(value, str) and value in KINDS else ""


def kind_of(note: Annotation) -> str:
    """The kind a note shows as: its own, else a comment when it has text, else a highlight.
    A reply is a comment on its thread."""
    if note.kind:
        return note.kind
    return COMMENT if note.note.strip() or note.is_reply else HIGHLIGHT


def _extra(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """Fields this version does not know, kept so they are written back unchanged."""
    return {} if known.issuperset(data) else {k: v for k, v in data.items() if k not in known}


@dataclass(frozen=True)
class Author:
    """Who writes on this device: a display name, an id made once, a colour, the device's id."""

    name: str
    id: str = ""
    color: str = ""
    device: str = ""


def new_annotation(essay_id: str, text: str, start: int, end: int, *, color: str, author: str,
                   note: str = "", tags: tuple[str, ...] = (), by: Author | None = None,
                   shared: bool = False, kind: str = "") -> Annotation:
    """A highlight of text[start:end]; `by` stamps the author id and device (schema 3);
    `kind`: one of KINDS ("" lets `kind_of` tell from the text)."""
    stamp = now_iso()
    return Annotation(new_id(), essay_id, make_anchor(text, start, end), color, note,
                      tags, author, stamp, stamp, by.id if by else "", by.device if by else "",
                      shared=shared, kind=_kind(kind))


def new_reply(parent: Annotation, note: str, by: Author) -> Annotation:
    """A reply: shares its parent's essay and anchor, so it can be placed even without the parent."""
    stamp = now_iso()
    answers = {"reply_author": parent.author_id or by.id, "reply_note": _id_in_own_file(parent, by.id)}
    return Annotation(new_id(), parent.essay_id, parent.anchor, "", note, (), by.name, stamp, stamp,
                      by.id, by.device, shared=True, reply_to=parent.id, extra=answers)


def _id_in_own_file(note: Annotation, me: str) -> str:
    """The id the note's author gave it: a reply names (author, that id), which every member's
    window resolves alike (the window shows an id two authors claim as `<id>@<author>`)."""
    base = note.id.rstrip("@")
    author = note.author_id or me
    suffix = f"@{author}"
    return base[: -len(suffix)] if author != me and base.endswith(suffix) else note.id


def new_bookmark(essay_id: str, text: str, offset: int, author: str) -> Bookmark:
    """A bookmark named by the first words of the paragraph it is in."""
    stamp = now_iso()
    offset = max(0, min(offset, len(text)))
    anchor = make_anchor(text, offset, offset)
    anchor = Anchor(anchor.start, anchor.end, anchor.text_hash,
                    text[offset:offset + BOOKMARK_QUOTE_CHARS], anchor.prefix, "")
    return Bookmark(new_id(), essay_id, anchor, paragraph_opening(text, offset), author, stamp, stamp)


def paragraph_opening(text: str, offset: int) -> str:
    """The first words of the paragraph holding `offset`: 勇於創新。做一名合格的…"""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", start)
    paragraph = text[start:end if end >= 0 else len(text)]
    return paragraph[:NAME_CHARS] + ("…" if len(paragraph) > NAME_CHARS else "")


def parse_tags(text: str) -> tuple[str, ...]:
    """`工匠, 讨论；#精神` → ("工匠", "讨论", "精神"): commas of either width, or spaces."""
    for separator in "，,；;、#":
        text = text.replace(separator, " ")
    return tuple(dict.fromkeys(t for t in text.split() if t))


class Placement(NamedTuple):
    """Where a note is in an essay's current text; None when it is orphaned."""

    span: tuple[int, int] | None

    @property
    def orphaned(self) -> bool:
        return self.span is None


def place(anchor: Anchor, text: str, current_hash: str | None = None) -> Placement:
    return Placement(resolve(anchor, text, current_hash))


def place_bookmark(bookmark: Bookmark, text: str) -> int | None:
    """The bookmark's offset in the current text; None when it cannot be found."""
    anchor = bookmark.anchor
    if text_hash(text) == anchor.text_hash:
        return min(anchor.start, len(text))
    span = resolve(replace(anchor, end=anchor.start + len(anchor.exact)), text)
    return span[0] if span else None


def by_others(notes: list[Annotation], my_id: str) -> list[Annotation]:
    """Imported notes another author wrote (an empty author id is the importer's, as in the store)."""
    return [note for note in notes if note.author_id not in ("", my_id)]


def adopted(notes: list[Annotation], me: Author) -> list[Annotation]:
    """Others' notes made the importer's own, when the importer asked for it: new ids (the same at
    every import, so importing twice adds nothing), `me` as author, private until shared; replies
    among them follow their notes. The originals keep their ids and authors, untouched."""
    import uuid  # noqa: PLC0415  (see new_id)

    new_ids = {note.id: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{me.id}/{note.id}")) for note in notes}
    return [replace(note, id=new_ids[note.id], author_id=me.id, device=me.device, author=me.name,
                    shared=False, reply_to=new_ids.get(note.reply_to or "", note.reply_to),
                    extra={k: v for k, v in note.extra.items() if k not in _ANSWERS})  # it answers the copy
            for note in notes]


_ANSWERS = ("reply_author", "reply_note")  # a reply's note by (author, id): see new_reply


def own_and_others(imported: list[Annotation], me: Author, *,
                   as_mine: bool) -> tuple[list[Annotation], int]:
    """What an import keeps, and how many notes by other authors it skips: those are kept only as
    the importer's own, and only when asked (no one's file speaks for another member)."""
    others = by_others(imported, me.id)
    if not others:
        return imported, 0
    other_ids = {note.id for note in others}
    own = [note for note in imported if note.id not in other_ids]
    return (own + adopted(others, me), 0) if as_mine else (own, len(others))
