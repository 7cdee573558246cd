"""The group folder, read: a study group's shared notes without a server of our own.

A group is a folder the members already share with a sync tool (Syncthing, Dropbox, OneDrive,
Nextcloud, a network share). It holds:

    group.json                              {"format", "id", "name", "created"}
    essays/                                 the group's texts, a collection group for everyone
    members/<author-id>/<device-id>.json    one notes file per member and device

Each device writes only its own file (app.store.groupfiles); every other file is only read.
Reading takes every `*.json` under members/<author>/ — conflict copies that sync tools leave
(`x.sync-conflict-…`, `x (… conflicted copy …)`, OneDrive's `x-PC`) merge like any other file —
and skips the temporary files sync tools write while a file arrives. A file that does not parse
(half-synced, damaged) is skipped with a quiet notice, its last whole version still counting.
"""

from __future__ import annotations

import gc
import stat
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.core.group_folder import (
    MAX_MEMBER_FILE_BYTES,
    MAX_READ_BYTES,
    MEMBERS_DIR,
    OVER_BUDGET,
    GroupFileError,
    capped,
    is_reachable,
    member_file_path,
    member_file_paths,
    read_group_file,
)
from app.core.group_identity import combine_ranked, distinguish, ranked
from app.core.group_replay import FILE_GONE, REPLAYED, Seqs, gone, highest, is_replay, superseded
from app.core.member_file import (
    MAX_NAME_CHARS,
    MAX_NOTES_PER_FILE,
    MEMBER_FORMAT,
    NAME_CUT,
    TOO_MANY_NOTES,
    ForeignFileError,
    MemberFile,
    MemberFileError,
    group_message,
    parse_member_file,
)
from app.core.merge import Merged, Record, merge_into
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.notes import Author, parse_instant
from app.core.study import MAX_STUDY_RECORDS, TOO_MANY_RECORDS, merge_study
from app.core.trust import Pins, Verdict, new_pins, verdict

UNREADABLE_FILE = QT_TRANSLATE_NOOP("Group", "{file} could not be read ({reason}); it is skipped for now.")
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Group", "{file} is skipped until it is whole ({reason}); it may still be arriving.")
NOT_NOTES_SKIPPED = QT_TRANSLATE_NOOP("Group", "{file}: {count} entries that are not notes were skipped.")
SET_ASIDE_FILE = QT_TRANSLATE_NOOP("Group", "{file} is set aside: {reason}.")
FOREIGN_HEADER = QT_TRANSLATE_NOOP("Group", "it says it is by {author}, but it is in another member's folder")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Group", "{file} is not merged: its signature does not match its content (changed by someone else, "
    "or damaged). Its last good copy is shown.")
POSING = QT_TRANSLATE_NOOP(
    "Group", "Someone is writing as {name}: {file} is signed by a device not vouched for by one known "
    "for {name}. It is not merged until you accept it (group trust {author}).")
UNSIGNED_REFUSED = QT_TRANSLATE_NOOP(
    "Group", "{file} is not signed, but {name} signs their files: it is not merged. Its last good copy "
    "is shown.")
UNSIGNED_TAKEN = QT_TRANSLATE_NOOP(
    "Group", "{file} is not signed (an older version of the app wrote it); it is taken as {name}'s.")
VOUCHED = QT_TRANSLATE_NOOP(
    "Group", "{name} writes from a new device ({file}), vouched for by a device already known.")


@dataclass
class Member:
    """A member as the group sees them: name and colour from their newest file, their activity."""

    author_id: str
    name: str = ""
    color: str = ""
    last_activity: str = ""
    notes: int = 0
    replies: int = 0
    devices: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class GroupSnapshot:
    """Everything the folder says right now, merged."""

    merged: Merged
    members: dict[str, Member]
    notices: list[Message]
    files: int
    by_essay: dict[str, dict[str, Record]] = field(default_factory=dict)  # live notes per essay
    reachable: bool = True  # False: members/ cannot be listed (a share out of reach, a stick out)
    complete: bool = True  # False: some member folder could not be listed this time
    sources: dict[Path, Stamp | None] = field(default_factory=dict)  # member file → stamp if whole now
    pinned: dict[str, set[str]] = field(default_factory=dict)  # keys seen first or vouched for: to pin
    unknown_keys: dict[str, set[str]] = field(default_factory=dict)  # keys writing as a known member
    study: dict[str, dict[str, Record]] = field(default_factory=dict)  # author → study records by id
    seqs: dict[str, int] = field(default_factory=dict)  # highest write number believed per device: to pin


Stamp = tuple[int, int]  # a file's (modification time in ns, size): changed when either changes
_Fetched = tuple[Path, Stamp | None, bytes | None]  # a file, its stamp, its bytes if read anew


@dataclass
class _Cached:
    stamp: Stamp
    member: MemberFile


class GroupReader:
    """Reads a group folder again and again, parsing only files that changed since last time.

    `own_file` (this device's file) is not read: the device's store holds those notes already.
    `me`: this member's author id (by default the own file's folder); their notes keep their ids.
    `last_seen`: a copy of the folder kept earlier (app.store.group_copy), where a file refused now
    (a bad signature, a stranger's key) is looked up in its last believed version after a restart.
    """

    def __init__(self, folder: Path, own_file: Path | None = None, me: str = "",
                 last_seen: Path | None = None) -> None:
        self.folder = folder
        self.own_file = own_file
        self.last_seen = last_seen
        self.me = me or (own_file.parent.name if own_file is not None else "")
        self._cache: dict[Path, _Cached] = {}
        self._good: dict[Path, MemberFile] = {}  # each file's last version that was believed

    def read(self, now: datetime, own_ids: AbstractSet[str] = frozenset(),
             pins: Pins | None = None, seqs: Seqs | None = None, mine: Member | None = None) -> GroupSnapshot:
        """Merge every member file (changed ones re-read) into one snapshot. `own_ids`: the notes
        this device's store holds; no other member's record can take their ids. `pins`: the keys
        the reader accepts for each author (app.core.trust); the snapshot names those to add;
        `seqs` the highest write number believed per device (app.core.group_replay); `mine` this
        member's name and colour, which no one else's can pass for."""
        listed, complete = member_file_paths(self.folder)
        known = {member_file_path(self.folder, *k.split("/", 1)) for k in seqs or {} if "/" in k}
        paths, notices = capped([p for p in listed if p != self.own_file], known)
        for stale in set(self._cache) - set(paths):
            del self._cache[stale]  # its last believed version stays in _good, below
        for stale in set(self._good) - set(paths):
            if stale.stem != self._good[stale].device:  # a device's own file gone is shown still
                del self._good[stale]
        fetched = self._fetch_all(paths, notices)  # the slow part on a share
        reachable = is_reachable(self.folder)
        with cyclic_gc_paused():  # parsing only: a hung share never keeps the collector off
            parsed: list[tuple[Path, MemberFile]] = []
            sources: dict[Path, Stamp | None] = {}
            for path, stamp, raw in fetched:
                member, sources[path] = self._parse(path, stamp, raw, notices, now)
                if member is not None:
                    parsed.append((path, member))
            fresh = {path for path, _stamp, raw in fetched if raw is not None}
            judged = self._judge(parsed, pins or {}, sources, seqs or {})
            if reachable and complete:
                self._keep_gone(parsed, seqs or {}, judged, sources)
            files = judged.files
            by_author: dict[str, Merged] = {}
            study: dict[str, dict[str, Record]] = {}
            for member in files:  # note identity is (author, note id)
                _merge_file(by_author.setdefault(member.author_id, {}), member, now)
                if member.study:
                    merge_study(study.setdefault(member.author_id, {}), member.study, now)
            signed = {m.author_id for m in files if m.seal.valid}
            order = ranked(by_author, self.me, list(pins or {}), signed)
            merged = combine_ranked(by_author, order, self.me, own_ids)
            members = members_of(files, now)
            by_essay = tally(merged, members)
        notices += judged.notices(members, fresh)
        notices += distinguish(members, order, mine)
        return GroupSnapshot(merged, members, notices, len(files), by_essay, reachable, complete, sources,
                             judged.pinned, judged.unknown_keys, study, highest(files, seqs or {}))

    def _judge(self, parsed: list[tuple[Path, MemberFile]], pins: Pins,
               sources: dict[Path, Stamp | None], seqs: Seqs) -> _Judged:
        """The files to merge: believed ones, and for each refused one (or an older copy of one
        put back) its last believed version (its `sources` stamp cleared, so the offline copy
        keeps that version too)."""
        pinned = new_pins(((m.author_id, m.seal) for _path, m in parsed), pins)
        known = {author: {*pins.get(author, ()), *pinned.get(author, ())} for author in {*pins, *pinned}}
        judged = _Judged(pinned)
        for path, member in parsed:
            said = verdict(member.author_id, member.seal, known)
            judged.said.append((path, member, said))
            replay = said.merged and is_replay(member, seqs)
            if said.merged and not replay:
                self._good[path] = member
                judged.files.append(member)
                continue
            sources[path] = None
            if replay and not superseded(member, (m for _p, m in parsed), seqs):
                judged.told.append(group_message(REPLAYED, file=_shown(path)))
            if said is Verdict.UNKNOWN_KEY:
                judged.unknown_keys.setdefault(member.author_id, set()).add(member.seal.key)
            good = self._good.get(path) or self._last_seen(path)
            if good is not None and verdict(good.author_id, good.seal, known).merged \
                    and not is_replay(good, seqs):
                self._good[path] = good
                judged.files.append(good)
        return judged

    def _keep_gone(self, parsed: list[tuple[Path, MemberFile]], seqs: Seqs, judged: _Judged,
                   sources: dict[Path, Stamp | None]) -> None:
        """A device's file believed before and gone now: its last believed version stays, told."""
        me_device = f"{self.me}/{self.own_file.stem}" if self.own_file is not None else ""
        for author, device in gone(seqs, (m for _p, m in parsed), me_device):
            path = member_file_path(self.folder, author, device)
            good = self._good.get(path) or self._last_seen(path)
            if good is not None and good.author_id == author:
                self._good[path] = good
                judged.files.append(good)
                sources[path] = None
                judged.told.append(group_message(FILE_GONE, file=_shown(path)))

    def _last_seen(self, path: Path) -> MemberFile | None:
        """The file as the copy of the folder holds it (the last version believed), if any."""
        if self.last_seen is None:
            return None
        try:
            copy = self.last_seen / path.relative_to(self.folder)
            raw = read_group_file(copy, MAX_MEMBER_FILE_BYTES, _shown(path))
            return parse_member_file(raw, path.parent.name)
        except (OSError, ValueError, UserError, ForeignFileError):
            return None

    def _fetch_all(self, paths: list[Path], notices: list[Message]) -> list[_Fetched]:
        """Stamps and new bytes until MAX_READ_BYTES are spent (later files keep what was read)."""
        fetched: list[_Fetched] = []
        spent = 0
        for path in paths:
            stamp, raw = self._fetch(path, notices) if spent <= MAX_READ_BYTES else (None, None)
            spent += stamp[1] if stamp is not None else 0
            fetched.append((path, stamp, raw))
        if spent > MAX_READ_BYTES and (skipped := sum(1 for _p, stamp, _r in fetched if stamp is None)):
            notices.append(group_message(OVER_BUDGET, limit=MAX_READ_BYTES // 2**20, count=skipped))
        return fetched

    def _fetch(self, path: Path, notices: list[Message]) -> tuple[Stamp | None, bytes | None]:
        """The file's stamp and, when it changed since last read, its bytes; no stamp on failure.
        Only regular files are read: a pipe or device named *.json would never end."""
        try:
            status = path.lstat()
            stamp = (status.st_mtime_ns, status.st_size)
            cached = self._cache.get(path)
            if cached is not None and cached.stamp == stamp and stat.S_ISREG(status.st_mode):
                return stamp, None
            return stamp, read_group_file(path, MAX_MEMBER_FILE_BYTES, _shown(path))
        except OSError as error:
            notices.append(group_message(UNREADABLE_FILE, file=_shown(path),
                                         reason=str(error.strerror or error)))
        except GroupFileError as error:  # a link, not a regular file, or far too large to be notes
            self._cache.pop(path, None)
            notices.append(error.message)
        return None, None

    def _parse(self, path: Path, stamp: Stamp | None, raw: bytes | None, notices: list[Message],
               now: datetime) -> tuple[MemberFile | None, Stamp | None]:
        """The file's notes (its last whole version if it is not whole now), and its stamp if whole."""
        if stamp is None:
            return self._last_good(path), None
        cached = self._cache.get(path)
        if raw is None and cached is not None:
            return cached.member, stamp
        try:
            member = parse_member_file(raw or b"", path.parent.name, now)
        except MemberFileError as error:
            notices.append(group_message(NOT_WHOLE, file=_shown(path), reason=error.message))
            return self._last_good(path), None
        except ForeignFileError as error:
            self._cache.pop(path, None)
            reason = group_message(FOREIGN_HEADER, author=error.author)
            notices.append(group_message(SET_ASIDE_FILE, file=_shown(path), reason=reason))
            return None, None
        self._cache[path] = _Cached(stamp, member)
        notices += file_notices(member, _shown(path))
        return member, stamp

    def _last_good(self, path: Path) -> MemberFile | None:
        cached = self._cache.get(path)
        return cached.member if cached else None


@dataclass
class _Judged:
    """One read's verdicts on its files (app.core.trust)."""

    pinned: dict[str, set[str]]
    files: list[MemberFile] = field(default_factory=list)
    unknown_keys: dict[str, set[str]] = field(default_factory=dict)
    said: list[tuple[Path, MemberFile, Verdict]] = field(default_factory=list)
    told: list[Message] = field(default_factory=list)  # old copies put back, files gone

    def notices(self, members: Mapping[str, Member], fresh: Collection[Path]) -> list[Message]:
        """A refused file is told at every read; a file taken unsigned or from a vouched device,
        when it changes."""
        told: list[Message] = list(self.told)
        named = Counter(m.name for m in members.values() if m.name)
        for path, member, said in self.said:
            known = members.get(member.author_id)
            name = known.name if known and known.name else member.author_id
            if named[name] > 1:  # another member has this name: say which folder is meant
                name = f"{name} (members/{member.author_id})"
            names = {"file": _shown(path), "author": member.author_id, "name": name}
            text = _VERDICT_NOTICES.get(said)
            if said is Verdict.TRUSTED and path in fresh and member.seal.vouched_by \
                    and member.seal.key in self.pinned.get(member.author_id, ()):
                text = VOUCHED
            if text is not None and (not said.merged or path in fresh):
                told.append(group_message(text, **names))
        return told


_VERDICT_NOTICES = {Verdict.BAD_SIGNATURE: BAD_SIGNATURE, Verdict.UNKNOWN_KEY: POSING,
                    Verdict.UNSIGNED_REFUSED: UNSIGNED_REFUSED, Verdict.UNSIGNED: UNSIGNED_TAKEN}


def _merge_file(merged: Merged, member: MemberFile, now: datetime) -> None:
    """One file into the merge: in one step when none of its ids is held yet (each member's own
    notes, the common case); note by note where versions meet (several devices, conflict copies)."""
    by_id = dict(zip(map(itemgetter("id"), member.notes), member.notes, strict=True))
    if len(by_id) == len(member.notes) and merged.keys().isdisjoint(by_id):
        merged.update(by_id)
    else:
        merge_into(merged, member.notes, now)


def file_notices(member: MemberFile, shown: str) -> list[Message]:
    """What was set aside of one member file, one notice per reason."""
    notices = [group_message(NOT_NOTES_SKIPPED, file=shown, count=member.rejected)] if member.rejected else []
    limits = {TOO_MANY_NOTES: MAX_NOTES_PER_FILE, NAME_CUT: MAX_NAME_CHARS,
              TOO_MANY_RECORDS: MAX_STUDY_RECORDS}
    for why, count in member.set_aside:
        notices.append(group_message(why, file=shown, count=count, limit=limits.get(why, 0)))
    return notices


def _shown(path: Path) -> str:
    return f"{MEMBERS_DIR}/{path.parent.name}/{path.name}"


def members_of(files: Iterable[MemberFile], now: datetime) -> dict[str, Member]:
    """Who is in the group: names and colours from each author's newest file, last activity from
    the newest change in any of their files (`tally` counts their notes)."""
    members: dict[str, Member] = {}
    newest: dict[str, datetime] = {}
    latest: dict[str, str] = {}
    for file in files:
        member = members.setdefault(file.author_id, Member(file.author_id))
        member.devices.add(file.device)
        latest[file.author_id] = max(latest.get(file.author_id, ""), file.latest)
        updated = min(parse_instant(file.updated), now)
        if file.author_id not in newest or updated >= newest[file.author_id]:
            newest[file.author_id] = updated
            member.name, member.color = file.name or member.name, file.color or member.color
    for author_id, stamp in latest.items():  # a clock running ahead counts as now
        if stamp:
            members[author_id].last_activity = min(parse_instant(stamp), now).isoformat(timespec="seconds")
    return members


def tally(merged: Merged, members: dict[str, Member]) -> dict[str, dict[str, Record]]:
    """Count each member's live notes and replies; return the live notes by essay.
    One pass over every note: at start-up this runs for the whole group."""
    by_essay: dict[str, dict[str, Record]] = {}
    notes: dict[str, int] = {}
    replies: dict[str, int] = {}
    for note_id, record in merged.items():
        if record.get("deleted") is not None:
            continue
        essay = by_essay.get(record["essay_id"])
        if essay is None:
            essay = by_essay[record["essay_id"]] = {}
        essay[note_id] = record
        counts = replies if record.get("reply_to") else notes
        author = record.get("author_id", "")
        counts[author] = counts.get(author, 0) + 1
    for author, member in members.items():
        member.notes, member.replies = notes.get(author, 0), replies.get(author, 0)
    return by_essay


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Notes are trees of dicts and lists without cycles; while tens of thousands are parsed, the
    cyclic collector would rescan them again and again (about a fifth of the time) and free nothing.
    Reference counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def member_document(author: Author, updated: str, notes: list[Record],
                    study: list[Record] | None = None, seq: int = 0) -> dict[str, Any]:
    """The JSON a device writes as its own member file: fields the header gives, and empty ones,
    are left out of each note (a smaller file syncs and loads faster). `study`: this device's
    votes, answers, assignments… (app.core.study), written only when there are any. `seq`: this
    write's number, higher than every earlier write of the file (signed with it: no older copy
    can pass for the current one)."""
    implied = {"author_id": author.id, "device": author.device, "author": author.name, "shared": True,
               "deleted": None, "reply_to": None, "tags": []}  # no tags: a list fewer for readers to hold
    compact = [{k: v for k, v in note.items() if k not in implied or implied[k] != v} for note in notes]
    return {"format": MEMBER_FORMAT, "version": 1, "author_id": author.id, "device": author.device,
            "name": author.name, "color": author.color, "updated": updated, "notes": compact,
            **({"study": study} if study else {}), **({"seq": seq} if seq else {})}


def shared_records(notes: Iterable[Record], previous_ids: Iterable[str]) -> list[Record]:
    """What this device publishes: its shared notes whole; a tombstone, without content, for every
    deleted or unshared note the group has seen (so copies elsewhere cannot bring it back)."""
    published = set(previous_ids)
    out: list[Record] = []
    for note in notes:
        if note.get("shared") and note.get("deleted") is None:
            out.append(note)
        elif note.get("shared") or note["id"] in published:
            out.append(_tombstone_of(note))
    return out


def _tombstone_of(note: Record) -> Record:
    stamp = note.get("deleted") or note["modified"]
    return {"id": note["id"], "essay_id": note.get("essay_id", ""), "author_id": note.get("author_id", ""),
            "device": note.get("device", ""), "created": note.get("created", stamp),
            "modified": note["modified"], "deleted": stamp}
