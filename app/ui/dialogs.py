"""Every dialog the window shows goes through here, so tests can stand in for the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.ui.note_dialog import NoteDialog, NoteDraft


class Dialogs:
    """Thin wrappers over Qt's dialogs; tests replace this object with a recorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def edit_note(self, quote: str, draft: NoteDraft) -> NoteDraft | None:
        dialog = NoteDialog(quote, draft, self.parent)
        return dialog.draft() if dialog.exec() == NoteDialog.DialogCode.Accepted else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None
