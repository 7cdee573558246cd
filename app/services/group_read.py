"""The group service's reading, done off the window's thread: one read of the folder merged,
what is wrong with its group.json, the folders to watch, and the group as the store recorded it.

Nothing here touches a widget or the service's state: a read gets a `ReadJob` taken on the
window's thread and reports a `ReadResult` back through `Tasks`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.group import GroupReader, GroupSnapshot, cyclic_gc_paused
from app.core.group_folder import (
    ESSAYS_DIR,
    MEMBERS_DIR,
    GroupError,
    GroupInfo,
    is_author_folder,
    read_group_info,
)
from app.core.merge import Merged, Record
from app.core.messages import QT_TRANSLATE_NOOP, Field, Message
from app.core.study import StudyState, build_state, merge_study
from app.core.trust import Pins
from app.services.changes import GroupDiff, changed_essays
from app.services.tasks import Task
from app.store.group_copy import GroupCopy

log = logging.getLogger(__name__)

ANOTHER_GROUP = QT_TRANSLATE_NOOP(
    "GroupService", "The group folder {folder} now names another group; you stay in the group you joined.")


def service_message(text: str, **fields: Field) -> Message:
    return Message("GroupService", text, fields)


@dataclass(frozen=True)
class ReadResult:
    snapshot: GroupSnapshot
    offline: bool = False  # the folder is out of reach: the snapshot is the last-seen copy
    folders: tuple[str, ...] = ()  # the group's folders that exist now: watched for changes
    problem: Message | None = None  # what is wrong with group.json, if anything
    changed: GroupDiff | None = None  # the essays whose group notes this read changed
    study: StudyState | None = None  # every member's study records merged, this device's `own_study` too
    own_study: tuple[Record, ...] = ()  # this device's study records the state was built with


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


def read_folder(task: Task, job: ReadJob) -> None:
    """In the worker: the folder merged (reported to the window at once); when it is out of
    reach, the copy of it last seen. Then the copy is brought up to date."""
    reader, copy, copy_reader, pinned = job.reader, job.copy, job.copy_reader, job.pinned
    try:
        snapshot = reader.read(datetime.now(UTC), job.own_ids, job.pins)
        offline = not snapshot.reachable and copy_reader is not None
        if offline and copy_reader is not None:
            snapshot = copy_reader.read(datetime.now(UTC), job.own_ids, job.pins)
        problem = None if offline else _group_file_problem(reader.folder, pinned)
        changed = GroupDiff(job.shown, changed_essays(job.shown, snapshot.merged))
        study = study_state(snapshot.study, reader.me, job.own_study)
        task.report(ReadResult(snapshot, offline, _existing_folders(reader.folder), problem, changed, study,
                               job.own_study))
        if copy is not None and not offline and not job.read_only and not task.cancelled():
            copy.keep(reader.folder, snapshot.sources, complete=snapshot.complete)  # after the window
    except (OSError, ValueError, KeyError, TypeError) as error:  # never lose the window
        log.warning("reading the group folder failed: %s", error)


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
