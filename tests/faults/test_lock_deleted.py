"""Real processes: the data folder's lock file is deleted under a running window (a cleaner, a
sync tool, a user), and a second launch takes the folder. Only one of them may write the store:
the second's notes stay on disk, and the first says it no longer saves and keeps its own notes
in an emergency copy when it is ended.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.process import AppProcess, stored_notes
from tests.faults.test_process_faults import wait_for_notes_on_disk
from tests.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
NO_LONGER_SAVES = "no longer"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Where a window that cannot save writes its emergency copy."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def processes() -> Iterator[list[AppProcess]]:
    started: list[AppProcess] = []
    yield started
    for process in started:
        if process.process.poll() is None:
            os.kill(process.process.pid, signal.SIGCONT)
        process.kill()


def note_ids(process: AppProcess) -> set[str]:
    return {line.split()[2] for _, line in process.lines if line.startswith("added ")}


def second_launch_adds_notes(data_dir: Path, home: Path, processes: list[AppProcess]) -> set[str]:
    """With the lock gone, a second window takes the folder, adds three notes and quits."""
    (data_dir / "store.lock").unlink()
    second = AppProcess(str(data_dir), "100", "3", env={"HOME": str(home)})
    processes.append(second)
    second.wait_for("added 3")
    second.process.send_signal(signal.SIGTERM)
    assert second.finish() == 0, second.output()
    assert "store: writable" in second.output()  # it took the folder: the lock was gone
    ids = note_ids(second)
    assert ids <= {note["id"] for note in stored_notes(data_dir)}
    return ids


def assert_first_kept_off_the_store(first: AppProcess, data_dir: Path, home: Path,
                                    second_ids: set[str], store_after_second: bytes) -> None:
    first.wait_for("status: Your changes could not be saved")
    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 0, first.output()
    assert NO_LONGER_SAVES in first.output()
    assert (data_dir / "store.json").read_bytes() == store_after_second  # not one write more
    assert second_ids <= {note["id"] for note in stored_notes(data_dir)}  # the second's notes stay
    (copy,) = home.glob("jiangxin-reader-unsaved-*.json")  # and the first's are kept apart
    copied = {note["id"] for note in json.loads(copy.read_text("utf-8"))["annotations"]}
    assert note_ids(first) <= copied


def test_a_frozen_window_whose_lock_was_deleted_never_writes_again(
    data_dir: Path, home: Path, processes: list[AppProcess]
) -> None:
    first = AppProcess(str(data_dir), "100", env={"HOME": str(home)})
    processes.append(first)
    first.wait_for("added 3")
    wait_for_notes_on_disk(data_dir, 3)
    os.kill(first.process.pid, signal.SIGSTOP)
    try:
        second_ids = second_launch_adds_notes(data_dir, home, processes)
        store_after_second = (data_dir / "store.json").read_bytes()
    finally:
        os.kill(first.process.pid, signal.SIGCONT)
    count = len(first.added())
    first.wait_for(f"added {count + 3}")  # it goes on working, with its changes kept in memory
    assert_first_kept_off_the_store(first, data_dir, home, second_ids, store_after_second)


def test_an_idle_window_whose_lock_was_deleted_never_writes_again(
    data_dir: Path, home: Path, processes: list[AppProcess]
) -> None:
    first = AppProcess(str(data_dir), "100", "2", env={"HOME": str(home)})
    processes.append(first)
    first.wait_for("added 2")
    wait_for_notes_on_disk(data_dir, 2)
    wait_until(lambda: not list(data_dir.glob(".store.json.*.tmp")), 30, "the first's save to end")
    second_ids = second_launch_adds_notes(data_dir, home, processes)
    store_after_second = (data_dir / "store.json").read_bytes()
    first.process.send_signal(signal.SIGUSR1)  # the reader comes back and adds a note
    first.wait_for("added 3")
    assert_first_kept_off_the_store(first, data_dir, home, second_ids, store_after_second)


def on_disk(data_dir: Path) -> set[str]:
    try:
        return {note["id"] for note in stored_notes(data_dir)}
    except (OSError, ValueError, KeyError):
        return set()  # being replaced


def test_a_window_that_lost_its_lock_merges_its_changes_in_once_the_folder_is_free(
    data_dir: Path, home: Path, processes: list[AppProcess]
) -> None:
    """The first window's notes made while it could not save, and the second launch's notes,
    all end up in store.json: the merge waits until the second window has quit."""
    first = AppProcess(str(data_dir), "100", "2", env={"HOME": str(home)})
    processes.append(first)
    first.wait_for("added 2")
    wait_for_notes_on_disk(data_dir, 2)
    wait_until(lambda: not list(data_dir.glob(".store.json.*.tmp")), 30, "the first's save to end")
    (data_dir / "store.lock").unlink()
    second = AppProcess(str(data_dir), "100", "3", env={"HOME": str(home)})
    processes.append(second)
    second.wait_for("added 3")
    first.process.send_signal(signal.SIGUSR1)  # the first is used again: it cannot save
    first.wait_for("status: Your changes could not be saved")
    first.process.send_signal(signal.SIGUSR2)  # merge, while the second still holds the folder
    first.wait_for("merge: refused")
    second.process.send_signal(signal.SIGTERM)
    assert second.finish() == 0, second.output()
    second_ids = note_ids(second)
    assert second_ids <= on_disk(data_dir)
    first.process.send_signal(signal.SIGUSR2)  # merge, now that the folder is free
    first.wait_for("merge: done")
    wait_until(lambda: note_ids(first) | second_ids <= on_disk(data_dir), 30, "both windows' notes on disk")
    first.process.send_signal(signal.SIGUSR1)  # and it saves as the owner again
    first.wait_for("added 4")
    wait_until(lambda: note_ids(first) <= on_disk(data_dir), 30, "the next note on disk")
    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 0, first.output()
    assert note_ids(first) | second_ids == on_disk(data_dir)  # nothing lost, nothing extra
    assert not list(home.glob("jiangxin-reader-unsaved-*.json"))  # no emergency copy needed
    assert (data_dir / "store.lock").exists() is False  # the first let the folder go at quit
