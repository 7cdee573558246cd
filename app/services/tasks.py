"""The one way off the window's thread: run work on a worker, get its result back on the window's.

Every slow job (the save, imports, the group read and publish, the word index, the script
warm-up) goes through `Tasks.run`, as Anki's `QueryOp` goes through its task manager: the work
runs on a thread of its own and must not touch widgets; `done(result)` or `failed(error)` is
called later on the thread that owns the `Tasks` object (the window's), through a queued
signal. What used to be hand-rolled five times lives here once:

- a *key* names a kind of work. In `Mode.LATEST` (the default) a newer task with the same key
  supersedes the older ones: they are asked to stop (`task.cancelled()`) and their results are
  dropped, so a slow read never overwrites a newer one's.
- `Mode.SERIAL` runs one task of a key at a time; a request made meanwhile waits for it, and
  only the newest waiting request is kept (a save in flight is followed by one more save, a
  change during a group read by one more read; never two at once, never a queue of them).
- `Mode.ALL` delivers every task; the key only groups them for `wait` and `cancel`.
- `task.report(value)` hands a value over while the work goes on (`progress(value)` on the
  window's thread, in order, always before `done`): the group read shows the merged notes first
  and then keeps its offline copy.
- `wait()` blocks the window's thread until work ends and delivers its result right there
  (tests, the command line and quitting need the outcome now, not at the next event loop).
- `cancel(key)` when a service closes (a group left, the window gone): results still on their way
  are dropped. Once the application quits, workers tell nothing more: what must reach the disk
  then is waited for (`wait`, `StoreKeeper.flush`), never left to a signal.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance

log = logging.getLogger(__name__)
T = TypeVar("T")


class Mode(Enum):
    """How tasks with the same key relate (see the module's docstring)."""

    LATEST = "latest"
    SERIAL = "serial"
    ALL = "all"


class Task:
    """One run of some work. The work receives it and may poll `cancelled()` to stop early;
    the caller may keep it to `cancel()` just this run."""

    def __init__(self, owner: Tasks, key: str | None, mode: Mode, work: Callable[[Task], Any],
                 callbacks: _Callbacks) -> None:
        self.key, self.mode = key, mode
        self._owner = weakref.ref(owner)
        self._relay = _the_relay()
        self._work, self._callbacks = work, callbacks
        self._reports: deque[Any] = deque()  # appended by the worker, taken on the window's thread
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._result: Any = None
        self._error: BaseException | None = None
        self._delivered = False

    def cancelled(self) -> bool:
        """True once superseded, cancelled or stopped: the work may give up, its result is dropped."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, value: object) -> None:
        """From the work: deliver `value` to `progress` on the window's thread while work goes on."""
        self._reports.append(value)
        _emit(self._relay.reported, self)

    def _living_owner(self) -> Tasks | None:
        """The Tasks that ran it, unless it was deleted (its window closed) meanwhile."""
        owner = self._owner()
        return owner if owner is not None and shiboken6.isValid(owner) else None

    def _release(self) -> None:
        """On the window's thread, once the outcome is delivered or dropped: let go of the work,
        the callbacks and the result. The worker thread holds the task until it ends, and what
        the callbacks hold (a service, a window) must never be freed there: a QObject destroyed
        on another thread stops its timers from the wrong thread, which can crash the process."""
        self._work = _NO_WORK
        self._callbacks = _NO_CALLBACKS
        self._result = self._error = None
        self._reports.clear()

    def _run(self) -> None:
        """On the worker thread: every failure is kept (and logged) to be reported, never lost."""
        try:
            self._result = self._work(self)
        except BaseException as error:  # reported on the window's thread
            if not self.cancelled():
                log.exception("background work %s failed", self.key or "")
            self._error = error


class Tasks(QObject):
    """Runs work off the window's thread and delivers its outcome back on it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[Task] = []
        self._waiting: dict[str, Task] = {}  # per SERIAL key: the one request after the running one

    def run(self, work: Callable[[Task], T], *, done: Callable[[T], None] | None = None,
            failed: Callable[[BaseException], None] | None = None,
            progress: Callable[[Any], None] | None = None, key: str | None = None,
            mode: Mode = Mode.LATEST) -> Task:
        """Start `work(task)` on a worker thread; `done(result)` or `failed(error)` follow on
        this object's thread (and `progress(value)` for each `task.report(value)` before them).
        Call from that thread (the window's)."""
        task = Task(self, key, mode, work, _Callbacks(done, failed, progress))
        if key is not None and mode is Mode.SERIAL and self._busy_serially(key):
            waiting = self._waiting.pop(key, None)
            if waiting is not None:
                waiting.cancel()  # coalesced: this newer request stands for it
            self._waiting[key] = task
            return task
        if key is not None and mode is Mode.LATEST:
            for older in self._of(key):
                older.cancel()
        self._start(task)
        return task

    def active(self, key: str | None = None) -> bool:
        """Whether work of `key` (any work, without one) is running or waiting its turn."""
        return bool(self._of(key)) or (key in self._waiting if key else bool(self._waiting))

    def wait(self, key: str | Iterable[str] | None = None, timeout: float | None = None) -> bool:
        """Block until the work of `key` (or of these keys; all work without one) has ended,
        delivering each outcome here and now; False if `timeout` seconds passed first."""
        keys = _keys(key)
        deadline = None if timeout is None else time.monotonic() + timeout
        while (task := self._next_to_wait_for(keys)) is not None:
            thread = task._thread
            if thread is not None:
                thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
                if thread.is_alive():
                    return False
            self._deliver(task)
        return True

    def cancel(self, key: str) -> None:
        """Drop the work of `key`: the running task is asked to stop, a waiting one never starts,
        and no outcome of theirs is delivered."""
        waiting = self._waiting.pop(key, None)
        if waiting is not None:
            waiting.cancel()
        for task in self._of(key):
            task.cancel()

    # -- inside ------------------------------------------------------------------------------

    def _start(self, task: Task) -> None:
        thread = threading.Thread(target=self._work_then_report, args=(task,),
                                  name=f"task-{task.key or 'work'}", daemon=True)
        task._thread = thread
        self._running.append(task)
        thread.start()

    @staticmethod
    def _work_then_report(task: Task) -> None:
        task._run()
        _emit(task._relay.finished, task)

    def _take_reports(self, task: Task) -> None:
        """On the owner's thread: the values the work reported so far, oldest first."""
        progress = task._callbacks.progress
        while task._reports:
            value = task._reports.popleft()
            if progress is not None and not task.cancelled():
                progress(value)

    def _deliver(self, task: Task) -> None:
        """On the owner's thread, once per task (a `wait` may have delivered it already)."""
        if task._delivered:
            return
        task._delivered = True
        self._take_reports(task)
        if task in self._running:
            self._running.remove(task)
        if task.key is not None and task.key in self._waiting and not self._busy_serially(task.key):
            self._start(self._waiting.pop(task.key))
        error, result, callbacks = task._error, task._result, task._callbacks
        task._release()
        if task.cancelled():
            return  # superseded or cancelled: a newer task, or nobody, wants this outcome
        if error is None:
            if callbacks.done is not None:
                callbacks.done(result)
        elif callbacks.failed is not None:
            callbacks.failed(error)

    def _of(self, key: str | None) -> list[Task]:
        return [t for t in self._running if key is None or t.key == key]

    def _busy_serially(self, key: str) -> bool:
        return any(t.mode is Mode.SERIAL for t in self._of(key))

    def _next_to_wait_for(self, keys: set[str] | None) -> Task | None:
        """The oldest running task of `keys`; a waiting one is started by its predecessor's end."""
        return next((t for t in self._running if keys is None or t.key in keys), None)


class _Relay(QObject):
    """Carries the workers' news to the window's thread: one per process, never deleted.

    Workers never emit on a Tasks itself: it dies with its window, and a signal emitted from
    another thread while its sender is being destroyed can crash the process (not merely raise).
    """

    finished = Signal(object)  # a Task whose work ended
    reported = Signal(object)  # a Task with reports waiting

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.reported.connect(self._reported, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _finished(task: Task) -> None:
        owner = task._living_owner()
        if owner is not None:
            owner._deliver(task)
        else:
            task._release()  # here, on the window's thread (see Task._release)

    @staticmethod
    def _reported(task: Task) -> None:
        owner = task._living_owner()
        if owner is not None:
            owner._take_reports(task)


_relay: _Relay | None = None
_news_lock = threading.Lock()
_quitting = False  # set as the application quits: from then on workers tell nothing


def _the_relay() -> _Relay:
    """Made on first use, which is on the window's thread (a Task is made there)."""
    global _relay  # noqa: PLW0603 - one per process, on purpose
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_stop_news)
        atexit.register(_stop_news)  # an application that never ran its loop (tests, command line)
    return _relay


def _stop_news() -> None:
    """After the event loop (or at the interpreter's exit), Qt tears the application down while
    daemon workers may still end: a signal emitted then crashes the process. Their outcomes are
    of no use by now."""
    global _quitting  # noqa: PLW0603
    with _news_lock:
        _quitting = True


class _Callbacks(NamedTuple):
    """What the window's thread is given of a task's work."""

    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    progress: Callable[[Any], None] | None


_NO_CALLBACKS = _Callbacks(None, None, None)


def _no_work(_task: Task) -> None:
    """What a task holds once its work is done."""


_NO_WORK = _no_work


def _emit(signal: SignalInstance, task: Task) -> None:
    """From a worker thread, unless the application is quitting."""
    with _news_lock:  # an emit is a quick post: holding the lock keeps _stop_news exact
        if _quitting:
            return
        try:
            signal.emit(task)
        except RuntimeError:  # "Signal source has been deleted": nobody is left to tell
            pass


def _keys(key: str | Iterable[str] | None) -> set[str] | None:
    if key is None:
        return None
    return {key} if isinstance(key, str) else set(key)
