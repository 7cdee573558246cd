"""The group folder, written: group.json once, and this device's own notes file, atomically.

A device never writes another member's file (nor another device's): the only file it replaces
is members/<its author id>/<its device id>.json. See app.core.group for the layout and reading.
"""

from __future__ import annotations

import errno
import json
import uuid
from pathlib import Path
from typing import Any

from app.core.group import (
    ALREADY_A_GROUP,
    CANNOT_CREATE,
    ESSAYS_DIR,
    MEMBERS_DIR,
    GroupError,
    GroupInfo,
    MemberFileError,
    group_message,
    is_reachable,
    member_document,
    member_file_path,
    parse_member_file,
    read_group_info,
    shared_records,
)
from app.core.notes import Author, member_color, now_iso
from app.store.atomic import atomic_write_json
from app.store.group_copy import GroupCopy
from app.store.store import Store


def create_group_folder(folder: Path, name: str) -> GroupInfo:
    """Make `folder` a group folder (it may exist and hold files; an existing group is refused)."""
    if (folder / "group.json").exists():
        raise GroupError(group_message(ALREADY_A_GROUP, folder=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ESSAYS_DIR).mkdir(exist_ok=True)
        (folder / MEMBERS_DIR).mkdir(exist_ok=True)
        info = GroupInfo(str(uuid.uuid4()), name.strip(), now_iso())
        atomic_write_json(folder / "group.json", info.to_json())
    except OSError as error:
        raise GroupError(group_message(CANNOT_CREATE, folder=str(folder), reason=str(error.strerror or error))
                         ) from None
    return info


def store_author(store: Store, name: str | None = None) -> Author:
    """This device's author: ids made once (older stores gain them here), `name` saved if given."""
    profile = store.profile
    if name is not None and name.strip():
        profile["display_name"] = name.strip()
    author_id = profile.setdefault("author_id", str(uuid.uuid4()))
    color = profile.setdefault("color", member_color(author_id))
    device = profile.setdefault("device_id", str(uuid.uuid4()))
    return Author(str(profile.get("display_name") or ""), author_id, color, device)


def join_group(store: Store, folder: Path, name: str) -> GroupInfo:
    """Record in the store that this device reads and writes the group in `folder`."""
    info = read_group_info(folder)
    author = store_author(store, name)
    store.data["group"] = {"folder": str(folder.resolve()), "id": info.id, "name": info.name,
                           "joined": now_iso()}
    (folder / MEMBERS_DIR / author.id).mkdir(parents=True, exist_ok=True)
    return info


def joined_folder(store: Store) -> Path | None:
    """The group folder this store belongs to, if any."""
    group = store.data.get("group")
    if isinstance(group, dict) and isinstance(group.get("folder"), str):
        return Path(group["folder"])
    return None


def leave_group(store: Store) -> None:
    """Forget the group; the member's own notes stay in the store (shared ones stay shared there),
    the copy of the others' files goes."""
    copy = group_copy(store)
    store.data.pop("group", None)
    if copy is not None:
        copy.remove()


def group_copy(store: Store) -> GroupCopy | None:
    """Where this store keeps the copy of its group's member files (None outside a group)."""
    group = store.data.get("group")
    if isinstance(group, dict) and isinstance(group.get("id"), str):
        return GroupCopy(store.folder, group["id"])
    return None


class GroupFolderAway(FileNotFoundError):
    """The group folder is out of reach: the own file waits until it is back."""


def write_member_file(folder: Path, author: Author, notes: list[dict[str, Any]]) -> Path:
    """Publish this device's shared notes (and tombstones) to its own file, atomically.

    Never makes the group folder itself: one out of reach (a share not mounted, a stick not
    plugged in) would otherwise be made anew on the local disk, where the others never see it."""
    if not is_reachable(folder):
        raise GroupFolderAway(errno.ENOENT, "the group folder is out of reach", str(folder))
    path = member_file_path(folder, author.id, author.device)
    records = shared_records(notes, _published_ids(path))
    atomic_write_json(path, member_document(author, now_iso(), records))
    return path


def _published_ids(path: Path) -> list[str]:
    """Ids this device published before: a note unshared or removed since becomes a tombstone."""
    try:
        return [r["id"] for r in parse_member_file(path.read_bytes(), path.parent.name).notes]
    except FileNotFoundError:
        return []
    except (OSError, MemberFileError, json.JSONDecodeError):
        return []  # our own file, damaged on disk: rewritten whole below
