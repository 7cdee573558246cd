"""What every command shares: the workspace it works on, the data folder's lock, errors and output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLockFile

from app.core.group_error import GroupError
from app.core.jsonld import JsonLdError
from app.core.script import Form
from app.paths import DataDirError, cache_dir, check_data_dir, data_dir
from app.services.workspace import Access, Folders, Workspace

LOCK_WAIT_MS = 3000
Handler = Callable[[argparse.Namespace, TextIO], int]


class CommandError(Exception):
    """A problem the user can fix; printed as it is, exit status 1."""


def run(handler: Handler, options: argparse.Namespace, out: TextIO) -> int:
    """Run a command; a problem the user can fix becomes a message and exit status 1."""
    try:
        return handler(options, out)
    except (CommandError, GroupError, JsonLdError) as error:
        print(f"{options.command}: {error}", file=sys.stderr)
        return 1


def data_dir_usable(options: argparse.Namespace, *, writes: bool) -> bool:
    """A command that reads or writes the data folder says plainly why it cannot."""
    try:
        check_data_dir(data_dir(options.data_dir), writable=writes)
    except DataDirError as error:
        print(f"{options.command}: {error}", file=sys.stderr)
        return False
    return True


def read_workspace(options: argparse.Namespace, *, caches: bool = False) -> Workspace:
    """The reader's workspace as the window would open it, read-only: listing commands take no
    lock, so they also work while the window is open, and write nothing into the data folder
    (`caches`: except the caches, for search). Start-up messages go to standard error."""
    _headless_qt()
    access = Access(read_only=True, cache_read_only=not caches, read_group_later=True)
    workspace = Workspace(_folders(options), access)
    workspace.settle()
    _tell(workspace)
    return workspace


@contextmanager
def owned_workspace(options: argparse.Namespace) -> Iterator[Workspace]:
    """The workspace, locked against the window and other commands; on success its changes are
    saved and this device's group file is published before the lock is let go."""
    _headless_qt()
    folder = data_dir(options.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "store.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(LOCK_WAIT_MS):
        raise CommandError("the app has this data folder open; make the change there, or close it first.")
    try:
        workspace = Workspace(_folders(options), Access(read_group_later=True))
        workspace.settle()
        _tell(workspace)
        if workspace.store.read_only:
            raise CommandError("the data folder is read-only; nothing was changed.")
        yield workspace
        if not workspace.close():
            raise CommandError(f"your change could not be saved: {workspace.keeper.last_error}")
    finally:
        lock.unlock()


def stored_form(workspace: Workspace, chosen: str | None) -> Form:
    """The form given on the command line, else the one the reader chose in the window."""
    return Form(chosen) if chosen else workspace.prefs.form


def interface_language(workspace: Workspace) -> str:
    """The interface language without Qt's translators: the preference, else the shell's LANG."""
    preference = workspace.prefs.language
    if preference in ("zh_CN", "zh_TW", "en"):
        return preference
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if lang.startswith(("zh_TW", "zh_HK", "zh_MO")) or "Hant" in lang:
        return "zh_TW"
    return "zh_CN" if lang.startswith("zh") else "en"


def _folders(options: argparse.Namespace) -> Folders:
    return Folders(data_dir(options.data_dir), cache_dir(options.data_dir))


def _headless_qt() -> None:
    """Services deliver background results as queued signals: they need an application object
    (a window-less one; the handout command makes its own GUI one first)."""
    if QCoreApplication.instance() is None:
        _KEEP.append(QCoreApplication([sys.argv[0]]))


_KEEP: list[object] = []  # the application object lives as long as the command


def _tell(workspace: Workspace) -> None:
    """Start-up messages now, the group's notices (a file skipped, the folder out of reach) as they come."""
    for message in workspace.messages:
        print(message, file=sys.stderr)
    workspace.group.notice.connect(lambda message: print(message, file=sys.stderr))
