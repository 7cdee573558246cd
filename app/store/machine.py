"""Where a data folder lives: this machine and this very folder, as one short fingerprint.

A data folder copied to another computer, or restored from a backup, must not go on writing the
group file of the folder it was copied from (two computers writing one file lose each other's
notes). The profile keeps the fingerprint of the place its device id was made in; a folder that
finds itself somewhere else takes a new device id.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.core.hashing import sha256_hex

# For tests only: stands in for this machine's id, so one machine can play several computers.
MACHINE_ID_FOR_TESTS = "JIANGXIN_TEST_MACHINE_ID"
_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")  # Linux, and BSDs with D-Bus


def place_of(data_folder: Path) -> str | None:
    """The fingerprint of `data_folder` on this machine: the machine's id and the folder's own
    identity on its volume (a copy or a restored backup is another folder, whatever its path).
    None while the folder is not made yet."""
    try:
        status = data_folder.stat()
    except OSError:
        return None
    folder = f"{status.st_dev}:{status.st_ino}"
    return sha256_hex(f"{machine_id()}|{folder}".encode())[:32]


def machine_id() -> str:
    """This machine's id, stable across restarts; the host name where the system keeps none."""
    override = os.environ.get(MACHINE_ID_FOR_TESTS)
    if override:
        return override
    found = _windows_machine_guid() if sys.platform == "win32" else _machine_id_file()
    return found or _host_name()  # macOS keeps its id in IOKit: the host name will do


def _host_name() -> str:
    """The host name as socket.gethostname() gives it, without loading socket (its enums cost
    every start milliseconds) where os.uname serves: it reads the same name."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # noqa: PLC0415  (Windows without a machine GUID only)

    return socket.gethostname()


def _machine_id_file() -> str:
    for name in _MACHINE_ID_FILES:
        try:
            text = Path(name).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    return ""


def _windows_machine_guid() -> str:
    try:
        import winreg  # noqa: PLC0415 - Windows only

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined]
                            r"SOFTWARE\Microsoft\Cryptography") as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")  # type: ignore[attr-defined]
    except OSError:
        return ""
    return value if isinstance(value, str) else ""
