"""One writer per data folder: a lock file, and hand-over to the window that holds it.

A second launch on the same data folder sends its request (open this essay) to the first
and exits; if the first cannot be reached, the second runs read-only and says so.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:12]
    return f"jiangxin-reader-{digest}"


class InstanceGuard(QObject):
    """Holds the data folder's lock and listens for requests from later launches."""

    request_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / "store.lock"))
        self._lock.setStaleLockTime(0)  # a live owner is never stale; a dead one is detected
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is now the folder's only writer."""
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self._name)  # left over by a crashed owner
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        self._server.listen(self._name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def hand_over(self, request: dict[str, object]) -> bool:
        """Send `request` to the running owner; False when it cannot be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(QByteArray(json.dumps(request).encode("utf-8") + b"\n"))
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def _accept(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", errors="replace")
        try:
            request = json.loads(line)
        except ValueError:
            request = {}
        self.request_received.emit(request if isinstance(request, dict) else {})
        socket.disconnectFromServer()
