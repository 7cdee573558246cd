"""The status bar's message area, behind one small service every controller shares."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

MESSAGE_MS = 5000


class StatusMessages(QObject):
    """Says things in the status bar's message area; the bar's permanent widgets stay the window's.

    Controllers get this instead of the window, so none of them needs `statusBar()`.
    """

    def __init__(self, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self._standing = ""
        bar.messageChanged.connect(self._restore_standing)

    def show(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """A passing message, gone after `timeout_ms` or when a newer one replaces it."""
        self._bar.showMessage(text, timeout_ms)

    def persist(self, text: str) -> None:
        """A message with no timeout (a failure, work under way): it stays until cleared or
        replaced, so a reader who looks away still finds it."""
        self._bar.showMessage(text)

    def stand(self, text: str) -> None:
        """A message that stays until withdrawn (this window no longer saves): a passing
        message may cover it for a while, and it comes back when that one ends."""
        self._standing = text
        self._bar.showMessage(text)

    def withdraw(self, text: str) -> bool:
        """End the standing message `text` (a newer one is left alone); True if it was standing."""
        if not text or self._standing != text:
            return False
        self._standing = ""
        self.clear_if(text)
        return True

    def _restore_standing(self, message: str) -> None:
        if not message and self._standing:
            self._bar.showMessage(self._standing)

    def clear_if(self, text: str) -> bool:
        """Clear the message if it still says `text` (a newer message is left alone); True if so."""
        if not text or self._bar.currentMessage() != text:
            return False
        self._bar.clearMessage()
        return True

    def clear(self) -> None:
        self._bar.clearMessage()

    def current(self) -> str:
        return self._bar.currentMessage()
