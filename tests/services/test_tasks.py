"""The one helper for work off the window's thread: outcomes on the window's thread, in order."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, SignalInstance
from pytestqt.qtbot import QtBot

import app.services.tasks as tasks_module
from app.services.tasks import Mode, Task, Tasks

WAIT_S = 10


def blocked_until(release: threading.Event, value: object) -> object:
    assert release.wait(WAIT_S), "the test never released the work"
    return value


def test_work_runs_on_a_worker_and_its_result_arrives_on_the_window_thread(qtbot: QtBot) -> None:
    tasks = Tasks()
    threads: dict[str, threading.Thread] = {}

    def work(_task: Task) -> int:
        threads["work"] = threading.current_thread()
        return 42

    results: list[int] = []

    def done(result: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    tasks.run(work, done=done)
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_S * 1000)
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert not tasks.active()


def test_a_newer_task_with_the_same_key_drops_the_older_result(qtbot: QtBot) -> None:
    tasks = Tasks()
    release = threading.Event()
    results: list[object] = []
    older = tasks.run(lambda _t: blocked_until(release, "old"), done=results.append, key="read")
    newer = tasks.run(lambda _t: "new", done=results.append, key="read")
    qtbot.waitUntil(lambda: results == ["new"], timeout=WAIT_S * 1000)
    assert older.cancelled() and not newer.cancelled()  # the older work was asked to stop
    release.set()
    assert tasks.wait(timeout=WAIT_S)
    assert results == ["new"]


def test_serial_work_runs_one_at_a_time_and_coalesces_what_waits(qtbot: QtBot) -> None:
    tasks = Tasks()
    release = threading.Event()
    lock = threading.Lock()
    ran: list[str] = []
    results: list[object] = []

    def work(name: str) -> object:
        assert lock.acquire(blocking=False), "two serial tasks ran at once"
        try:
            ran.append(name)
            return blocked_until(release, name) if name == "first" else name
        finally:
            lock.release()

    for name in ("first", "second", "third", "fourth"):
        tasks.run(lambda _t, name=name: work(name), done=results.append, key="save", mode=Mode.SERIAL)
    assert tasks.active("save")
    release.set()
    qtbot.waitUntil(lambda: results == ["first", "fourth"], timeout=WAIT_S * 1000)
    assert ran == ["first", "fourth"]  # the one in flight delivered, then only the newest request
    assert not tasks.active("save")


def test_a_failure_is_logged_and_reported_on_the_window_thread(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    tasks = Tasks()
    failures: list[BaseException] = []

    def broken(_task: Task) -> None:
        raise ValueError("a bug in the work")

    with caplog.at_level(logging.ERROR, logger="app.services.tasks"):
        tasks.run(broken, done=lambda _r: pytest.fail("no result from failed work"),
                  failed=failures.append, key="job")
        qtbot.waitUntil(lambda: len(failures) == 1, timeout=WAIT_S * 1000)
    assert isinstance(failures[0], ValueError)
    assert "background work job failed" in caplog.text


def test_wait_delivers_at_once_and_gives_up_after_its_timeout(qtbot: QtBot) -> None:
    tasks = Tasks()
    release = threading.Event()
    results: list[object] = []
    tasks.run(lambda _t: blocked_until(release, "slow"), done=results.append, key="slow")
    tasks.run(lambda _t: "other", done=results.append, key="other")
    assert tasks.wait("other", timeout=WAIT_S)
    assert results == ["other"]  # delivered inside wait, before any event loop ran
    assert not tasks.wait("slow", timeout=0.05)
    release.set()
    assert tasks.wait(timeout=WAIT_S)
    assert results == ["other", "slow"]
    QCoreApplication.processEvents()  # the queued notices (posted before the threads ended) come now
    assert results == ["other", "slow"]


def test_cancelled_work_is_told_and_its_result_dropped(qapp: object) -> None:
    tasks = Tasks()
    started = threading.Event()
    results: list[object] = []

    def work(task: Task) -> str:
        started.set()
        while not task.cancelled():
            threading.Event().wait(0.001)
        return "too late"

    tasks.run(work, done=results.append, key="warm-up")
    assert started.wait(WAIT_S)
    tasks.cancel("warm-up")
    assert tasks.wait(timeout=WAIT_S)
    QCoreApplication.processEvents()
    assert results == []


def test_work_ending_after_its_owner_was_deleted_is_dropped_quietly(qapp: object) -> None:
    tasks = Tasks()
    release = threading.Event()
    results: list[object] = []
    task = tasks.run(lambda t: t.report("half") or blocked_until(release, "late"),
                     progress=results.append, done=results.append)
    thread = task._thread  # noqa: SLF001
    shiboken6.delete(tasks)  # the window closed while the work ran
    release.set()
    assert thread is not None
    thread.join(WAIT_S)  # an exception in the thread would fail the test
    assert not thread.is_alive()
    QCoreApplication.processEvents()  # the news arrives for an owner that is gone
    assert results == []


def test_reports_arrive_in_order_before_the_result_even_through_wait(qapp: object) -> None:
    tasks = Tasks()
    seen: list[object] = []

    def work(task: Task) -> str:
        for step in range(3):
            task.report(step)
        return "done"

    tasks.run(work, progress=seen.append, done=seen.append)
    assert tasks.wait(timeout=WAIT_S)
    assert seen == [0, 1, 2, "done"]
    QCoreApplication.processEvents()
    assert seen == [0, 1, 2, "done"]


def test_what_a_task_holds_is_let_go_on_the_window_thread(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A callback may hold the last reference to a service or a window: freed on a worker thread,
    a QObject stops its timers from the wrong thread (Qt warns, and the process can crash)."""
    delivered = threading.Event()
    real_emit = tasks_module._emit

    def emit_then_linger(signal: SignalInstance, task: Task) -> None:
        real_emit(signal, task)
        delivered.wait(WAIT_S)  # the window delivers first; the worker lets go of the task last

    monkeypatch.setattr(tasks_module, "_emit", emit_then_linger)
    freed_on_window_thread: list[bool] = []

    class Holder:
        def __del__(self) -> None:
            freed_on_window_thread.append(threading.current_thread() is threading.main_thread())

    tasks, holder = Tasks(), Holder()
    tasks.run(lambda _t: None, done=lambda _r, held=holder: delivered.set())
    del holder
    qtbot.waitUntil(lambda: bool(freed_on_window_thread), timeout=WAIT_S * 1000)
    assert freed_on_window_thread == [True]
