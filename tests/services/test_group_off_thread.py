"""The group folder may be a slow or hung network share: the window's thread never reads it, and
the group id joined stays pinned whatever group.json later says."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.messages import Message
from app.services.workspace import Access, Folders, Workspace


def joined_workspace(data: Path, folder: Path) -> Workspace:
    workspace = Workspace(Folders(data, data / "cache"), Access(read_group_later=True))
    workspace.group.create(folder, "讀書會", "Alice")
    return workspace


def reopen(data: Path) -> Workspace:
    return Workspace(Folders(data, data / "cache"), Access(read_group_later=True))


def test_a_hung_group_json_never_holds_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    data, folder = tmp_path / "data", tmp_path / "shared"
    first = joined_workspace(data, folder)
    group_id = first.group.info.id if first.group.info else ""
    assert first.close()
    (folder / "group.json").unlink()
    os.mkfifo(folder / "group.json")  # opening it to read blocks forever: a hung share
    started = time.monotonic()
    workspace = reopen(data)  # (it used to read group.json here, on the window's thread)
    workspace.group.refresh()
    assert time.monotonic() - started < 5
    assert workspace.group.info is not None and workspace.group.info.id == group_id  # as joined
    assert workspace.library.collections  # the reader has its library meanwhile
    workspace.group.wait()  # the worker never opens a FIFO either: not a regular file
    assert workspace.group.snapshot is not None and not workspace.group.snapshot.reachable
    assert workspace.close()


def test_a_changed_group_id_is_told_not_followed(qtbot: QtBot, tmp_path: Path) -> None:
    data, folder = tmp_path / "data", tmp_path / "shared"
    first = joined_workspace(data, folder)
    info = first.group.info
    assert info is not None and first.close()
    document = json.loads((folder / "group.json").read_text(encoding="utf-8"))
    (folder / "group.json").write_text(json.dumps({**document, "id": "someone-elses"}), encoding="utf-8")
    workspace = reopen(data)
    told: list[Message] = []
    workspace.group.notice.connect(told.append)
    workspace.read_group_now()
    assert workspace.group.info is not None and workspace.group.info.id == info.id
    assert any("now names another group" in str(m) for m in told)
    assert [c.id for c in workspace.library.collections if c.id.startswith("g-")] == []  # no essays yet
    assert workspace.close()
