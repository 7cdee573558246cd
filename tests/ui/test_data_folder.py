"""The data folder and its lock: real causes named, stale locks taken over."""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.core.notes import new_annotation
from app.paths import DataDirError, prepare_data_dir
from app.services.instance import STALE_LOCK_MS, Acquired, InstanceGuard
from app.store import Store
from app.ui.common.quit_guard import QuitChoice
from app.ui.shell.application import StartupError, build_window
from tests.ui.conftest import WindowFactory, dialogs_of


def other_machines_lock(folder: Path, age_s: float) -> None:
    lock = folder / "store.lock"
    lock.write_text(f"4242\npython3\nanother-{socket.gethostname()}\n")
    stamp = time.time() - age_s
    os.utime(lock, (stamp, stamp))


def test_a_fresh_lock_from_another_machine_is_respected(qtbot: QtBot, data_dir: Path) -> None:
    other_machines_lock(data_dir, age_s=10)
    assert InstanceGuard(data_dir).acquire() is Acquired.HELD_BY_ANOTHER


def test_an_abandoned_lock_from_another_machine_is_taken_over(qtbot: QtBot, data_dir: Path) -> None:
    other_machines_lock(data_dir, age_s=STALE_LOCK_MS / 1000 + 60)
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    assert guard.lost_ownership() is None
    guard.release()


def test_a_save_asked_for_after_the_release_writes_nothing_and_leaves_no_lock(
        qtbot: QtBot, data_dir: Path) -> None:
    """At a logout a dialog left open ends after the window let go of the folder: what it asks to
    save is refused, and no lock file is put back to hold the next start read-only."""
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    guard.release()
    assert not (data_dir / "store.lock").exists()
    assert guard.lost_ownership() is not None and not guard.owns_lock()
    assert not (data_dir / "store.lock").exists()
    assert InstanceGuard(data_dir).acquire() is Acquired.OWNER  # the next start owns the folder


@pytest.mark.parametrize(("error", "cause"), [
    (errno.EACCES, "permission denied"), (errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full")])
def test_an_unwritable_folder_names_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, cause: str
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(paths.tempfile, "TemporaryFile", refuse)
    with pytest.raises(DataDirError, match=cause):
        prepare_data_dir(tmp_path / "data")


def test_a_folder_that_cannot_be_created_names_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(DataDirError, match="cannot be created: permission denied"):
        prepare_data_dir(tmp_path / "data")


def test_the_window_refuses_an_unusable_folder_without_blaming_another_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file")
    with pytest.raises(StartupError, match="in the way") as raised:
        build_window(argparse.Namespace(data_dir=str(blocker), smoke=False, open=None))
    assert "Another" not in str(raised.value)


def test_a_real_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions do not apply")
        with pytest.raises(DataDirError, match="permission denied"):
            prepare_data_dir(folder)
    finally:
        folder.chmod(0o700)


def test_a_deleted_lock_is_lost_for_good_and_never_put_back(qtbot: QtBot, data_dir: Path) -> None:
    first = InstanceGuard(data_dir)
    assert first.acquire() is Acquired.OWNER
    (data_dir / "store.lock").unlink()
    assert first.lost_ownership() is not None
    assert not (data_dir / "store.lock").exists()  # an old owner does not re-create it
    second = InstanceGuard(data_dir)
    assert second.acquire() is Acquired.OWNER
    assert first.lost_ownership() is not None and not first.owns_lock()  # still lost
    first.release()
    assert second.owns_lock()  # the first let go without deleting the second's lock
    second.release()


def test_a_lost_lock_is_taken_back_only_once_nobody_holds_the_folder(qtbot: QtBot, data_dir: Path) -> None:
    first = InstanceGuard(data_dir)
    assert first.acquire() is Acquired.OWNER
    (data_dir / "store.lock").unlink()
    assert first.lost_ownership() is not None
    second = InstanceGuard(data_dir)
    assert second.acquire() is Acquired.OWNER
    assert first.take_back() is Acquired.HELD_BY_ANOTHER  # the second launch writes: not yet
    assert first.lost_ownership() is not None and second.owns_lock()
    second.release()
    assert first.take_back() is Acquired.OWNER
    assert first.lost_ownership() is None and first.owns_lock()
    assert InstanceGuard(data_dir).acquire() is Acquired.HELD_BY_ANOTHER  # one writer again
    first.release()
    assert not (data_dir / "store.lock").exists()


def test_a_lock_replaced_by_an_identical_copy_is_not_ours(qtbot: QtBot, data_dir: Path) -> None:
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    lock = data_dir / "store.lock"
    contents = lock.read_bytes()
    lock.unlink()
    lock.write_bytes(contents)  # a sync tool restoring the file: another file all the same
    assert not guard.owns_lock()
    guard.release()


def test_a_read_only_data_folder_opens_read_only_and_offers_a_copy_at_quit(
    qtbot: QtBot, open_window: WindowFactory, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(data_dir).save()
    before = (data_dir / "store.json").read_bytes()

    def read_only_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(paths.tempfile, "TemporaryFile", read_only_disk)
    window = open_window()
    assert window.reading.keeper.read_only and window.instance_guard is None
    assert any("disk is read-only" in str(m) and "read-only" in str(m) for m in window.startup_messages)
    essay = window.reading.current
    assert essay is not None
    note = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="me", note="kept")
    window.notes_ui.notes.add_annotation(note, "add")
    dialogs = dialogs_of(window)
    dialogs.answers["unsaved_changes"] = [QuitChoice.SAVE_COPY]
    dialogs.answers["save_path"] = [tmp_path / "copy.json"]
    assert window.prepare_to_quit(interactive=True)
    assert dialogs.kinds().count("unsaved_changes") == 1  # asked, not lost silently
    copied = json.loads((tmp_path / "copy.json").read_text("utf-8"))["annotations"]
    assert [n["note"] for n in copied] == ["kept"]
    assert (data_dir / "store.json").read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_in_place_of_the_lock_is_not_ours_and_never_blocks(qtbot: QtBot, data_dir: Path) -> None:
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    (data_dir / "store.lock").unlink()
    os.mkfifo(data_dir / "store.lock")
    assert not guard.owns_lock()
    assert guard.lost_ownership() is not None
    guard.release()
