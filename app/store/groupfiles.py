"""The group folder, written: group.json once, and this device's own notes file, atomically.

A device never writes another member's file (nor another device's): the only file it replaces
is members/<its author id>/<its device id>.json. See app.core.group for the layout and reading.
"""

from __future__ import annotations

import errno
import json
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.group import member_document, shared_records
from app.core.group_error import GroupError
from app.core.group_essays import ESSAYS_DIR
from app.core.group_folder import (
    ALREADY_A_GROUP,
    CANNOT_CREATE,
    MAX_MEMBER_FILE_BYTES,
    MEMBERS_DIR,
    GroupInfo,
    is_reachable,
    member_file_path,
    read_group_file,
    read_group_info,
)
from app.core.member_file import ForeignFileError, MemberFile, group_message, parse_member_file
from app.core.messages import UserError
from app.core.notes import Author, now_iso
from app.core.signing import DeviceKey, signed_file_bytes
from app.core.surrogates import utf8_safe
from app.store.atomic import (
    atomic_write_chunks,
    atomic_write_json,
    remove_stale_files,
    remove_stale_temp_files,
)
from app.store.group_copy import GroupCopy

GROUP_STAGING = ".group-writes"  # in the data folder: where this device's group file is written first

def create_group_folder(folder: Path, name: str, creator: str = "") -> GroupInfo:
    """Make `folder` a group folder (it may exist and hold files; an existing group is refused).
    `creator`: the author id of who makes it, the group's facilitator by default."""
    if (folder / "group.json").exists():
        raise GroupError(group_message(ALREADY_A_GROUP, folder=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ESSAYS_DIR).mkdir(exist_ok=True)
        (folder / MEMBERS_DIR).mkdir(exist_ok=True)
        info = GroupInfo(str(uuid.uuid4()), name.strip(), now_iso(), creator)
        atomic_write_json(folder / "group.json", info.to_json())
    except OSError as error:
        raise GroupError(group_message(CANNOT_CREATE, folder=str(folder), reason=str(error.strerror or error))
                         ) from None
    return info


def join_group(folder: Path, author: Author) -> tuple[GroupInfo, dict[str, Any]]:
    """The group in `folder` and the membership to keep in the store; makes our member folder."""
    info = read_group_info(folder)
    membership = {"folder": str(folder.resolve()), "id": info.id, "name": info.name, "joined": now_iso(),
                  "creator": info.creator}
    (folder / MEMBERS_DIR / author.id).mkdir(parents=True, exist_ok=True)
    return info, membership


def group_copy(data_folder: Path, membership: Mapping[str, Any]) -> GroupCopy | None:
    """Where a data folder keeps the copy of its group's member files (None outside a group)."""
    group_id = membership.get("id")
    return GroupCopy(data_folder, group_id) if isinstance(group_id, str) else None


class GroupFolderAway(FileNotFoundError):
    """The group folder is out of reach: the own file waits until it is back."""


def write_member_file(folder: Path, author: Author, notes: list[dict[str, Any]],
                      staging: Path | None = None, key: DeviceKey | None = None, *,
                      study: list[dict[str, Any]] | None = None, after_seq: int = 0) -> Path:
    """Publish this device's shared notes (and tombstones) to its own file, atomically.

    Never makes the group folder itself: one out of reach (a share not mounted, a stick not
    plugged in) would otherwise be made anew on the local disk, where the others never see it.
    The temp file goes to `staging` (in the data folder), so a sync tool never copies a
    half-written file to every member; what a cut-short write left behind goes first.
    With `key`, the file is signed (see app.core.signing). `study`: this device's study records
    (app.core.study), tombstones included. `after_seq`: the number of this device's last write,
    as its store remembers it (the file may be gone, or an older copy, and the clock behind)."""
    if not is_reachable(folder):
        raise GroupFolderAway(errno.ENOENT, "the group folder is out of reach", str(folder))
    path = member_file_path(folder, author.id, author.device)
    remove_stale_temp_files(path)
    if staging is not None:
        remove_stale_files(staging)
    previous = _previous(path)  # ids published before: a note unshared or removed since is a tombstone
    records = shared_records(notes, [r["id"] for r in previous.notes] if previous else [])
    document = member_document(author, now_iso(), records, study, _next_seq(previous, after_seq))
    if key is None:
        atomic_write_json(path, document, staging=staging)
    else:  # the signed bytes as they are, so readers verify them without writing them again
        atomic_write_chunks(path, [signed_file_bytes(_as_written(document), key)], staging=staging)
    return path


def _as_written(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the others will read it (a lone surrogate written as U+FFFD): the
    signature must hold for what is in the file, not for what was in memory."""
    text = utf8_safe(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    written: dict[str, Any] = json.loads(text)
    return written


def _previous(path: Path) -> MemberFile | None:
    """This device's file as it is on disk; None when missing or damaged (rewritten whole)."""
    try:
        return parse_member_file(read_group_file(path, MAX_MEMBER_FILE_BYTES, path.name), path.parent.name)
    except (OSError, UserError, ForeignFileError, ValueError):
        return None


def _next_seq(previous: MemberFile | None, after_seq: int) -> int:
    """This write's number: the time in ms, or one past the last one when a clock is behind."""
    return max(time.time_ns() // 1_000_000, (previous.seq if previous else 0) + 1, after_seq + 1)
