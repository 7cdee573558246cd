"""A really full disk (a tiny tmpfs), where the machine lets the tests mount one (root on
Linux); elsewhere the injected ENOSPC tests in tests/core and tests/ui cover the same paths."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.persistence import StoreKeeper
from app.store import Store


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs is Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a file system")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_keeps_the_old_file_says_why_and_saves_once_there_is_room(
    qtbot: QtBot, small_disk: Path
) -> None:
    store = Store(small_disk / "data")
    store.load()
    keeper = StoreKeeper(store)
    store.prefs["form"] = "taiwan"
    keeper.changed()
    assert keeper.flush()
    filler = fill(small_disk)
    store.prefs["big"] = "字" * 100_000  # 300 KB: more than the disk holds
    with qtbot.waitSignal(keeper.save_failed, timeout=10_000) as failure:
        keeper.changed()
    assert "No space left on device" in failure.args[0]
    on_disk = json.loads((small_disk / "data" / "store.json").read_text("utf-8"))
    assert on_disk["prefs"] == {"form": "taiwan"}  # the last good file, whole
    assert not list((small_disk / "data").glob(".*.tmp"))
    assert not keeper.flush()  # quitting now would not pretend
    filler.unlink()
    store.prefs["big"] = "字" * 10_000
    with qtbot.waitSignal(keeper.saved, timeout=10_000):
        keeper.changed()
    on_disk = json.loads((small_disk / "data" / "store.json").read_text("utf-8"))
    assert on_disk["prefs"]["big"] == "字" * 10_000


def test_sigterm_on_a_full_disk_leaves_an_emergency_copy(small_disk: Path, tmp_path: Path) -> None:
    from tests.faults.process import AppProcess

    home = tmp_path / "home"
    home.mkdir()
    app = AppProcess(str(small_disk / "data"), "100", env={"HOME": str(home)})
    try:
        app.wait_for("added 3")
        fill(small_disk)
        app.wait_for("No space left on device")  # the next save failed and said why
        app.process.send_signal(signal.SIGTERM)
        app.finish()
    finally:
        app.kill()
    (copy,) = home.glob("jiangxin-reader-unsaved-*.json")
    assert len(json.loads(copy.read_text("utf-8"))["annotations"]) == app.added()[-1][1]
