"""Files swapped or replaced between a look and a read: a pipe, a link, a half-imported module.
Nothing hangs, nothing outside the folder is read (real files, pipes and a real process)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import essay_folder
from app.core.essay_folder import load_library
from app.core.group import GroupReader
from app.store.device_key import KEY_FILE, load_device_key
from app.store.group_copy import GroupCopy
from tests.group_hostile.hostile import ALICE, group_folder, note, now, publish

posix = pytest.mark.skipif(os.name == "nt", reason="links and pipes as on POSIX")


def ends_within(seconds: float, work: Callable[[], object]) -> bool:
    """Run `work` on a thread; whether it ended in time (one stuck opening a pipe never does)."""
    done = threading.Event()

    def run() -> None:
        work()
        done.set()
    threading.Thread(target=run, daemon=True).start()
    return done.wait(seconds)


@posix
def test_a_pipe_swapped_in_after_the_read_does_not_hang_the_offline_copy(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    path = publish(folder, ALICE, [note(ALICE)])
    snapshot = GroupReader(folder).read(now())
    path.unlink()
    os.mkfifo(path)  # the stamp the reader saw no longer matches: nothing is copied, nothing waits
    copy = GroupCopy(tmp_path / "data", "g")
    assert ends_within(5, lambda: copy.keep(folder, snapshot.sources))
    assert not (copy.root / "members" / ALICE.id / path.name).exists()
    assert ends_within(5, lambda: GroupReader(folder).read(now()))


@posix
def test_a_pipe_for_the_device_key_neither_hangs_nor_stops_signing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / KEY_FILE)
    keys: list[object] = []
    assert ends_within(5, lambda: keys.append(load_device_key(data, "desk", ALICE.id)))
    assert keys and (data / KEY_FILE).is_file()  # a real key file in the pipe's place
    assert load_device_key(data, "desk", ALICE.id) == keys[0]  # and kept from then on


@posix
def test_a_group_essay_swapped_for_a_link_after_listing_is_not_read(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    essays = group_folder(tmp_path) / "essays"
    outside = tmp_path / "secret.txt"
    outside.write_text("秘密\n\n不可見的內容。\n", encoding="utf-8")
    listed = essays / "第一週.txt"
    listed.symlink_to(outside)  # listed as a file, a link by the time it is opened
    monkeypatch.setattr(essay_folder, "essay_files", lambda _folder: [listed])
    library = load_library(essays, "g-")
    assert library.collections == []
    assert any("第一週.txt" in str(problem) for problem in library.problems)


HALF_IMPORTED = """
import sys, types
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.modules["multiprocessing"] = types.ModuleType("multiprocessing")  # as while it is being imported
from app.ui.shell.lifecycle import end_process
print("ending", flush=True)
end_process(7, lambda: True)
"""


def test_quitting_while_multiprocessing_is_half_imported_ends_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", HALF_IMPORTED], capture_output=True, text=True, env=env,
                          timeout=60, check=False, cwd=Path(__file__).resolve().parents[2])
    assert "AttributeError" not in done.stderr, done.stderr
    assert done.returncode == 7 and "ending" in done.stdout
    assert time.monotonic() - started < 60
