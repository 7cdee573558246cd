"""Where the app finds its files and keeps the user's: never inside its own folder."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

from app import APP_ID

# The user's folders as XDG names them (Linux, the BSDs): (variable, default under HOME, below it)
_XDG = {"data": ("XDG_DATA_HOME", ".local/share", ""), "cache": ("XDG_CACHE_HOME", ".cache", ""),
        "log": ("XDG_STATE_HOME", ".local/state", "log")}


def bundle_root() -> Path:
    """The folder holding seeds/ and resources/: the repo, or the frozen app's folder."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    return bundle_root() / "seeds"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def data_dir(override: str | None = None) -> Path:
    return Path(override) if override else _user_folder("data")


def _user_folder(kind: str) -> Path:
    """The user's data, cache or log folder, as platformdirs names it. On Linux and the BSDs, with
    an XDG variable that is unset or a plain absolute path and an absolute HOME, it is worked out
    here: importing platformdirs costs every start 4 ms (a test holds the two equal). Anything
    else (where platformdirs versions differ, too) is platformdirs' to answer."""
    variable, under_home, below = _XDG[kind]
    base = os.environ.get(variable, "")
    if not base and os.path.isabs(os.environ.get("HOME", "")):
        base = os.path.expanduser("~/" + under_home)
    plain = os.path.isabs(base) and base == base.strip()
    if plain and sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not _android():
        return Path(base, APP_ID, below) if below else Path(base, APP_ID)
    import platformdirs  # noqa: PLC0415  (macOS, Windows, and unusual settings)

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))


def _android() -> bool:
    return hasattr(sys, "getandroidapilevel") or (
        os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system")


class DataDirError(Exception):
    """The data folder cannot be used; the message names the real cause, for the user.

    `readable`: it is there and can be read, only not written (a read-only disk or folder)."""

    def __init__(self, message: str, *, readable: bool = False) -> None:
        super().__init__(message)
        self.readable = readable


def prepare_data_dir(folder: Path) -> None:
    """Create the data folder if needed and prove it can be written, or raise DataDirError."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise DataDirError(f"The data folder {folder} cannot be created: "
                           "a file of that name is in the way.") from error
    except OSError as error:
        raise DataDirError(f"The data folder {folder} cannot be created: {_cause(error)}.") from error
    if not folder.is_dir():
        raise DataDirError(f"The data folder {folder} is not a folder.")
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test.") as probe:
            probe.write(b"x")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        refused = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
        readable = refused and os.access(folder, os.R_OK | os.X_OK)
        raise DataDirError(f"The data folder {folder} cannot be written: {_cause(error)}.",
                           readable=readable) from error


def check_data_dir(folder: Path, *, writable: bool) -> None:
    """For the command line: raise DataDirError when `folder` cannot serve; a folder that does
    not exist yet is fine for reading (there is nothing in it)."""
    if writable:
        prepare_data_dir(folder)
        return
    for path in (folder, *folder.parents):
        if path.exists():
            if not path.is_dir():
                raise DataDirError(f"The data folder {folder} cannot be read: "
                                   f"{path} is a file, not a folder.")
            return


def _cause(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno == errno.ENOTDIR:
        return "a file is in the way of one of its parent folders"
    return (error.strerror or str(error)).lower()


def cache_dir(data_override: str | None = None) -> Path:
    """With --data-dir, the cache lives beside the data so a test leaves nothing behind."""
    if data_override:
        return Path(data_override) / "cache"
    return _user_folder("cache")


def log_file() -> Path:
    """Where a windowed app (no console) writes its warnings."""
    folder = _user_folder("log")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "jiangxin-reader.log"
