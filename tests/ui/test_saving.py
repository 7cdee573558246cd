"""Saving under pressure: steady changes, big stores, full disks, lost locks, quitting."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.notes import new_annotation
from app.services import persistence
from app.services.instance import Acquired, InstanceGuard
from app.services.persistence import MAX_WAIT_MS, SAVE_DELAY_MS, StoreKeeper
from app.store import Store
from app.ui.common.quit_guard import QuitChoice
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, dialogs_of


def keeper_on(folder: Path) -> StoreKeeper:
    store = Store(folder)
    store.load()
    return StoreKeeper(store)


def stored(folder: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((folder / "store.json").read_text("utf-8"))
    return document


def break_disk(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    def full(document: dict[str, Any]) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device", str(store.path))

    monkeypatch.setattr(store, "write", full)


class _Clock:
    """The keeper's clock, moved by the test: what a change schedules depends on it alone."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_a_slow_write_makes_the_next_save_start_sooner(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change is on disk within ON_DISK_MS: when the last write took 0.4 s (100,000 notes), the
    next save waits less first, leaving the write as much time again to spare."""
    clock = _Clock()
    monkeypatch.setattr(persistence, "time", clock)
    keeper = keeper_on(data_dir)
    assert keeper.delays_ms() == (SAVE_DELAY_MS, MAX_WAIT_MS)  # a small store: the usual wait
    real_write = keeper.store.write

    def slow_write(document: dict[str, Any]) -> Any:
        clock.now += 0.4
        return real_write(document)

    monkeypatch.setattr(keeper.store, "write", slow_write)
    keeper.store.prefs["n"] = 1
    keeper.changed()
    assert keeper.flush()
    quiet, longest = keeper.delays_ms()
    assert quiet == longest == pytest.approx(persistence.ON_DISK_MS - 2 * 400)
    keeper.changed()
    assert keeper._timer.interval() == int(quiet)  # noqa: SLF001


def test_steady_changes_cannot_starve_the_save(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = _Clock()
    monkeypatch.setattr(persistence, "time", clock)  # the keeper's clock only; Qt keeps real time
    keeper = keeper_on(data_dir)
    real_write = keeper.store.write
    started_at: list[float] = []

    def write(document: dict[str, Any]) -> Any:
        started_at.append(clock.now)  # when the save started, not when the disk finished
        return real_write(document)

    monkeypatch.setattr(keeper.store, "write", write)
    timer = keeper._timer  # noqa: SLF001
    first = clock.now
    last_step = MAX_WAIT_MS // 100
    for step in range(last_step + 1):  # a change every 100 ms: never a quiet SAVE_DELAY_MS
        clock.now = first + step / 10
        keeper.store.prefs["n"] = step
        keeper.changed()
        due_ms = step * 100 + timer.interval()  # from the first change
        assert timer.isActive()
        # the debounce, but never pushed back past MAX_WAIT_MS after the first unsaved change
        # (less a millisecond: the timer's interval is a whole number of them)
        assert min(step * 100 + SAVE_DELAY_MS, MAX_WAIT_MS) - 1 <= due_ms <= MAX_WAIT_MS, step
    assert timer.interval() == 0 and started_at == []  # due now, and not started before
    with qtbot.waitSignal(keeper.saved, timeout=10_000):
        pass  # however slow the machine, it starts without waiting for a quiet moment
    assert started_at == [first + last_step / 10]
    assert stored(data_dir)["prefs"]["n"] == last_step


def test_the_save_is_written_by_a_worker_not_the_window(qtbot: QtBot, data_dir: Path) -> None:
    keeper = keeper_on(data_dir)
    text = "工匠精神是一種職業精神" * 10
    notes = [new_annotation("c#1", text, 0, 4, color="yellow", author="me", note=f"{i}")
             for i in range(20_000)]
    keeper.add_section("annotations", lambda: notes, owner=keeper)
    keeper.changed()
    with qtbot.waitSignal(keeper.saved, timeout=60_000):
        keeper.save_in_background()
        assert not (data_dir / "store.json").exists()  # the window's thread moved on at once
    assert len(stored(data_dir)["annotations"]) == 20_000


def test_a_full_disk_is_reported_and_retried(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(persistence, "RETRY_MS", 50)
    keeper = keeper_on(data_dir)
    real_write = keeper.store.write
    break_disk(monkeypatch, keeper.store)
    keeper.store.prefs["form"] = "taiwan"
    with qtbot.waitSignal(keeper.save_failed, timeout=5000) as failure:
        keeper.changed()
    assert "No space left on device" in failure.args[0]
    assert keeper.unsaved and keeper.last_error is not None
    assert not keeper.flush()  # never claims to have saved
    monkeypatch.setattr(keeper.store, "write", real_write)  # room again
    with qtbot.waitSignal(keeper.saved, timeout=5000):
        keeper.changed()
    assert stored(data_dir)["prefs"]["form"] == "taiwan"
    assert keeper.last_error is None


def test_a_lone_surrogate_does_not_stop_saving(qtbot: QtBot, data_dir: Path) -> None:
    keeper = keeper_on(data_dir)
    keeper.store.profile["display_name"] = "名\udc80字"
    with qtbot.waitSignal(keeper.text_replaced, timeout=5000) as replaced:
        keeper.changed()
    assert replaced.args == [1]
    assert stored(data_dir)["profile"]["display_name"] == "名\ufffd字"


def test_flush_waits_for_the_save_in_flight_and_writes_the_rest(data_dir: Path) -> None:
    keeper = keeper_on(data_dir)
    keeper.store.prefs["a"] = 1
    keeper.changed()
    keeper.save_in_background()
    keeper.store.prefs["b"] = 2
    keeper.changed()
    assert keeper.flush()
    assert stored(data_dir)["prefs"] == {"a": 1, "b": 2}


def make_unsavable(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    break_disk(monkeypatch, window.reading.keeper.store)
    window.reading.prefs.font_size = 21


@pytest.mark.parametrize("answers", [
    [QuitChoice.DISCARD], [QuitChoice.RETRY, QuitChoice.DISCARD]])
def test_quitting_on_a_full_disk_asks_first(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, answers: list[QuitChoice]
) -> None:
    window = open_window()
    make_unsavable(window, monkeypatch)
    dialogs_of(window).answers["unsaved_changes"] = list(answers)
    assert window.close()
    asked = [s for s in dialogs_of(window).shown if s[0] == "unsaved_changes"]
    assert len(asked) == len(answers)
    assert "No space left on device" in asked[0][2]


def test_quitting_on_a_full_disk_can_be_cancelled(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    window = open_window()
    real_write = window.reading.keeper.store.write
    make_unsavable(window, monkeypatch)
    assert not window.close()  # the stand-in user pressed Escape
    assert window.isVisible()
    assert "No space left" in window.statusBar().currentMessage()
    monkeypatch.setattr(window.reading.keeper.store, "write", real_write)
    window.reading.prefs.font_size = 22
    qtbot.waitUntil(lambda: "saved again" in window.statusBar().currentMessage(), timeout=5000)
    assert window.close()
    assert stored(data_dir)["prefs"]["font_size"] == 22


def test_quitting_on_a_full_disk_can_save_a_copy(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    make_unsavable(window, monkeypatch)
    copy = tmp_path / "elsewhere" / "notes.json"
    dialogs = dialogs_of(window)
    dialogs.answers["unsaved_changes"] = [QuitChoice.SAVE_COPY]
    dialogs.answers["save_path"] = [copy]
    assert window.close()
    assert json.loads(copy.read_text("utf-8"))["prefs"]["font_size"] == 21


def test_a_lock_taken_over_stops_saving_and_says_so(
    qtbot: QtBot, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    lock = data_dir / "store.lock"
    lock.write_text("99999\nother\nother-host\n")  # another process took the folder over
    keeper = window.reading.keeper
    with qtbot.waitSignal(keeper.save_failed, timeout=5000) as failure:
        window.reading.prefs.font_size = 21
    assert "no longer saves" in failure.args[0]
    assert lock.read_text() == "99999\nother\nother-host\n"  # theirs, untouched
    keeper.discard()


def test_a_deleted_lock_stops_saving_says_so_until_quit_and_offers_a_copy(
    qtbot: QtBot, open_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window()
    lock, store = data_dir / "store.lock", data_dir / "store.json"
    lock.unlink()  # a cleaner or a sync tool; a second launch may take the folder now
    before = store.read_bytes() if store.exists() else None
    keeper = window.reading.keeper
    with qtbot.waitSignal(keeper.save_failed, timeout=5000):
        window.reading.prefs.font_size = 21
    assert not lock.exists()  # never put back by the old owner
    status = window.status_messages
    standing = status.current()
    assert "no longer saves" in standing
    status.show("a passing message", 1)
    qtbot.waitUntil(lambda: status.current() == standing)  # the warning comes back
    dialogs = dialogs_of(window)
    dialogs.answers["unsaved_changes"] = [QuitChoice.SAVE_COPY]
    dialogs.answers["save_path"] = [tmp_path / "copy.json"]
    assert window.prepare_to_quit(interactive=True)
    assert json.loads((tmp_path / "copy.json").read_text("utf-8"))["prefs"]["font_size"] == 21
    assert (store.read_bytes() if store.exists() else None) == before


def test_a_window_that_lost_its_lock_merges_its_notes_in_once_the_folder_is_free(
    qtbot: QtBot, open_window: WindowFactory, data_dir: Path
) -> None:
    """Another window took the folder and saved a note; this one's note made meanwhile is merged
    in (File → Merge My Changes In refuses while the other holds the folder; Retry at quit merges)."""
    window = open_window()
    essay = window.reading.library.essays()[0]
    notes, keeper = window.notes_ui.notes, window.reading.keeper
    (data_dir / "store.lock").unlink()
    other = InstanceGuard(data_dir)
    assert other.acquire() is Acquired.OWNER  # a second launch
    theirs = new_annotation(essay.id, essay.text, 0, 4, color="pink", author="另一窗")
    saved = Store(data_dir)
    saved.load()
    saved.notes("annotations").append(theirs.to_json())
    saved.save()
    mine = new_annotation(essay.id, essay.text, 5, 9, color="yellow", author="我")
    with qtbot.waitSignal(keeper.save_failed, timeout=5000):
        notes.add_annotation(mine, "add")
    merging = window.commands["merge_changes"]
    assert merging.isVisible()
    merging.trigger()
    assert "still uses this data folder" in window.statusBar().currentMessage()
    assert merging.isVisible() and theirs.id not in {a.id for a in notes.annotations()}
    other.release()  # the second window quit
    dialogs_of(window).answers["unsaved_changes"] = [QuitChoice.RETRY]
    assert window.prepare_to_quit(interactive=True)
    assert {theirs.id, mine.id} <= {note["id"] for note in stored(data_dir)["annotations"]}
    assert window.instance_guard is not None and window.instance_guard.owns_lock()


def test_an_unattended_quit_on_a_full_disk_leaves_an_emergency_copy(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    make_unsavable(window, monkeypatch)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert window.prepare_to_quit(interactive=False)  # a signal or logout: nobody to ask
    assert not [s for s in dialogs_of(window).shown if s[0] == "unsaved_changes"]
    (copy,) = tmp_path.glob("jiangxin-reader-unsaved-*.json")
    assert json.loads(copy.read_text("utf-8"))["prefs"]["font_size"] == 21


def test_a_failed_copy_still_does_not_close_silently(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    make_unsavable(window, monkeypatch)
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    dialogs = dialogs_of(window)
    dialogs.answers["unsaved_changes"] = [QuitChoice.SAVE_COPY, QuitChoice.CANCEL]
    dialogs.answers["save_path"] = [blocked / "copy.json"]  # a file is in the way
    assert not window.close()
    assert [s[0] for s in dialogs.shown if s[0] in ("unsaved_changes", "warn")] == [
        "unsaved_changes", "warn", "unsaved_changes"]
    assert window.reading.keeper.unsaved
    window.reading.keeper.discard()


def test_emergency_copies_made_in_the_same_second_never_replace_each_other(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from datetime import datetime

    from app.ui.common import quit_guard

    class SameSecond(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> SameSecond:
            return cls(2026, 11, 21, 18, 0, 0)

    monkeypatch.setattr(quit_guard, "datetime", SameSecond)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    copies = []
    for value in ("first", "second"):  # two windows that lost their folder, quit at logout
        keeper = keeper_on(data_dir)
        break_disk(monkeypatch, keeper.store)
        keeper.store.prefs["who"] = value
        keeper.changed()
        copies.append(quit_guard.QuitGuard(keeper, dialogs=None).close_unattended())  # type: ignore[arg-type]
    assert copies[0] != copies[1]
    assert {stored_copy["prefs"]["who"] for stored_copy in
            (json.loads(path.read_text("utf-8")) for path in tmp_path.glob("jiangxin-reader-unsaved-*"))
            } == {"first", "second"}


def test_quitting_during_a_save_does_not_write_everything_twice(data_dir: Path) -> None:
    keeper = keeper_on(data_dir)
    real_write = keeper.store.write
    writes: list[int] = []

    def counted(document: dict[str, Any]) -> int:
        writes.append(1)
        return real_write(document)

    keeper.store.write = counted  # type: ignore[method-assign]
    keeper.store.prefs["a"] = 1
    keeper.changed()
    keeper.save_in_background()
    assert keeper.flush()  # quit while that save is in flight, nothing changed since
    assert len(writes) == 1 and stored(data_dir)["prefs"] == {"a": 1}
    keeper.store.prefs["b"] = 2
    keeper.changed()
    keeper.save_in_background()
    keeper.store.prefs["c"] = 3
    keeper.changed()
    assert keeper.flush()  # a change after the snapshot is still written
    assert len(writes) == 3 and stored(data_dir)["prefs"] == {"a": 1, "b": 2, "c": 3}
