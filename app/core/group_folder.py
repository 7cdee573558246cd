"""The group folder's layout and its files, read safely: group.json, members/ and essays/.

Everything in the folder is other people's input: it is looked at with `lstat` first (regular
files only, never a link, a pipe or a device, nothing outside the folder) and read within a limit.
`app.core.group` reads and merges the member files found here.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.file_names import is_temporary
from app.core.group_error import GroupError
from app.core.member_file import MAX_ID_CHARS, MAX_NAME_CHARS, group_message
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError

GROUP_FILE = "group.json"
MEMBERS_DIR = "members"
GROUP_FORMAT = "jiangxin-reader-group"
# Limits on what anyone can put in the folder: past them a file or note is set aside, with a notice.
MAX_GROUP_FILE_BYTES = 64 * 1024
MAX_MEMBER_FILE_BYTES = 32 * 1024 * 1024  # about 60,000 notes
MAX_FILES_PER_AUTHOR = 32  # devices and conflict copies: a member has a handful
MAX_READ_BYTES = 256 * 1024 * 1024  # all member files of one read together
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# Names sync tools give files still arriving, and caches: never read as notes.
_CONFLICT = re.compile(
    r"""\.sync-conflict-\d{8}-\d{6}        # Syncthing
        |\ \([^()]*conflicted\ copy[^()]*\)  # Dropbox, Nextcloud/ownCloud
        |_conflict-\d{8}-\d{6}              # older ownCloud
        |\ \(\d+\)$                          # Google Drive, browsers: name (1)
    """, re.VERBOSE | re.IGNORECASE)


# What the group folder tells the user, in English here and translated in the window.
NOT_A_GROUP = QT_TRANSLATE_NOOP("Group", "{folder} is not a group folder (it has no {file}).")
UNREADABLE_GROUP = QT_TRANSLATE_NOOP("Group", "The group file {file} could not be read ({reason}).")
NO_GROUP_ID = QT_TRANSLATE_NOOP("Group", "The group file {file} has no group id.")
ALREADY_A_GROUP = QT_TRANSLATE_NOOP("Group", "{folder} is already a group folder; join it instead.")
CANNOT_CREATE = QT_TRANSLATE_NOOP("Group", "{folder} could not be made a group folder ({reason}).")
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Group", "{file} is not a regular file (a link, device, pipe or folder); it is not read.")
TOO_BIG = QT_TRANSLATE_NOOP("Group", "{file} is larger than {limit} KB; it is not read.")
TOO_MANY_FILES = QT_TRANSLATE_NOOP(
    "Group", "members/{author} holds {count} notes files, more than {limit}: the others are not read.")
OVER_BUDGET = QT_TRANSLATE_NOOP(
    "Group", "The group's notes files are larger than {limit} MB together: {count} were not read.")


@dataclass(frozen=True)
class GroupInfo:
    """What group.json says: the id every member derives essay ids from, and a name."""

    id: str
    name: str
    created: str
    creator: str = ""  # the author id of who made the group: its facilitator by default

    def to_json(self) -> dict[str, Any]:
        return {"format": GROUP_FORMAT, "version": 1, "id": self.id, "name": self.name,
                "created": self.created, **({"creator": self.creator} if self.creator else {})}


def read_group_info(folder: Path) -> GroupInfo:
    """The group of `folder`, or GroupError in plain words."""
    path = folder / GROUP_FILE
    try:
        data = json.loads(read_group_file(path, MAX_GROUP_FILE_BYTES, GROUP_FILE).decode("utf-8"))
    except FileNotFoundError:
        raise GroupError(group_message(NOT_A_GROUP, folder=str(folder), file=GROUP_FILE)) from None
    except GroupFileError as error:
        raise GroupError(error.message) from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise GroupError(group_message(UNREADABLE_GROUP, file=str(path), reason=str(error))) from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
        raise GroupError(group_message(NO_GROUP_ID, file=str(path)))
    creator = data.get("creator")
    return GroupInfo(data["id"], _text_field(data, "name"), _text_field(data, "created"),
                     creator if isinstance(creator, str) and len(creator) <= MAX_ID_CHARS else "")


def _text_field(data: dict[str, Any], key: str) -> str:
    """A short text field of a header; anything else (a list, a number, a long text) is ignored."""
    value = data.get(key)
    return value if isinstance(value, str) and len(value) <= MAX_NAME_CHARS else ""


class GroupFileError(UserError):
    """A file in the group folder that is not read at all: a link, a device, or too large."""


def read_group_file(path: Path, limit: int, shown: str) -> bytes:
    """The bytes of a regular file in the group folder, looked at with lstat first: a symbolic
    link (to a system file or device), a pipe or a device is never opened; nor a file over `limit`.
    FileNotFoundError when it is not there."""
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        raise GroupFileError(group_message(NOT_REGULAR, file=shown))
    if info.st_size > limit:
        raise GroupFileError(group_message(TOO_BIG, file=shown, limit=limit // 1024))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # no link followed, no pipe waited on, should it be swapped after lstat
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise GroupFileError(group_message(NOT_REGULAR, file=shown))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise GroupFileError(group_message(TOO_BIG, file=shown, limit=limit // 1024))
    return data


def is_plain_folder(path: Path) -> bool:
    """A real folder (lstat): a symbolic link to a folder elsewhere is not part of the group."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def is_reachable(folder: Path) -> bool:
    """The group folder is there (not a share away or a stick out): it holds group.json and members/."""
    return (folder / GROUP_FILE).is_file() and is_plain_folder(folder / MEMBERS_DIR)


def member_file_path(folder: Path, author_id: str, device: str) -> Path:
    return folder / MEMBERS_DIR / author_id / f"{device}.json"


def is_author_folder(path: Path) -> bool:
    """members/<author-id>/: a real folder (no link) whose name can be an author id."""
    name = path.name
    return (not is_temporary(name) and len(name) <= MAX_ID_CHARS and not _CONTROL.search(name)
            and is_plain_folder(path))


def is_conflict_copy(name: str) -> bool:
    """A copy a sync tool left when two versions of one file met; read and merged like the rest."""
    stem = name[:-5] if name.lower().endswith(".json") else name
    return bool(_CONFLICT.search(stem))


def member_file_paths(folder: Path) -> tuple[list[Path], bool]:
    """Every notes file under members/, conflict copies included, temporary files left out; and
    whether every folder could be listed (a flaky share may hide some files for a while)."""
    members = folder / MEMBERS_DIR
    if not is_plain_folder(members):
        return [], False
    try:
        authors = [p for p in members.iterdir() if is_author_folder(p)]
    except OSError:
        return [], False
    paths: list[Path] = []
    complete = True
    for author in sorted(authors):
        try:
            paths += sorted(p for p in author.iterdir()
                            if p.name.lower().endswith(".json") and not is_temporary(p.name))
        except OSError:
            complete = False
    return paths, complete


def capped(paths: list[Path], known: Collection[Path]) -> tuple[list[Path], list[Message]]:
    """At most MAX_FILES_PER_AUTHOR files of each author, those read before first, then each
    device's own file before conflict copies (files anyone could add never crowd them out);
    the files to read in that order too, so a byte budget is spent on them first."""
    by_author: dict[Path, list[Path]] = {}
    for path in paths:
        by_author.setdefault(path.parent, []).append(path)
    kept: list[Path] = []
    notices: list[Message] = []
    for author, files in by_author.items():
        files.sort(key=lambda p: (p not in known, is_conflict_copy(p.name), p.name))
        kept += files[:MAX_FILES_PER_AUTHOR]
        if len(files) > MAX_FILES_PER_AUTHOR:
            notices.append(group_message(TOO_MANY_FILES, author=author.name, count=len(files),
                                         limit=MAX_FILES_PER_AUTHOR))
    kept.sort(key=lambda p: p not in known)  # stable: by author and name within each part
    return kept, notices
