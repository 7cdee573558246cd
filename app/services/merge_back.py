"""Taking the data folder back after losing it, and merging this window's changes in.

A window whose lock file was deleted stops saving (another launch may have taken the folder
and written its own notes). Once that other window has quit, the user may take the folder
back: the lock is taken again only if nobody holds it, then store.json is read again and this
window's notes are merged with what was saved there meanwhile, so both windows' notes stay.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.services.instance import Acquired, InstanceGuard
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.store import Store

log = logging.getLogger(__name__)


class MergeBack:
    """Merges a window's unsaved notes into the data folder it lost, once it is free."""

    def __init__(self, guard: InstanceGuard, keeper: StoreKeeper, notes: NotesService) -> None:
        self.guard = guard
        self.keeper = keeper
        self.notes = notes

    @property
    def needed(self) -> bool:
        """Whether this window lost the folder (and so does not save)."""
        return not self.keeper.read_only and self.guard.lost_ownership() is not None

    def merge(self) -> str | None:
        """None once this window owns the folder again, both windows' notes held and a save
        under way (or the folder was never lost); else why not, in plain words (nothing was
        changed then)."""
        if not self.needed:
            return None
        outcome = self.guard.take_back()
        if outcome is Acquired.HELD_BY_ANOTHER:
            return QCoreApplication.translate(
                "MergeBack", "Another Jiangxin Reader still uses this data folder. Close it, then merge "
                "your changes again.")
        if outcome is Acquired.FAILED:
            return QCoreApplication.translate(
                "MergeBack", "The data folder could not be taken back: {reason}").format(
                reason=self.guard.failure)
        saved = Store(self.keeper.store.folder, read_only=True)  # read only: the window writes next
        for message in saved.load():
            log.warning("merging back: %s", message)
        self.notes.merge_in(saved.notes("annotations"), saved.notes("bookmarks"))
        self.keeper.save_in_background()
        return None
