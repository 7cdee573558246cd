"""Real processes: signals, kill -9 while notes keep coming, two instances, unusable folders.

Each test runs the app as `python -m app` would (offscreen) and checks store.json afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.process import AppProcess, stored_notes
from tests.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def processes() -> Iterator[list[AppProcess]]:
    started: list[AppProcess] = []
    yield started
    for process in started:
        process.kill()


def start(processes: list[AppProcess], *args: str, **kwargs: Any) -> AppProcess:
    process = AppProcess(*args, **kwargs)
    processes.append(process)
    return process


def wait_for_notes_on_disk(folder: Path, count: int, timeout: float = 30) -> None:
    def written() -> bool:
        try:
            return len(stored_notes(folder)) >= count
        except (OSError, ValueError, KeyError):
            return False  # not written yet

    wait_until(written, timeout, f"{count} notes reaching the disk")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_saves_every_note_and_exits_cleanly(
    data_dir: Path, processes: list[AppProcess], number: int
) -> None:
    app = start(processes, str(data_dir), "100")
    app.wait_for("added 5")
    app.process.send_signal(number)
    assert app.finish() == 0, app.output()
    last = app.added()[-1][1]
    assert len(stored_notes(data_dir)) == last  # even the note added just before the signal
    assert "Traceback" not in app.output()


def test_quit_ends_the_process_with_every_note_saved(data_dir: Path, processes: list[AppProcess]) -> None:
    """Issue 21: the window closed at once but its process stayed up to 2 s, and a second launch
    meanwhile was handed to the dying instance. The word worker is likely still cutting now."""
    app = start(processes, str(data_dir), "100", "3", "quit")
    app.wait_for("quit")
    asked = app.lines[-1][0]
    assert app.finish() == 0, app.output()
    print(f"process gone {time.monotonic() - asked:.3f} s after Quit")
    assert len(stored_notes(data_dir)) == 3
    assert "Traceback" not in app.output()


def test_kill_9_while_notes_keep_coming_loses_at_most_the_last_second(
    data_dir: Path, processes: list[AppProcess]
) -> None:
    app = start(processes, str(data_dir), "150")  # a note every 150 ms starves a plain debounce
    app.wait_for("added 20")
    app.process.kill()
    killed = time.monotonic()
    assert app.finish() == -signal.SIGKILL, app.output()
    # What the window held more than a second (plus a margin for a busy machine) before the
    # kill is on disk, and the file is whole.
    settled = [count for when, count in app.added() if when < killed - 1.5]
    assert settled, app.output()
    assert len(stored_notes(data_dir)) >= settled[-1]


def test_a_lock_left_by_a_killed_process_is_taken_over(
    data_dir: Path, processes: list[AppProcess]
) -> None:
    first = start(processes, str(data_dir), "200")
    first.wait_for("added 2")
    wait_for_notes_on_disk(data_dir, 2)
    first.process.kill()
    assert first.finish() == -signal.SIGKILL, first.output()
    assert (data_dir / "store.lock").exists()
    second = start(processes, str(data_dir), "100")
    second.wait_for("added 3")
    second.process.send_signal(signal.SIGTERM)
    assert second.finish() == 0, second.output()
    assert "store: writable" in second.output()  # the stale lock was taken over, not obeyed
    assert "message box:" not in second.output()
    assert len(stored_notes(data_dir)) >= 2 + 3  # the first run's notes and the second's


def test_a_second_launch_hands_over_to_the_first(data_dir: Path, processes: list[AppProcess]) -> None:
    first = start(processes, str(data_dir), "100000")
    first.wait_for("started")
    first_ready_marker = data_dir / "store.lock"
    wait_until(first_ready_marker.exists, 60, "the first window taking the lock")
    second = start(processes, "--data-dir", str(data_dir), module="app")
    assert second.finish() == 0, second.output()
    assert "it has been brought forward" in second.output()
    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 0, first.output()


def test_a_frozen_first_window_is_not_claimed_to_be_brought_forward(
    data_dir: Path, processes: list[AppProcess]
) -> None:
    first = start(processes, str(data_dir), "100")
    first.wait_for("added 1")
    wait_for_notes_on_disk(data_dir, 1)
    os.kill(first.process.pid, signal.SIGSTOP)
    try:
        before = (data_dir / "store.json").read_bytes()  # the first cannot write while stopped
        second = start(processes, str(data_dir), "100")
        second.wait_for("added 1")
        second.wait_for("message box:")  # the read-only window says why
        second.process.send_signal(signal.SIGTERM)
        code = second.finish()
        after = (data_dir / "store.json").read_bytes()
    finally:
        os.kill(first.process.pid, signal.SIGCONT)
    output = second.output()
    assert code == 0, output  # a read-only window that ran and quit, not a failed start
    assert "brought forward" not in output
    assert "store: read-only" in output
    assert "did not answer" in output and "This window is read-only" in output
    assert after == before  # the read-only window wrote nothing over the first's notes
    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 0, first.output()
    assert len(stored_notes(data_dir)) == first.added()[-1][1]  # and the first lost none


def test_an_unusable_data_folder_is_named_not_blamed_on_another_window(
    tmp_path: Path, processes: list[AppProcess]
) -> None:
    (tmp_path / "in-the-way").write_text("a file, not a folder")
    folder = tmp_path / "in-the-way"
    app = start(processes, str(folder), "100")
    code = app.finish()
    output = app.output()
    assert code == 2, output  # run_gui's answer to a StartupError
    assert "in the way" in output and "message box:" in output
    assert "Traceback" not in output and "Another Jiangxin Reader" not in output


@pytest.fixture
def x_display() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A private X server the test can pull away from under the app."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    yield f":{number}", server
    server.kill()
    server.wait(10)


def test_the_display_going_away_saves_first(
    data_dir: Path, processes: list[AppProcess], x_display: tuple[str, subprocess.Popen[bytes]]
) -> None:
    display, server = x_display
    app = start(processes, str(data_dir), "100", env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    app.wait_for("added 5")
    server.kill()
    app.finish()
    assert "connection broke" in app.output()
    assert len(stored_notes(data_dir)) == app.added()[-1][1]
