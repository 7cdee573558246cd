"""Real processes on a large store, whose notes the window reads after its first frame: a quit,
a signal or kill -9 while they load loses none of them, and a note made meanwhile is kept."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.library import Library
from tests.faults.process import AppProcess, stored_notes
from tests.ui.test_notes_later import write_large_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

NOTES = 20_000  # about 13 MB: its notes take the window a second or more to read


@pytest.fixture
def large_store(data_dir: Path, library: Library) -> Path:
    write_large_store(data_dir, library, NOTES)
    return data_dir


@pytest.fixture
def processes() -> Iterator[list[AppProcess]]:
    started: list[AppProcess] = []
    yield started
    for process in started:
        process.kill()


def made_ids(app: AppProcess) -> list[str]:
    return [line.split()[2] for _when, line in app.lines if line.startswith("added ")]


def test_a_quit_while_the_notes_load_saves_them_all_with_the_new_one(
        large_store: Path, processes: list[AppProcess]) -> None:
    app = AppProcess(str(large_store), "20", "1", "quit")
    processes.append(app)
    app.wait_for("quit")
    assert app.finish() == 0, app.output()
    ids = [note["id"] for note in stored_notes(large_store)]
    assert len(ids) == NOTES + 1 and made_ids(app)[0] in ids
    assert "Traceback" not in app.output()


def test_a_signal_while_the_notes_load_saves_them_all(large_store: Path, processes: list[AppProcess]) -> None:
    app = AppProcess(str(large_store), "20")
    processes.append(app)
    app.wait_for("added 1")
    app.process.send_signal(signal.SIGTERM)
    assert app.finish() == 0, app.output()
    ids = {note["id"] for note in stored_notes(large_store)}
    assert len(ids) == NOTES + len(made_ids(app)) and set(made_ids(app)) <= ids
    assert "Traceback" not in app.output()


def test_kill_9_while_the_notes_load_leaves_the_store_whole(
        large_store: Path, processes: list[AppProcess]) -> None:
    before = (large_store / "store.json").read_bytes()
    app = AppProcess(str(large_store), "20")
    processes.append(app)
    app.wait_for("status: Loading notes…")  # the background read has begun
    app.wait_for("added 1")
    app.process.kill()
    assert app.finish() == -signal.SIGKILL, app.output()
    after = (large_store / "store.json").read_bytes()
    assert after == before or len(stored_notes(large_store)) >= NOTES  # nothing saved without them
    assert not list(large_store.glob("store.json.corrupt-*"))
