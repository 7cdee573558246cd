"""The one way the app writes a file: atomically, so a crash never leaves half a file."""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from app.core.surrogates import utf8_safe

log = logging.getLogger(__name__)

SYNC_IGNORED_PREFIX = ".syncthing."  # with ".tmp" at the end: a name sync tools leave alone
STALE_TEMP_S = 120  # a temp file untouched this long belongs to a write that was cut short
WRITE_BYTES = 1 << 20  # the most one write call is given
_REPLACE_RETRIES = 10  # Windows: a virus scanner or indexer may hold the file briefly


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` so readers see either the old file or the new one, whole.

    A symlink stays a link: its target is replaced, by a temp file in the target's folder.
    """
    atomic_write_chunks(path, [data], private=private)


def atomic_write_chunks(path: Path, chunks: Iterable[bytes], *, private: bool = False,
                        before_replace: Callable[[], None] | None = None,
                        staging: Path | None = None) -> None:
    """atomic_write_bytes for data that comes in pieces (a big store, encoded bit by bit).

    A symlink stays a link; a replaced file keeps its permissions (see _create_temp).
    `before_replace` runs once the temp file is whole, just before it takes the file's place;
    it raises to call the write off (the store proves there that it still owns the folder).
    With `staging` (a private folder), the temp file is made there when it is on the same disk,
    so a shared folder never holds it; else beside `path` under a name sync tools ignore."""
    path = real_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = _create_temp(path, private, _temp_name(path, staging))
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                _write_in_pieces(handle, chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        _replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _write_in_pieces(handle: BinaryIO, data: bytes) -> None:
    """One write call copies its bytes holding the interpreter lock: ≤ WRITE_BYTES at a time,
    so a writer thread lets the window's thread run between them."""
    if len(data) <= WRITE_BYTES:
        handle.write(data)
        return
    view = memoryview(data)
    for start in range(0, len(data), WRITE_BYTES):
        handle.write(view[start:start + WRITE_BYTES])


def _temp_name(path: Path, staging: Path | None) -> Callable[[], Path]:
    """Where the temp files of a write of `path` go: a new name on each call."""
    if staging is None:
        return lambda: path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        staging.mkdir(parents=True, exist_ok=True)
        if staging.stat().st_dev == path.parent.stat().st_dev:  # os.replace works across folders
            return lambda: staging / f"{path.name}.{os.urandom(4).hex()}.tmp"
    except OSError as error:
        log.warning("no private temp folder %s: %s", staging, error)
    return lambda: path.with_name(f"{SYNC_IGNORED_PREFIX}{path.name}.{os.urandom(4).hex()}.tmp")


def _create_temp(path: Path, private: bool, temp_name: Callable[[], Path]) -> tuple[int, Path]:
    """A new temp file beside `path` with the permissions `path` has. A new file is the owner's
    alone when `private` (the store: notes and settings), else it gets what any program's new
    file gets (the umask's): a handout or a group file in a shared folder is for the others."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = temp_name()
        try:
            fd = os.open(temp, flags, mode if mode is not None else 0o600 if private else 0o666)
        except FileExistsError:
            continue
        if mode is not None and hasattr(os, "fchmod"):
            try:
                os.fchmod(fd, mode)  # the umask may have taken bits the old file had
            except OSError as error:  # a share that refuses modes: the file is still whole
                log.warning("could not keep the permissions of %s: %s", path, error)
        return fd, temp


def real_path(path: Path) -> Path:
    """Where a write to `path` lands: the final target when `path` is a symlink."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def remove_stale_temp_files(path: Path, older_than_s: float = STALE_TEMP_S) -> list[Path]:
    """Delete temp files an interrupted write of `path` left behind; returns what went.

    Only files untouched for a while: another process (a command-line run beside the window)
    may be writing one right now, and a live write keeps its file's time fresh.
    """
    removed = []
    cutoff = time.time() - older_than_s
    beside = (f".{path.name}.*.tmp", f"{SYNC_IGNORED_PREFIX}{path.name}.*.tmp")
    for temp in (found for pattern in beside for found in path.parent.glob(pattern)):
        try:
            if temp.stat().st_mtime > cutoff:
                continue
            temp.unlink()
        except OSError:
            continue  # harmless: tried again next start
        removed.append(temp)
    return removed


def remove_stale_files(folder: Path, older_than_s: float = STALE_TEMP_S, *, pattern: str = "*") -> list[Path]:
    """Delete what is in `folder` (our own staging place) and untouched for a while: files and
    folders left by writes cut short (a live write keeps its file's time fresh)."""
    removed = []
    cutoff = time.time() - older_than_s
    try:
        entries = list(folder.glob(pattern))
    except OSError:
        return []
    for entry in entries:
        try:
            if _last_touched(entry) > cutoff:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue  # harmless: tried again next time
        removed.append(entry)
    return removed


def _last_touched(entry: Path) -> float:
    """The latest change to `entry` or, for a folder, to what is in it (a file being written)."""
    info = entry.lstat()
    if not stat.S_ISDIR(info.st_mode):
        return info.st_mtime
    return max([info.st_mtime, *(child.lstat().st_mtime for child in entry.iterdir())])


def atomic_write_json(path: Path, value: Any, *, staging: Path | None = None) -> None:
    """`value` as compact UTF-8 JSON; a lone surrogate in a note is written as U+FFFD rather
    than failing the whole write (a group file would otherwise never be published again)."""
    # Compact: with `indent`, json falls back to its pure-Python encoder (3× slower on
    # a store with 10,000 notes); one note per line would not survive an edit anyway.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    atomic_write_chunks(path, [(utf8_safe(text) + "\n").encode("utf-8")], staging=staging)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
