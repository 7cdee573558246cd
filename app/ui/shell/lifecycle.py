"""Every way the app is asked to end saves first: signals, the session ending, the window.

Python runs a signal handler only when the interpreter gets control, and inside Qt's event
loop it may not for a long time. `signal.set_wakeup_fd` writes a byte to a socket on each
signal; a QSocketNotifier on the other end wakes the event loop, Python runs the handler, and
the handler closes the window the ordinary way (saving, without dialogs: nobody may be there).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QSessionManager
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                     if hasattr(signal, name))


class QuitOnSignals(QObject):
    """Turns SIGTERM, SIGINT and SIGHUP into an orderly, saving close via `quit_unattended`."""

    def __init__(self, quit_unattended: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit_unattended
        self.received: int | None = None
        self._wakeup = _WakeUp()
        self._previous_fd = signal.set_wakeup_fd(self._wakeup.write_fd, warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._handle) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._wakeup.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def uninstall(self) -> None:
        """Give the signals back (tests open many windows in one process)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._wakeup.close()

    def _drain(self) -> None:
        # Reading is enough: Python runs the pending handler on its way back from this slot.
        try:
            self._wakeup.drain()
        except BlockingIOError:
            pass

    def _handle(self, number: int, _frame: object) -> None:
        if self.received is not None:
            return  # already closing
        self.received = number
        log.warning("%s received: saving and quitting", signal.Signals(number).name)
        QTimer.singleShot(0, self._quit)


class _WakeUp:
    """What signal.set_wakeup_fd writes a byte to and the loop watches: a pipe, or on Windows
    (where only sockets serve) a socket pair; importing socket costs every other start some
    milliseconds."""

    def __init__(self) -> None:
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        if sys.platform == "win32":
            import socket  # noqa: PLC0415, F811  (see the docstring)

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
            return
        self.read_fd, self.write_fd = os.pipe()
        for fd in (self.read_fd, self.write_fd):
            os.set_blocking(fd, False)

    def drain(self) -> None:
        if self._sockets is not None:
            self._sockets[0].recv(512)
        else:
            os.read(self.read_fd, 512)

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


def save_on_session_end(app: QApplication, commit: Callable[[bool], bool]) -> None:
    """At logout or shutdown, `commit(interactive)` saves; False asks the session to wait."""

    def commit_data(manager: QSessionManager) -> None:
        interactive = manager.allowsInteraction()
        if not commit(interactive) and interactive:
            manager.cancel()
        if interactive:
            manager.release()

    app.commitDataRequest.connect(commit_data)


_DISPLAY_LOST = ("X11 connection broke", "Wayland connection broke")


def save_on_display_loss(save: Callable[[], object]) -> None:
    """When the display goes away, Qt reports it and ends the process at once (exit or abort):
    save from inside that report, the last moment Python still runs."""
    previous = qInstallMessageHandler(None)

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(text in message for text in _DISPLAY_LOST):
            log.error("%s: saving before Qt ends the process", message)
            save()
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def end_process(code: int, saved: Callable[[], bool]) -> int:
    """Once the window has closed, end the process at once, without the teardown after it.

    The teardown (the interpreter freeing every object one by one, Qt handing the selection to
    a clipboard manager, the word worker ended and joined) kept the process of a closed window
    alive for 1–2 s, and a second launch in that time was handed to the dying instance. Our
    data is on disk by now (`saved` flushes again and says so); when it is not, or the reader
    copied text the teardown must hand over, the process ends the usual way (returns `code`).
    """
    if not saved() or QGuiApplication.clipboard().ownsClipboard():
        return code
    # getattr: at quit the module may be half-imported (in sys.modules, without its functions yet)
    active_children = getattr(sys.modules.get("multiprocessing"), "active_children", None)
    if callable(active_children):
        for child in active_children():
            child.terminate()  # the word worker: its results are kept per text, it resumes next time
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)
