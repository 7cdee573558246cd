"""Every dialog the window shows goes through here, so tests can stand in for the user."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Dialogs:
    """Thin wrappers over QMessageBox; tests replace this object with a recorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)
