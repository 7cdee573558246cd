"""This device's own file in the group folder, written in the worker: the notes it shares, its
study records, signed; or every shared note of ours taken back when leaving with them.

Loaded with the group service's first write (a reader in no group never writes one).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.core.group_replay import OwnFile, OwnState
from app.core.merge import Record
from app.core.messages import Message
from app.core.notes import Author, later_stamp
from app.core.signing import DeviceKey
from app.core.study import withdrawn
from app.services.group_notices import NOT_WRITABLE, SHARED_ON_RETURN, service_message
from app.store.groupfiles import GROUP_STAGING, GroupFolderAway, write_member_file

log = logging.getLogger(__name__)


def write_own_file(folder: Path, me: Author, records: list[dict[str, object]],
                   data_folder: Path, key: DeviceKey, *, study: list[Record] | None = None,
                   after_seq: int = 0) -> tuple[Message | None, OwnState | None]:
    """In the worker: this device's file written and signed (its temp file in the data folder's
    staging folder), and what it holds now; else the notice saying why not."""
    try:
        path = write_member_file(folder, me, records, data_folder / GROUP_STAGING, key, study=study,
                                 after_seq=after_seq)
    except GroupFolderAway:  # a share away, a stick out: shared on return
        return service_message(SHARED_ON_RETURN), None
    except OSError as error:
        log.warning("writing the group file failed: %s", error)
        return service_message(NOT_WRITABLE, reason=str(error.strerror or error)), None
    return None, OwnFile(path).state()


def withdraw_own_file(folder: Path, me: Author, records: list[dict[str, Any]], *,
                      study: tuple[Record, ...], data_folder: Path, key: DeviceKey) -> Message | None:
    """Our file with every shared note and study record of ours as a tombstone (the store keeps
    the notes); the notice saying why not, if it could not be written."""
    gone = [{**r, "deleted": r.get("deleted") or later_stamp(r["modified"])} for r in records]
    problem, _written = write_own_file(folder, me, gone, data_folder, key,
                                       study=[withdrawn(r) for r in study if r.get("deleted") is None])
    return problem


def last_seq(written: object) -> int:
    """The number of our last write, as the group section holds it (type-checked)."""
    return written[0] if isinstance(written, list) and written and type(written[0]) is int else 0
