"""Quitting never loses changes silently.

The window's close, a signal (SIGTERM, SIGHUP, Ctrl+C), the session ending: each flushes the
store first. When the flush fails (the disk is full, the folder became unwritable, another
window took the folder over), a person at the window chooses: Retry (a window that lost its
folder first takes it back, if the other window has quit, and merges its changes in), Save a
Copy…, or Quit Without Saving. Without a person (a signal, logout) the changes go to an emergency copy in
the home or temp folder, and the log says where.
"""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.services.persistence import StoreKeeper

log = logging.getLogger(__name__)


class QuitChoice(Enum):
    """The answers to "your changes could not be saved"."""

    RETRY = "retry"
    SAVE_COPY = "copy"
    DISCARD = "discard"
    CANCEL = "cancel"  # keep the window open


class QuitDialogs(Protocol):
    """What the guard asks of the dialog wrapper (app.ui.common.dialogs.Dialogs, or a test's stand-in)."""

    def unsaved_changes(self, title: str, text: str) -> QuitChoice: ...

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None: ...

    def warn(self, title: str, text: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuitGuard", text)


class QuitGuard:
    """Decides whether the app may close now, saving or asking first."""

    def __init__(self, keeper: StoreKeeper, dialogs: QuitDialogs) -> None:
        self.keeper = keeper
        self.dialogs = dialogs

    def may_close(self) -> bool:
        """Flush; when that fails, let the user choose. False keeps the window open."""
        refused: str | None = None  # why the folder could not be taken back at the last Retry
        while not self.keeper.flush():
            reason = refused or self.keeper.last_error or _tr("the reason is unknown")
            text = _tr("Your latest changes could not be saved: {reason}\n\n"
                       "Retry once there is room or access again, save a copy somewhere else, "
                       "or quit and lose the changes made since the last save.").format(reason=reason)
            choice = self.dialogs.unsaved_changes(_tr("Changes Not Saved"), text)
            if choice is QuitChoice.RETRY:
                refused = self.keeper.reclaim()  # a window that lost its folder merges back first
                continue
            if choice is QuitChoice.DISCARD:
                self.keeper.discard()
                return True
            if choice is QuitChoice.SAVE_COPY and self._save_copy():
                return True
            if choice is QuitChoice.CANCEL:
                return False
        return True

    def close_unattended(self) -> Path | None:
        """Flush with nobody to ask; on failure write an emergency copy and return its path."""
        if self.keeper.flush():
            return None
        for folder in (Path.home(), Path(tempfile.gettempdir())):
            path = _unused_name(folder)
            if self.keeper.save_copy(path) is None:
                log.error("the store could not be saved (%s); the changes were written to %s",
                          self.keeper.last_error, path)
                self.keeper.discard()
                return path
        log.error("the store could not be saved (%s) nor copied anywhere; changes are lost",
                  self.keeper.last_error)
        return None

    def _save_copy(self) -> bool:
        stamp = datetime.now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"jiangxin-reader-notes-{stamp}.json")
        path = self.dialogs.save_path(_tr("Save a Copy of Your Notes and Settings"), suggested,
                                      _tr("Jiangxin Reader data (*.json)"))
        if path is None:
            return False
        error = self.keeper.save_copy(path)
        if error is not None:
            self.dialogs.warn(_tr("Changes Not Saved"),
                              _tr("The copy could not be saved either: {reason}").format(reason=error))
            return False
        self.keeper.discard()
        return True


def _unused_name(folder: Path) -> Path:
    """An emergency copy's name no file has: at logout every window quits in the same second,
    and one copy must never replace another."""
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}"
    path = folder / f"jiangxin-reader-unsaved-{stamp}.json"
    number = 2
    while path.exists():
        path = folder / f"jiangxin-reader-unsaved-{stamp}-{number}.json"
        number += 1
    return path


def settle_before_quit(keeper: StoreKeeper, dialogs: QuitDialogs, *, interactive: bool) -> bool:
    """Save before the app ends; False when the user chose to keep the window open."""
    guard = QuitGuard(keeper, dialogs)
    if interactive:
        return guard.may_close()
    guard.close_unattended()
    return True
