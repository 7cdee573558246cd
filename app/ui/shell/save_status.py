"""What the status bar says about saving: a failed save until a later one goes through, and
characters that could not be stored."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.persistence import StoreKeeper
from app.ui.common.status import StatusMessages


class SaveStatus(QObject):
    """Follows the keeper's outcomes; a failure stays shown until a save succeeds again."""

    def __init__(self, keeper: StoreKeeper, status: StatusMessages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self._failure_shown = ""
        keeper.save_failed.connect(self._report_failure)
        keeper.text_replaced.connect(self._report_replaced_text)
        keeper.saved.connect(self._clear_failure)

    def _report_failure(self, reason: str) -> None:
        message = self.tr("Your changes could not be saved: {reason}").format(reason=reason)
        if message != self._failure_shown:
            self._status.withdraw(self._failure_shown)
        self._status.stand(message)  # true until a save goes through
        self._failure_shown = message

    def _clear_failure(self) -> None:
        """A later save went through: the failure message is no longer true."""
        if self._status.withdraw(self._failure_shown):
            self._status.show(self.tr("Your changes are saved again."), 5000)

    def _report_replaced_text(self, count: int) -> None:
        self._status.persist(self.tr(
            "%n character(s) in your notes could not be stored and were saved as �.", "", count))
