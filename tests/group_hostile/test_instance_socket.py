"""The single-instance socket: a per-user name, for this user only, a failed listen told, and
what a later launch (or anyone else who can reach the socket) sends treated as untrusted."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import local_channel
from app.services.instance import Acquired, InstanceGuard, server_name
from app.services.local_channel import MAX_REQUEST_BYTES, QtServer, UnixServer
from tests.app_process import started_app

ROOT = Path(__file__).resolve().parents[2]
unix_only = pytest.mark.skipif(not local_channel.UNIX_SOCKETS, reason="Unix sockets")


def _refuse(server: UnixServer | QtServer, _name: str) -> bool:
    server.error = "address in use"
    return False


@pytest.fixture
def owner(qtbot: QtBot, data_dir: Path) -> InstanceGuard:
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    guard.listen()
    assert guard.not_listening == ""
    yield guard
    guard.release()


def _connect(guard: InstanceGuard) -> socket.socket:
    assert guard._server is not None and guard._server.path is not None
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(5)
    client.connect(str(guard._server.path))
    return client


def test_the_name_holds_the_user_and_the_socket_is_the_users_alone(owner: InstanceGuard,
                                                                   data_dir: Path) -> None:
    if hasattr(os, "getuid"):
        assert f"-{os.getuid()}-" in server_name(data_dir)
    assert owner._server is not None and owner._server.path is not None
    if os.name != "nt":
        assert stat.S_IMODE(owner._server.path.stat().st_mode) & 0o077 == 0  # no one else may connect


def test_a_failed_listen_is_told(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnixServer, "listen", _refuse)
    monkeypatch.setattr(QtServer, "listen", _refuse)
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    guard.listen()
    assert guard.not_listening == "address in use"
    guard.release()


def test_a_later_launch_hands_its_request_over_and_is_answered(qtbot: QtBot, owner: InstanceGuard,
                                                                data_dir: Path) -> None:
    received: list[dict[str, object]] = []
    owner.request_received.connect(received.append)
    answered: list[bool] = []
    later = threading.Thread(
        target=lambda: answered.append(InstanceGuard(data_dir).hand_over({"open": "篇1"})))
    later.start()
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    later.join()
    assert answered == [True] and received == [{"open": "篇1"}]


def test_nobody_listening_is_no_hand_over(qtbot: QtBot, data_dir: Path) -> None:
    assert InstanceGuard(data_dir).hand_over({"open": None}) is False


@unix_only
def test_a_stale_socket_left_by_a_crashed_owner_is_replaced(qtbot: QtBot, data_dir: Path) -> None:
    path = local_channel.socket_path(server_name(data_dir))
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # its file stays behind, as after a crash
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    guard.listen()
    assert guard.not_listening == ""
    guard.release()
    assert not path.exists()  # a clean quit leaves no socket behind


@unix_only
def test_closing_leaves_the_socket_a_later_owner_made(qtbot: QtBot, data_dir: Path) -> None:
    """The lock was lost and a second window took the folder: the first one's quit must not
    delete the second's socket (later launches could no longer hand over to it)."""
    first = InstanceGuard(data_dir)
    assert first.acquire() is Acquired.OWNER
    first.listen()
    second = local_channel.UnixServer(lambda _line: None)
    assert second.listen(server_name(data_dir))  # replaces the first's socket file, as a new owner does
    first.release()
    assert second.path is not None and second.path.exists()
    answered: list[bool] = []
    later = threading.Thread(target=lambda: answered.append(InstanceGuard(data_dir).hand_over({})))
    later.start()
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    later.join()
    assert answered == [True]  # the second window is still reachable
    second.close()
    assert not second.path.exists()


@unix_only
def test_what_is_not_a_request_object_asks_for_nothing(qtbot: QtBot, owner: InstanceGuard) -> None:
    received: list[dict[str, object]] = []
    owner.request_received.connect(received.append)
    for line in (b"\xff\xfe not json\n", b"[1, 2]\n", json.dumps({"open": 5}).encode() + b"\n"):
        before = len(received)
        client = _connect(owner)
        client.sendall(line)
        qtbot.waitUntil(lambda: len(received) > before, timeout=5000)  # noqa: B023
        assert client.recv(16) == b"ok\n"
        client.close()
    assert received == [{}, {}, {"open": 5}]  # the window checks a value's type itself


@unix_only
def test_an_endless_line_is_cut_off_unread(qtbot: QtBot, owner: InstanceGuard) -> None:
    received: list[dict[str, object]] = []
    owner.request_received.connect(received.append)
    client = _connect(owner)
    client.setblocking(False)
    sent = 0
    closed = False
    for _ in range(2000):
        qtbot.wait(1)
        try:
            sent += client.send(b"x" * 65536)
        except BlockingIOError:
            continue
        except OSError:  # reset by the owner: it stopped reading
            closed = True
            break
    if not closed:
        client.setblocking(True)
        client.settimeout(5)
        qtbot.waitUntil(lambda: _peer_closed(client), timeout=5000)
    assert sent > MAX_REQUEST_BYTES and received == []
    assert owner._server is not None and not owner._server._connections
    client.close()


def _peer_closed(client: socket.socket) -> bool:
    try:
        return client.recv(1, socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


@unix_only
def test_a_silent_caller_is_let_go(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_channel, "ANSWER_TIMEOUT_MS", 200)
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER
    guard.listen()
    client = _connect(guard)
    qtbot.waitUntil(lambda: bool(guard._server._connections), timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not guard._server._connections, timeout=5000)  # type: ignore[union-attr]
    assert client.recv(16) == b""  # closed without an answer
    client.close()
    guard.release()


@unix_only
def test_holding_the_folder_and_handing_over_never_load_qt_network(data_dir: Path) -> None:
    """QtNetwork and the Kerberos libraries it maps cost every start ~2.4 MB resident."""
    script = ("import json, sys\n"
              "from PySide6.QtCore import QCoreApplication\n"
              "from app.services.instance import InstanceGuard\n"
              "app = QCoreApplication([])\n"
              f"guard = InstanceGuard(__import__('pathlib').Path({str(data_dir)!r}))\n"
              "owner = guard.acquire().value\n"
              "guard.listen()\n"
              f"later = InstanceGuard(__import__('pathlib').Path({str(data_dir)!r})).hand_over({{}})\n"
              "guard.release()\n"
              "loaded = [name in sys.modules for name in ('PySide6.QtNetwork', 'getpass')]\n"
              "print(json.dumps([owner, later, *loaded]))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    # the later launch is not answered here: the owner's loop does not run while it waits
    assert json.loads(done.stdout.splitlines()[-1]) == ["owner", False, False, False]


@unix_only
def test_a_launch_while_the_owner_starts_waits_for_it_to_listen(qtbot: QtBot, data_dir: Path) -> None:
    """The window listens once its first essay is on screen: a second launch in the moment before
    is handed over all the same, not opened read-only."""
    owner = InstanceGuard(data_dir)
    assert owner.acquire() is Acquired.OWNER  # not listening yet
    received: list[dict[str, object]] = []
    owner.request_received.connect(received.append)
    answered: list[bool] = []
    later = threading.Thread(target=lambda: answered.append(
        InstanceGuard(data_dir).hand_over({"open": "essay-1"})))
    later.start()
    qtbot.wait(400)  # a "not yet" has no event to wait for: the launch is still trying meanwhile
    assert answered == []
    owner.listen()
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    later.join()
    assert answered == [True] and received == [{"open": "essay-1"}]
    owner.release()


def test_a_launch_waits_only_for_an_owner_on_this_machine(data_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock made on another computer (a synced data folder) has no owner here to answer."""
    waits: list[bool] = []
    monkeypatch.setattr(local_channel, "send_request",
                        lambda _name, _line, *, wait_for_owner: waits.append(wait_for_owner) or False)
    (data_dir / "store.lock").write_text("4242\njiangxin-reader\nanother-computer\n")
    assert InstanceGuard(data_dir).hand_over({}) is False
    (data_dir / "store.lock").unlink()
    owner = InstanceGuard(data_dir)
    assert owner.acquire() is Acquired.OWNER
    assert InstanceGuard(data_dir).hand_over({}) is False
    owner.release()
    assert waits == [False, True]


@unix_only
def test_a_window_that_takes_its_lock_back_listens_again(qtbot: QtBot, data_dir: Path) -> None:
    first = InstanceGuard(data_dir)
    assert first.acquire() is Acquired.OWNER
    first.listen()
    (data_dir / "store.lock").unlink()
    assert first.lost_ownership() is not None
    assert first.take_back() is Acquired.OWNER
    answered: list[bool] = []
    later = threading.Thread(target=lambda: answered.append(InstanceGuard(data_dir).hand_over({})))
    later.start()
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    later.join()
    assert answered == [True]
    first.release()


@unix_only
def test_the_window_listens_once_its_text_is_on_screen(data_dir: Path) -> None:
    """The socket (and Python's socket module, whose enums cost the start milliseconds) wait
    for the first frame; right after it a later launch can reach the window."""
    hook = ("application.AT_THE_LATEST_MS = 600_000  # however slow the first frame\n"
            "seen = []\n"
            "def note(window, when):\n"
            "    seen.append([when, 'socket' in sys.modules, window.instance_guard._server is not None])\n"
            "def after(window):\n"
            "    note(window, 'after')\n"
            "    print(json.dumps(seen), flush=True)\n"
            "    window.close()\n"
            "def hook(window):\n"
            "    window.reader.first_painted.connect(lambda: note(window, 'painted'))\n"
            "    shown = window.reader.first_presented\n"
            "    shown.connect(lambda: QTimer.singleShot(0, lambda: after(window)))\n")
    assert started_app(data_dir, hook) == [["painted", False, False], ["after", True, True]]


# The hook's report, once the window listens (or after 3 s): whether it has no essay, whether it
# listens, and whether it has its icon.
REPORT_ONCE_LISTENING = """
from PySide6.QtCore import QElapsedTimer
def report(window):
    guard, waited, poll = window.instance_guard, QElapsedTimer(), QTimer(window, interval=10)
    def check():
        if guard._server is None and waited.elapsed() < 3000:
            return
        poll.stop()
        print(json.dumps([window.reading.current is None, guard._server is not None,
                          not QtGui.QGuiApplication.windowIcon().isNull()]), flush=True)
        window.close()
    poll.timeout.connect(check)
    waited.start()
    poll.start()
"""


def test_a_window_with_no_essay_to_paint_listens_at_once(data_dir: Path, tmp_path: Path) -> None:
    """No first frame of an essay will come (an empty library): later launches are listened for
    straight away, not after AT_THE_LATEST_MS, and the window has its icon."""
    (tmp_path / "no-samples").mkdir()
    hook = ("from app.services import workspace\n"
            f"workspace.seeds_dir = lambda: __import__('pathlib').Path({str(tmp_path / 'no-samples')!r})\n"
            "application.AT_THE_LATEST_MS = 600_000\n"
            "hook = report\n")
    assert started_app(data_dir, REPORT_ONCE_LISTENING + hook) == [True, True, True]


def test_a_window_that_never_paints_its_text_still_listens_and_has_its_icon(data_dir: Path) -> None:
    """A window started minimised presents no text: the socket and the icon come all the same."""
    hook = ("application.AT_THE_LATEST_MS = 300\n"
            "def hook(window):\n"
            "    window.reader.first_presented.disconnect()  # what its first frame would bring\n"
            "    report(window)\n")
    assert started_app(data_dir, REPORT_ONCE_LISTENING + hook) == [False, True, True]
