"""The group service's reading, done off the window's thread: one read of the folder merged,
what is wrong with its group.json, the folders to watch, the group as the store recorded it,
and the readers a joined folder is opened with. Loaded when a group is first opened.

Nothing here touches a widget or the service's state: a read gets a `ReadJob` taken on the
window's thread and reports a `ReadResult` back through `Tasks`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.group import GroupReader, GroupSnapshot, Member, cyclic_gc_paused
from app.core.group_error import GroupError
from app.core.group_essays import ESSAYS_DIR
from app.core.group_folder import (
    MEMBERS_DIR,
    GroupInfo,
    is_author_folder,
    member_file_path,
    read_group_info,
)
from app.core.group_replay import OwnFile, OwnState, Seqs
from app.core.merge import Merged, Record
from app.core.messages import Message
from app.core.notes import Author
from app.core.study import StudyState, build_state, merge_study
from app.core.trust import Pins
from app.services.changes import GroupDiff, changed_essays
from app.services.group_notices import ANOTHER_GROUP, service_message
from app.services.tasks import Task
from app.store.group_copy import GroupCopy
from app.store.groupfiles import group_copy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadResult:
    snapshot: GroupSnapshot
    offline: bool = False  # the folder is out of reach: the snapshot is the last-seen copy
    folders: tuple[str, ...] = ()  # the group's folders that exist now: watched for changes
    problem: Message | None = None  # what is wrong with group.json, if anything
    changed: GroupDiff | None = None  # the essays whose group notes this read changed
    study: StudyState | None = None  # every member's study records merged, this device's `own_study` too
    own_study: tuple[Record, ...] = ()  # this device's study records the state was built with
    own_file: OwnState | None = None  # this device's file as it is on disk (None: gone or damaged)


@dataclass(frozen=True)
class ReadJob:
    """What one read of the folder works with, taken on the window's thread."""

    reader: GroupReader
    copy: GroupCopy | None  # where the others' files are kept for when the folder is away
    copy_reader: GroupReader | None
    read_only: bool
    pinned: GroupInfo | None  # the group as joined
    shown: Merged  # the group's notes as the window holds them (never changed in place)
    own_ids: frozenset[str] = frozenset()  # the notes this device holds: no one else's record takes their ids
    pins: Pins | None = None  # the keys believed for each author
    own_study: tuple[Record, ...] = ()  # this device's study records (votes, answers, …)
    seqs: Seqs | None = None  # the highest write number believed per device
    own_file: OwnFile | None = None
    mine: Member | None = None  # this member's name and colour: a look-alike is told and recoloured


@dataclass(frozen=True)
class FolderReaders:
    """What reading a joined folder works with, made when the group service opens it."""

    reader: GroupReader  # the folder
    copy: GroupCopy | None  # the member files as last seen, for when the folder is away
    copy_reader: GroupReader | None
    own_file: OwnFile  # this device's file in the folder


def folder_readers(folder: Path, me: Author, data_folder: Path,
                   membership: Mapping[str, object]) -> FolderReaders:
    """The readers of a joined folder and of the copy `data_folder` keeps of it, and our file."""
    copy = group_copy(data_folder, membership)
    own = member_file_path(folder, me.id, me.device)
    return FolderReaders(GroupReader(folder, own, last_seen=copy.root if copy else None), copy,
                         GroupReader(copy.root, me=me.id) if copy else None, OwnFile(own))


def read_folder(task: Task, job: ReadJob) -> None:
    """In the worker: the folder merged (reported to the window at once); when it is out of
    reach, the copy of it last seen. Then the copy is brought up to date."""
    reader, copy, copy_reader, pinned = job.reader, job.copy, job.copy_reader, job.pinned
    try:
        snapshot = reader.read(datetime.now(UTC), job.own_ids, job.pins, job.seqs, job.mine)
        offline = not snapshot.reachable and copy_reader is not None
        if offline and copy_reader is not None:
            snapshot = copy_reader.read(datetime.now(UTC), job.own_ids, job.pins, job.seqs, job.mine)
        own = job.own_file.state() if job.own_file is not None and snapshot.reachable else None
        problem = None if offline else _group_file_problem(reader.folder, pinned)
        changed = GroupDiff(job.shown, changed_essays(job.shown, snapshot.merged))
        study = study_state(snapshot.study, reader.me, job.own_study)
        task.report(ReadResult(snapshot, offline, _existing_folders(reader.folder), problem, changed, study,
                               job.own_study, own))
        if copy is not None and not offline and not job.read_only and not task.cancelled():
            copy.keep(reader.folder, snapshot.sources, complete=snapshot.complete)  # after the window
    except (OSError, ValueError, KeyError, TypeError) as error:  # never lose the window
        log.warning("reading the group folder failed: %s", error)


def stored_seqs(value: object) -> dict[str, int]:
    """The write numbers believed per device, as the store holds them (type-checked)."""
    return {k: v for k, v in value.items() if type(v) is int} if isinstance(value, dict) else {}


def own_file_differs(result: ReadResult, written: object) -> bool:
    """Our file in the folder is not the one we last wrote (or is gone): it is written again."""
    if result.offline or not result.snapshot.reachable:
        return False
    if result.own_file is None:
        return True
    return isinstance(written, list) and tuple(written) != result.own_file


def study_state(by_author: Mapping[str, Mapping[str, Record]], me: str,
                own: tuple[Record, ...]) -> StudyState:
    """The group's study records with this device's own merged into its author's."""
    mine = merge_study(dict(by_author.get(me, {})), own, datetime.now(UTC))
    with cyclic_gc_paused():  # thousands of small sets: the collector would rescan every note
        return build_state({**by_author, me: mine})


def _group_file_problem(folder: Path, pinned: GroupInfo | None) -> Message | None:
    """What is wrong with group.json: unreadable, or naming another group than the one joined
    (the id joined stays: every note's essay ids are derived from it)."""
    if not folder.is_dir():
        return None  # gone altogether: told as out of reach
    try:
        info = read_group_info(folder)
    except GroupError as error:
        return error.message
    if pinned is not None and pinned.id and info.id != pinned.id:
        return service_message(ANOTHER_GROUP, folder=str(folder))
    return None


def _existing_folders(folder: Path) -> tuple[str, ...]:
    """The group folder, members/, each member's folder and essays/, where they exist."""
    members = folder / MEMBERS_DIR
    wanted = [folder, members, folder / ESSAYS_DIR]
    try:
        wanted += [p for p in members.iterdir() if is_author_folder(p)]
    except OSError:
        pass  # not reachable now; the poll keeps trying
    return tuple(str(p) for p in wanted if p.is_dir())


def colors_in(folder: Path, me: str) -> list[str]:
    """The colours the group's other members show in now (read once, at join)."""
    snapshot = GroupReader(folder, me=me).read(datetime.now(UTC))
    return [member.color for author, member in snapshot.members.items() if author != me and member.color]


def joined_info(membership: Mapping[str, object]) -> GroupInfo | None:
    """The group as the store recorded it at join."""
    group_id, name, joined, creator = (membership.get(k) for k in ("id", "name", "joined", "creator"))
    if not isinstance(group_id, str) or not group_id:
        return None
    return GroupInfo(group_id, name if isinstance(name, str) else "",
                     joined if isinstance(joined, str) else "", creator if isinstance(creator, str) else "")
