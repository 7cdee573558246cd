"""Old and missing member files: a copy of a member's earlier file put back over the current one
(a replay, bringing back notes they deleted), or their file deleted (hiding all their notes).

Each device numbers its writes (`seq`, signed with the file). The reader keeps, in its own store,
the highest number it believed for each (author, device): a file numbered lower is not believed
and its last believed version stays shown; a device's file that is gone keeps its last believed
notes shown. Each is told. The device that owns the file writes it again when it sees either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.core.group_folder import MAX_MEMBER_FILE_BYTES, read_group_file
from app.core.hashing import sha256_hex
from app.core.member_file import MemberFile, sequence_of
from app.core.messages import QT_TRANSLATE_NOOP, UserError

REPLAYED = QT_TRANSLATE_NOOP(
    "Group", "{file} is older than a version of it already read (someone put an old copy back): "
    "it is not believed; its last believed notes are shown.")
FILE_GONE = QT_TRANSLATE_NOOP(
    "Group", "{file} is gone from the group folder: its last believed notes are still shown.")

Seqs = Mapping[str, int]  # "<author id>/<device>" → the highest write number believed


def device_of(member: MemberFile) -> str:
    return f"{member.author_id}/{member.device}"


def is_replay(member: MemberFile, seqs: Seqs) -> bool:
    return member.seq < seqs.get(device_of(member), 0)


def superseded(member: MemberFile, others: Iterable[MemberFile], seqs: Seqs) -> bool:
    """Another file of the same device is current (a sync tool's conflict copy left behind an
    older version, which the newer one replaces whole): no one put an old copy back."""
    device = device_of(member)
    return any(device_of(o) == device and o.seq >= seqs.get(device, 0) and o is not member for o in others)


def highest(files: Iterable[MemberFile], seqs: Seqs) -> dict[str, int]:
    """The write numbers to keep after a read: never lower than those kept before."""
    out = dict(seqs)
    for member in files:
        out[device_of(member)] = max(member.seq, out.get(device_of(member), 0))
    return out


def gone(seqs: Seqs, present: Iterable[MemberFile], me_device: str) -> list[tuple[str, str]]:
    """(author, device) of every device believed before whose file is not in the folder now."""
    here = {device_of(m) for m in present} | {me_device}
    return [(key.split("/", 1)[0], key.split("/", 1)[1]) for key in seqs if key not in here and "/" in key]


OwnState = tuple[int, str]  # this device's file on disk: (write number, digest of its bytes)


class OwnFile:
    """This device's own file as it is on disk, looked at again only when its stamp changes:
    the device writes it again when it is gone, older or changed (see GroupService)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[tuple[int, int], OwnState | None] | None = None

    def state(self) -> OwnState | None:
        """None: the file is gone, not a regular file, or not a notes file."""
        try:
            status = self.path.lstat()
        except OSError:
            return None
        stamp = (status.st_mtime_ns, status.st_size)
        if self._seen is None or self._seen[0] != stamp:
            self._seen = stamp, _state_of(self.path)
        return self._seen[1]


def _state_of(path: Path) -> OwnState | None:
    try:
        raw = read_group_file(path, MAX_MEMBER_FILE_BYTES, path.name)
        data = json.loads(raw)
    except (OSError, ValueError, UserError, RecursionError):
        return None
    return (sequence_of(data), sha256_hex(raw)) if isinstance(data, dict) else None
