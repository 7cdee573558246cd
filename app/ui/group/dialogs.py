"""The group's dialogs, behind one object that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # its dialog classes load when first used (see common.dialogs)
from PySide6.QtWidgets import QWidget

from app.ui.common.dialogs import text_dialog


class GroupDialogs:
    """Folder and file choosers and simple questions for the group commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def choose_folder(self, title: str) -> Path | None:
        path = QtWidgets.QFileDialog.getExistingDirectory(self.parent, title)
        return Path(path) if path else None

    def open_path(self, title: str, filters: str) -> Path | None:
        path, _chosen = QtWidgets.QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(path) if path else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        dialog = text_dialog(self.parent, title, label, text)
        return dialog.textValue() if dialog.exec() == QtWidgets.QInputDialog.DialogCode.Accepted else None

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """The index of the chosen item, or None when cancelled."""
        value, ok = QtWidgets.QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(value) if ok and value in items else None
