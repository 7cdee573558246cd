"""Nothing of an interrupted import or write is left behind: cleaned at the next start, and a
group file's temp file never in the shared folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.group_folder import member_file_path
from app.core.notes import Author
from app.services.workspace import CLEAN_UP, Access, Folders, Workspace
from app.store import atomic
from app.store.groupfiles import create_group_folder, write_member_file

ME = Author("Alice", id="alice-id", color="#1971c2", device="alice-device")


def aged(path: Path, seconds: float = 3600) -> Path:
    stamp = time.time() - seconds
    for entry in [*path.rglob("*"), path] if path.is_dir() else [path]:
        os.utime(entry, (stamp, stamp))
    return path


def interrupted_import(data: Path) -> Path:
    staging = data / "library" / ".incoming-k9x"
    staging.mkdir(parents=True)
    (staging / "source.txt").write_bytes(b"x" * 100_000)
    return aged(staging)


@pytest.mark.parametrize("read_only", [False, True])
def test_an_interrupted_import_is_cleaned_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, read_only: bool
) -> None:
    leftover = interrupted_import(tmp_path / "data")
    workspace = Workspace(Folders(tmp_path / "data", tmp_path / "cache"),
                          Access(read_only=read_only, read_group_later=True))
    workspace.tasks.wait(CLEAN_UP)
    assert leftover.exists() == read_only  # a reader that only looks (a listing command) deletes nothing
    workspace.close()


def test_the_member_files_temp_file_is_written_outside_the_shared_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, staging = tmp_path / "shared", tmp_path / "data" / ".group-writes"
    create_group_folder(folder, "g")
    temps: list[Path] = []
    replace = atomic._replace
    monkeypatch.setattr(atomic, "_replace", lambda temp, path: (temps.append(temp), replace(temp, path)))
    path = write_member_file(folder, ME, [], staging)
    assert [temp.parent for temp in temps] == [staging]  # a kill -9 there leaves members/ clean
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_on_another_disk_the_temp_file_has_a_name_sync_tools_ignore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, staging = tmp_path / "shared", tmp_path / "elsewhere"
    create_group_folder(folder, "g")
    staging.mkdir()
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: _other_device(real_stat(self, **kw))
                        if self == staging else real_stat(self, **kw))
    temps: list[Path] = []
    replace = atomic._replace
    monkeypatch.setattr(atomic, "_replace", lambda temp, path: (temps.append(temp), replace(temp, path)))
    write_member_file(folder, ME, [], staging)
    (temp,) = temps
    assert temp.name.startswith(".syncthing.") and temp.name.endswith(".tmp")


def _other_device(info: os.stat_result) -> os.stat_result:
    fields = list(info)
    fields[2] += 1  # st_dev
    return os.stat_result(fields)


def test_leftover_temp_files_of_a_cut_short_write_go_at_the_next_write(tmp_path: Path) -> None:
    folder, staging = tmp_path / "shared", tmp_path / "data" / ".group-writes"
    create_group_folder(folder, "g")
    path = member_file_path(folder, ME.id, ME.device)
    path.parent.mkdir(parents=True)
    staging.mkdir(parents=True)
    left = [path.with_name(f".{path.name}.1a2b3c4d.tmp"),  # an older version's kill -9
            path.with_name(f".syncthing.{path.name}.1a2b3c4d.tmp"),
            staging / f"{path.name}.5e6f7a8b.tmp"]
    for temp in left:
        temp.write_bytes(b"x" * 1000)
        aged(temp)
    fresh = path.with_name(f".syncthing.{path.name}.99999999.tmp")  # another process, writing now
    fresh.write_bytes(b"x")
    write_member_file(folder, ME, [], staging)
    assert not any(temp.exists() for temp in left)
    assert fresh.exists()
