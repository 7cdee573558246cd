"""The user's data, cache and log folders: worked out by hand on Linux (importing platformdirs
cost every start 4 ms), they must be exactly where platformdirs puts them, or a user's notes
would seem to vanish."""

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
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")


def platformdirs_folder(kind: str) -> Path:
    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))


@linux_only
@pytest.mark.parametrize(("home", "xdg"), [
    ("/home/小李", None),  # the usual: no XDG variables
    ("/home/小李/", None),
    ("/", None),
    ("/home/li", "/srv/數據"),  # XDG variables set
    ("/home/li", ""),  # set but empty
    ("/home/li", "relative/path"),  # relative: ignored
    ("relative-home", None),  # unusual homes are platformdirs' to answer
    ("", None),
])
def test_the_folders_are_where_platformdirs_puts_them(monkeypatch: pytest.MonkeyPatch, home: str,
                                                      xdg: str | None) -> None:
    monkeypatch.setenv("HOME", home)
    for variable in XDG:
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, f"{xdg}/{variable}" if xdg.strip() else xdg)
    for kind in ("data", "cache", "log"):
        assert _user_folder(kind) == platformdirs_folder(kind)


def test_the_window_does_not_load_platformdirs_on_linux() -> None:
    done = subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from app.paths import cache_dir, data_dir\n"
        "data_dir(), cache_dir()\n"
        "print('platformdirs' in sys.modules)\n")], cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=True)
    assert done.stdout.split() == [str(not sys.platform.startswith("linux"))]
