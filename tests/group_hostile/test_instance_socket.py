"""The single-instance socket: a per-user name, for this user only, and a failed listen told."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from app.services.instance import Acquired, InstanceGuard, server_name


def test_the_name_holds_the_user_and_the_socket_is_the_users_alone(qtbot: QtBot, data_dir: Path) -> None:
    if hasattr(os, "getuid"):
        assert f"-{os.getuid()}-" in server_name(data_dir)
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER and guard.not_listening == ""
    socket = Path(guard._server.fullServerName())  # type: ignore[union-attr]
    if os.name != "nt":
        assert stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0  # no one else may connect
    guard.release()


def test_a_failed_listen_is_told(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocalServer, "listen", lambda _server, _name: False)
    monkeypatch.setattr(QLocalServer, "errorString", lambda _server: "address in use")
    guard = InstanceGuard(data_dir)
    assert guard.acquire() is Acquired.OWNER and guard.not_listening == "address in use"
    guard.release()
