"""A copy of the group's member files in the data folder, for the times the group folder is out of
reach (a network share away from the office, an unplugged USB stick): the reader still shows
everyone's notes as they were last seen, and says so.

The copy has the group folder's layout (members/<author>/<device>.json), so the same GroupReader
reads it. Only files that changed since the last copy are copied; files gone from the group folder
go from the copy. It holds other members' notes only: this device's own notes live in its store.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from app.core.group import Stamp
from app.core.group_folder import MAX_MEMBER_FILE_BYTES, MEMBERS_DIR, GroupFileError, read_group_file
from app.store.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

COPY_DIR = "group-copy"


class GroupCopy:
    """The last-seen member files of one group, kept under the data folder."""

    def __init__(self, data_folder: Path, group_id: str) -> None:
        self.root = data_folder / COPY_DIR / _safe(group_id)
        self._stamps: dict[Path, tuple[int, int]] = {}  # group folder file → stamp when copied
        self._removed = False  # the member left: a copy still being written is taken away too

    def keep(self, folder: Path, sources: dict[Path, Stamp | None], complete: bool = True) -> None:
        """Copy the whole files that changed since last time (a half-synced one keeps its last
        whole copy); drop the copies of files that are gone, but only after a listing of every
        member folder (`complete`): a folder a flaky share hid for a moment keeps its copies.
        A failure (a full disk) leaves the previous copy and is logged: the group folder is the
        truth, the copy only a fallback."""
        try:
            for path, stamp in sources.items():
                if self._removed:
                    break
                if stamp is not None and self._stamps.get(path) != stamp:
                    self._copy(folder, path, stamp)
            if complete and not self._removed:
                self._drop_others({self._target(folder, p) for p in sources})
        except OSError as error:
            log.warning("the offline copy of the group's notes could not be updated: %s", error)
        if self._removed:  # left while this ran (on another thread): what it wrote goes too
            shutil.rmtree(self.root, ignore_errors=True)

    def _copy(self, folder: Path, path: Path, stamp: Stamp) -> None:
        """Copy the version that was read whole: one that changed since (arriving now) waits."""
        try:  # as the reader reads: no link followed, no pipe waited on, nothing over the limit
            data = read_group_file(path, MAX_MEMBER_FILE_BYTES, path.name)
        except GroupFileError:
            return
        status = path.lstat()
        if (status.st_mtime_ns, status.st_size) != stamp:
            return
        target = self._target(folder, path)
        if not _holds(target, data):  # at each start the copy is mostly up to date already
            atomic_write_bytes(target, data, private=True)
        self._stamps[path] = stamp

    def _target(self, folder: Path, path: Path) -> Path:
        return self.root / path.relative_to(folder)

    def _drop_others(self, wanted: set[Path]) -> None:
        members = self.root / MEMBERS_DIR
        if not members.is_dir():
            return
        for author in members.iterdir():
            for copy in author.iterdir() if author.is_dir() else ():
                if copy not in wanted:
                    copy.unlink()

    def remove(self) -> None:
        """Leaving the group: others' notes are not kept (own notes stay in the store). Safe while
        `keep` runs on the group's worker: it stops and removes what it wrote."""
        self._removed = True
        shutil.rmtree(self.root, ignore_errors=True)


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def _safe(group_id: str) -> str:
    """A group id as one folder name, whatever a hand-edited group.json says."""
    cleaned = "".join(c for c in group_id if c.isalnum() or c in "-_")
    return cleaned[:64] or "group"
