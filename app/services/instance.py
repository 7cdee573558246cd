"""One writer per data folder: a lock file, and hand-over to the window that holds it.

A second launch on the same data folder sends its request (open this essay) to the first
and exits once the first answers; if the first does not answer, the second runs read-only
and says so.

A lock left by a dead process is taken over: on this machine Qt sees that the process is gone;
for a lock from another machine (a synced folder) the owner touches the file every minute, so a
lock untouched for STALE_LOCK_MS is stale. Before each save the owner checks that the lock is
still its own, and the store proves it again right before it replaces its file (owns_lock: the
same file, with the same contents). A lock deleted or taken over meanwhile cannot make two
writers: it is never put back, since a second launch may have taken the folder in between, and
the window stops saving until the user asks to take the folder back (take_back: only once no
other process holds it) and the store is read again to merge what was saved meanwhile.
"""

from __future__ import annotations

import json
import logging
import os
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from app.core.hashing import sha1_hex

if TYPE_CHECKING:  # the channel loads when the window listens, after its first frame
    from app.services.local_channel import QtServer, UnixServer

log = logging.getLogger(__name__)

HEARTBEAT_MS = 60_000
STALE_LOCK_MS = 5 * 60_000
LOCK_FILE = "store.lock"


def server_name(data_dir: Path) -> str:
    """The socket's name: the user's and the data folder's, so another local user can neither
    guess nor take it first (the socket itself is made for this user only: see local_channel)."""
    digest = sha1_hex(f"{_user()}\0{data_dir.resolve()}".encode())[:12]
    return f"jiangxin-reader-{re.sub(r'[^A-Za-z0-9_-]', '_', _user())[:32]}-{digest}"


def _user() -> str:
    uid = getattr(os, "getuid", None)
    if uid is not None:
        return str(uid())
    import getpass  # noqa: PLC0415  (Windows only: spare every other start its import)

    return getpass.getuser()


class Acquired(Enum):
    """How taking the data folder's lock went."""

    OWNER = "owner"
    HELD_BY_ANOTHER = "held by another"
    FAILED = "failed"  # the lock file could not be created: see InstanceGuard.failure


class InstanceGuard(QObject):
    """Holds the data folder's lock and listens for requests from later launches."""

    request_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        """`data_dir` must exist and be writable (see app.paths.prepare_data_dir)."""
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._path = data_dir / LOCK_FILE
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(STALE_LOCK_MS)
        self._contents = b""
        self._identity: tuple[int, int] | None = None  # (device, inode) of the lock we made
        self._lost: str | None = None  # once lost, lost until taken back: someone else may write now
        self._server: UnixServer | QtServer | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._touch)
        self.failure = ""
        self.not_listening = ""  # why the socket for later launches could not listen, if it could not

    def acquire(self) -> Acquired:
        """Try to become the folder's only writer; the socket for later launches opens at
        `listen()`."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return Acquired.HELD_BY_ANOTHER
            self.failure = _lock_failure(self._lock.error())
            return Acquired.FAILED
        try:
            self._contents = self._path.read_bytes()
            self._identity = _identity(os.stat(self._path))
        except OSError as error:
            self.failure = error.strerror or str(error)
            self._lock.unlock()
            return Acquired.FAILED
        self._heartbeat.start()
        return Acquired.OWNER

    def listen(self) -> None:
        """Open the socket later launches hand their requests to: once, and only while this
        process owns the lock. The window listens once its first essay is on screen (the socket
        module alone costs the start milliseconds); a launch meanwhile waits for it."""
        if self._server is not None or self._lost is not None or not self._contents:
            return
        from app.services.local_channel import make_server  # noqa: PLC0415  (see above)

        self._server = make_server(self._received, self)
        if not self._server.listen(self._name):  # still the owner: later launches just cannot hand over
            self.not_listening = self._server.error
            log.warning("later launches cannot reach this window: %s", self.not_listening)

    def lost_ownership(self) -> str | None:
        """None while this process still owns the lock; else why it may no longer write.

        A lock file deleted or replaced behind our back means the folder may have another
        writer: this window does not write the store again (not even when the file reappears)
        until take_back() makes it the owner again.
        """
        if self._lost is not None or not self._contents:
            return self._lost  # lost for good; or never acquired (the store is read-only then)
        try:
            if self._owns_lock_file():
                return None
        except OSError as error:
            return QCoreApplication.translate(
                "InstanceGuard", "the data folder's lock cannot be checked: {reason}").format(
                reason=error.strerror or error)
        self._lost = QCoreApplication.translate(
            "InstanceGuard", "this data folder's lock file was removed or replaced, so another Jiangxin "
            "Reader may be saving there now; this window no longer saves. Close the other window, then "
            "choose File → Merge My Changes In.")
        log.warning("the lock file %s is no longer ours; this window stops saving", self._path)
        self._forget_lock()
        return self._lost

    def take_back(self) -> Acquired:
        """After the lock was lost: become the folder's writer again if nobody holds it now (the
        other window quit, or the file was only deleted). The caller re-reads the store before
        its next write, so what was saved meanwhile is merged, not overwritten."""
        if self._lost is None and self._contents:
            return Acquired.OWNER
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock = QLockFile(str(self._path))  # the old one is unlocked or kept abandoned
        self._lock.setStaleLockTime(STALE_LOCK_MS)
        outcome = self.acquire()
        if outcome is Acquired.OWNER:
            self._lost = None
            self.listen()  # only now: a window that lost its lock does not listen
            log.warning("this window holds the lock %s again", self._path)
        return outcome

    def owns_lock(self) -> bool:
        """Proof, right before a write, that the lock file is still the one this process made.

        Reads only the file (no Qt object), so a worker thread may ask it."""
        if self._lost is not None or not self._contents:
            return False
        try:
            return self._owns_lock_file()
        except OSError:
            return False

    def _owns_lock_file(self) -> bool:
        """Same file (device and inode) and same contents as when we took it; OSError if unreadable."""
        try:  # O_NONBLOCK: a FIFO put in its place must not hold the window
            handle = os.fdopen(os.open(self._path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
        except FileNotFoundError:
            return False
        with handle:
            same_file = _identity(os.fstat(handle.fileno())) == self._identity
            return same_file and handle.read(len(self._contents) + 1) == self._contents

    def release(self) -> None:
        """Let go of the folder (at quit). A save asked for after this (a dialog left open at a
        logout ends late) is refused: it must not write without the lock, nor take our own
        release for another writer's and put a lock file back, which kept the next start
        read-only until that file went stale."""
        self._heartbeat.stop()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked() and self._contents:
            self._lock.unlock()
        if self._contents and self._lost is None:
            self._contents = b""
            self._lost = QCoreApplication.translate(
                "InstanceGuard", "this window has let go of its data folder")

    def hand_over(self, request: dict[str, object]) -> bool:
        """Send `request` to the running owner; True only once it answered that it was handled.

        An owner on this machine may still be starting (it listens once its first essay is on
        screen): it is given a moment. One on another computer (a synced folder) never answers."""
        from app.services.local_channel import send_request  # noqa: PLC0415  (a later launch only)

        return send_request(self._name, json.dumps(request).encode("utf-8") + b"\n",
                            wait_for_owner=self._owner_is_on_this_machine())

    def _owner_is_on_this_machine(self) -> bool:
        from PySide6.QtCore import QSysInfo  # noqa: PLC0415  (a later launch only)

        info = self._lock.getLockInfo()  # (pid, host name, app name) of the lock's holder
        return info[1] == QSysInfo.machineHostName()

    def _forget_lock(self) -> None:
        """Stop holding a lock that another process now owns, without deleting its file.

        QLockFile removes its file when unlocked or destroyed: keep a second name for the file
        across that, then put it back.
        """
        self._contents = b""
        self._heartbeat.stop()
        if self._unlock_through_placeholder():
            return
        keep = self._path.with_name(f"{LOCK_FILE}.keep-{os.getpid()}")
        try:
            os.link(self._path, keep)
        except OSError:
            _ABANDONED.append(self._lock)  # cannot protect the file: never unlock this one
            return
        self._lock.unlock()
        os.replace(keep, self._path)

    def _unlock_through_placeholder(self) -> bool:
        """A deleted lock: unlock over a file of our own, so Qt deletes that one, never the
        lock a second launch may make later (QLockFile deletes whatever has its name)."""
        try:
            os.close(os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except OSError:
            return False  # there is a file: someone else's, kept by the caller
        self._lock.unlock()
        return True

    def _touch(self) -> None:
        """The heartbeat that tells other machines this lock is alive."""
        if self.lost_ownership() is None:
            try:
                os.utime(self._path)
            except OSError as error:
                log.warning("could not refresh the lock %s: %s", self._path, error)

    def _received(self, line: bytes) -> None:
        """A later launch's request (untrusted: anything not a JSON object asks for nothing)."""
        try:
            request = json.loads(line.decode("utf-8", errors="replace"))
        except ValueError:
            request = {}
        self.request_received.emit(request if isinstance(request, dict) else {})


_ABANDONED: list[QLockFile] = []


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _lock_failure(error: QLockFile.LockError) -> str:
    if error == QLockFile.LockError.PermissionError:
        return "permission denied"
    return "the lock file could not be created"
