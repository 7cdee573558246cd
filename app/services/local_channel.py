"""The local socket a later launch hands its request over (one JSON line, answered "ok").

On Linux and macOS it is a Unix socket made with Python's own socket module, watched by a
QSocketNotifier: Qt's QtNetwork (and the Kerberos libraries it brings, some 2.4 MB resident)
then never loads at start. Where Python has no Unix sockets (Windows) Qt's QLocalServer is used.

Whatever arrives on the socket is untrusted: a request is one line of at most
MAX_REQUEST_BYTES, and a connection that sends nothing is closed after ANSWER_TIMEOUT_MS.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSocketNotifier, QTimer

if TYPE_CHECKING:  # loaded once the window listens, after its first frame: its enums cost ms
    import socket

CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000  # the first window answers once it has handled the request
# the first window listens once its first essay is on screen: a launch meanwhile waits for it
OWNER_STARTING_MS = 3000
RETRY_MS = 50
MAX_REQUEST_BYTES = 64 * 1024  # an "open this essay" request is a few dozen bytes
ANSWER = b"ok\n"
UNIX_SOCKETS = os.name == "posix"  # Python's socket has AF_UNIX there, and not on Windows

Handler = Callable[[bytes], None]


def socket_path(name: str) -> Path:
    """Where the socket of `name` lives: the user's temporary folder, where QLocalServer puts
    its own ($TMPDIR, else /tmp; Python finds it as Qt's QDir.tempPath does, without loading
    QDir at start)."""
    return Path(tempfile.gettempdir()) / name


class UnixServer(QObject):
    """Listens on a Unix socket only this user may connect to; hands each request line to `handler`
    on the UI thread, then answers "ok"."""

    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: dict[int, _Connection] = {}
        self.path: Path | None = None
        self._identity: tuple[int, int] | None = None  # (device, inode) of the socket file we made
        self.error = ""

    def listen(self, name: str) -> bool:
        """Take the socket's name (a stale socket left by a crashed owner is replaced)."""
        path = socket_path(name)
        try:
            self._socket = _bound_socket(path)
            info = path.lstat()
        except OSError as error:
            self.error = error.strerror or str(error)
            return False
        self.path, self._identity = path, (info.st_dev, info.st_ino)
        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for connection in list(self._connections.values()):
            connection.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            if self.path is not None and self._still_ours(self.path):
                _unlink(self.path)

    def _still_ours(self, path: Path) -> bool:
        """A window that lost its lock closes its socket after a later owner made its own under
        the same name: that one must stay, or later launches could not reach the new owner."""
        try:
            info = path.lstat()
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == self._identity

    def _accept(self) -> None:
        assert self._socket is not None
        try:
            peer, _address = self._socket.accept()
        except OSError:
            return  # the caller gave up meanwhile
        connection = _Connection(peer, self._handler, self)
        self._connections[id(connection)] = connection
        connection.closed = lambda: self._connections.pop(id(connection), None)


class _Connection(QObject):
    """One later launch: read its line (bounded, with a deadline), hand it on, answer."""

    def __init__(self, peer: socket.socket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        peer.setblocking(False)
        self._peer = peer
        self._handler = handler
        self._buffer = b""
        self.closed: Callable[[], object] = lambda: None
        self._notifier = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self.close)
        self._deadline.start(ANSWER_TIMEOUT_MS)

    def _read(self) -> None:
        try:
            chunk = self._peer.recv(MAX_REQUEST_BYTES + 1 - len(self._buffer))
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        self._buffer += chunk
        line, newline, _rest = self._buffer.partition(b"\n")
        if newline:
            self._answer(line)
        elif not chunk or len(self._buffer) > MAX_REQUEST_BYTES:
            self.close()  # gone before a whole line, or far too long: not a launch of ours

    def _answer(self, line: bytes) -> None:
        self._notifier.setEnabled(False)
        self._handler(line)
        try:
            self._peer.send(ANSWER)  # a few bytes into an empty buffer: never blocks
        except OSError:
            pass  # the launch gave up waiting; it runs read-only then
        self.close()

    def close(self) -> None:
        if self._peer.fileno() < 0:
            return
        self._notifier.setEnabled(False)
        self._deadline.stop()
        self._peer.close()
        self.closed()
        self.deleteLater()


class QtServer(QObject):
    """The same server through Qt's QLocalServer, where Python has no Unix sockets (Windows)."""

    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415  (Windows only)

        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.path: Path | None = None
        self.error = ""

    def listen(self, name: str) -> bool:
        self._server.removeServer(name)  # left over by a crashed owner
        if not self._server.listen(name):
            self.error = self._server.errorString()
            return False
        self.path = Path(self._server.fullServerName())
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        peer = self._server.nextPendingConnection()
        peer.readyRead.connect(lambda: self._read(peer))
        QTimer.singleShot(ANSWER_TIMEOUT_MS, peer, peer.abort)

    def _read(self, peer: QObject) -> None:
        if not peer.canReadLine():  # type: ignore[attr-defined]
            if peer.bytesAvailable() > MAX_REQUEST_BYTES:  # type: ignore[attr-defined]
                peer.abort()  # type: ignore[attr-defined]
            return
        self._handler(bytes(peer.readLine(MAX_REQUEST_BYTES).data()))  # type: ignore[attr-defined]
        peer.write(QByteArray(ANSWER))  # type: ignore[attr-defined]
        peer.flush()  # type: ignore[attr-defined]
        peer.disconnectFromServer()  # type: ignore[attr-defined]


def make_server(handler: Handler, parent: QObject | None = None) -> UnixServer | QtServer:
    """The platform's server: a Unix socket where Python has them, else Qt's."""
    return UnixServer(handler, parent) if UNIX_SOCKETS else QtServer(handler, parent)


def _bound_socket(path: Path) -> socket.socket:
    """A listening socket at `path` that only this user can connect to, from its first moment:
    it is made in a private folder, restricted, then moved into place (no window in which another
    user could connect, as a chmod after bind would leave)."""
    import socket  # noqa: PLC0415  (see the imports above)

    private = Path(tempfile.mkdtemp(prefix=".jiangxin-", dir=path.parent))  # mode 0700
    made = private / "socket"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(made))
        os.chmod(made, 0o600)
        server.listen(8)
        server.setblocking(False)
        _unlink(path)  # left over by a crashed owner (only the lock's owner gets here)
        os.replace(made, path)
    except OSError:
        server.close()
        raise
    finally:
        _unlink(made)
        os.rmdir(private)
    return server


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def send_request(name: str, line: bytes, *, wait_for_owner: bool = True) -> bool:
    """Send one line to the server `name`; True only once it answered "ok". With
    `wait_for_owner`, an owner still starting (not listening yet) is tried again until
    OWNER_STARTING_MS."""
    send = _send_through_unix if UNIX_SOCKETS else _send_through_qt
    deadline = time.monotonic() + (OWNER_STARTING_MS / 1000 if wait_for_owner else 0)
    while True:
        answered = send(name, line)
        if answered is not None or time.monotonic() >= deadline:
            return bool(answered)
        time.sleep(RETRY_MS / 1000)


def _send_through_unix(name: str, line: bytes) -> bool | None:
    """Whether the server answered "ok"; None when nothing listens there (yet)."""
    import socket  # noqa: PLC0415  (a later launch only)

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            client.connect(str(socket_path(name)))
        except (FileNotFoundError, ConnectionRefusedError):
            return None
        client.sendall(line)
        client.settimeout(ANSWER_TIMEOUT_MS / 1000)
        answer = b""
        while b"\n" not in answer and len(answer) < len(ANSWER):
            chunk = client.recv(len(ANSWER))
            if not chunk:
                break
            answer += chunk
        return answer.strip() == ANSWER.strip()
    except OSError:  # refused otherwise, or it did not answer in time
        return False
    finally:
        client.close()


def _send_through_qt(name: str, line: bytes) -> bool | None:
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415  (Windows only)

    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    client.write(QByteArray(line))
    answered = (client.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                and client.waitForReadyRead(ANSWER_TIMEOUT_MS)
                and bytes(client.readLine().data()).strip() == ANSWER.strip())
    client.abort()
    return answered
