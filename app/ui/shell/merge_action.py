"""File → Merge My Changes In: offered while this window has lost its data folder."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.services.merge_back import MergeBack
from app.services.persistence import StoreKeeper
from app.ui.common.status import StatusMessages

SAY_MS = 8000


class MergeAction(QObject):
    """Shows the action once a save failed because the folder was lost; runs the merge."""

    def __init__(self, action: QAction, merge: MergeBack, keeper: StoreKeeper, status: StatusMessages,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action, self._merge, self._status = action, merge, status
        action.setVisible(False)
        action.triggered.connect(self.merge)
        keeper.save_failed.connect(self._offer)
        keeper.saved.connect(self._offer)

    def _offer(self, _reason: str = "") -> None:
        self._action.setVisible(self._merge.needed)  # a choice only a window that lost its folder has

    def merge(self) -> None:
        problem = self._merge.merge()
        if problem is not None:
            self._status.show(problem, SAY_MS)
            return
        self._action.setVisible(False)
        self._status.show(self.tr("This window saves to the data folder again, with the notes "
                                  "saved there meanwhile."), SAY_MS)
