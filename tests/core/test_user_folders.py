"""The user's data, cache and log folders: worked out by hand on Linux (importing platformdirs
cost every start 4 ms), they must be exactly where platformdirs puts them, or a user's notes
would seem to vanish; settings where platformdirs versions differ are left to platformdirs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from app import APP_ID
from app.paths import _user_folder

ROOT = Path(__file__).resolve().parents[2]
XDG = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
KINDS = ("data", "cache", "log")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")


def platformdirs_folder(kind: str) -> Path:
    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))


def set_environment(monkeypatch: pytest.MonkeyPatch, home: str | None, xdg: str | None) -> None:
    """HOME and the three XDG variables (None: unset); each variable gets its own folder."""
    for variable, value in (("HOME", home), *((name, xdg) for name in XDG)):
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            own = f"{value}/{variable}" if value.startswith("/") and variable != "HOME" else value
            monkeypatch.setenv(variable, own)


@linux_only
@pytest.mark.parametrize(("home", "xdg"), [
    ("/home/小李", None),  # the usual: no XDG variables
    ("/home/小李/", None),
    ("/", None),
    ("/home/li", "/srv/數據"),  # XDG variables set
    ("/home/li", ""),  # set but empty
    ("relative-home", "/srv/data"),  # HOME does not matter then
])
def test_the_folders_are_worked_out_where_platformdirs_puts_them(
        monkeypatch: pytest.MonkeyPatch, home: str, xdg: str | None) -> None:
    set_environment(monkeypatch, home, xdg)
    for kind in KINDS:
        assert _user_folder(kind) == platformdirs_folder(kind)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_args, **_kw: "/asked")
    assert _user_folder("data") != Path("/asked")  # worked out here, without platformdirs


@pytest.mark.parametrize(("home", "xdg"), [
    ("relative-home", None), ("", None), (None, None),  # no usable home
    ("/home/li", "relative/path"), ("/home/li", " /srv/data"), ("/home/li", "  "),
])
def test_unusual_settings_are_platformdirs_to_answer(monkeypatch: pytest.MonkeyPatch,
                                                     home: str | None, xdg: str | None) -> None:
    set_environment(monkeypatch, home, xdg)
    for kind in KINDS:
        monkeypatch.setattr(platformdirs, f"user_{kind}_dir", lambda *_args, k=kind, **_kw: f"/asked/{k}")
        assert _user_folder(kind) == Path(f"/asked/{kind}")


def test_the_window_does_not_load_platformdirs_on_linux() -> None:
    done = subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from app.paths import cache_dir, data_dir\n"
        "data_dir(), cache_dir()\n"
        "print('platformdirs' in sys.modules)\n")], cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=True)
    assert done.stdout.split() == [str(not sys.platform.startswith("linux"))]
