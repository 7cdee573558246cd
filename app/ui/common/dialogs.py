"""Every dialog the window shows goes through here, so tests can stand in for the user."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.ui.common.file_dialogs import FolderMemory, ask_open_paths, ask_save_path, start_folder
from app.ui.common.quit_guard import QuitChoice

if TYPE_CHECKING:
    from app.ui.group.assignment_dialog import AssignmentDraft
    from app.ui.notes.dialog import NoteDraft
    from app.ui.notes.reply_dialog import ReplyContext

TEXT_DIALOG_WIDTH = 440  # room for a title such as "Rename bookmark" and a long name


class Dialogs:
    """Thin wrappers over Qt's dialogs; tests replace this object with a recorder."""

    def __init__(self, parent: QWidget | None = None, folders: FolderMemory | None = None) -> None:
        self.parent = parent
        self.folders = folders or _SessionFolder()

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and user text
        box.exec()

    def unsaved_changes(self, title: str, text: str) -> QuitChoice:
        """Retry, Save a Copy…, Quit Without Saving, or (Escape) keep the window open."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton,
                          self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        role = QMessageBox.ButtonRole
        # The literal context lets lupdate file these strings where translate() looks for them.
        retry = QCoreApplication.translate("Dialogs", "Retry")
        save_copy = QCoreApplication.translate("Dialogs", "Save a Copy…")
        discard = QCoreApplication.translate("Dialogs", "Quit Without Saving")
        buttons: dict[QAbstractButton, QuitChoice] = {
            box.addButton(retry, role.AcceptRole): QuitChoice.RETRY,
            box.addButton(save_copy, role.ActionRole): QuitChoice.SAVE_COPY,
            box.addButton(discard, role.DestructiveRole): QuitChoice.DISCARD,
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return buttons.get(box.clickedButton(), QuitChoice.CANCEL)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def edit_note(self, quote: str, draft: NoteDraft) -> NoteDraft | None:
        from app.ui.notes.dialog import NoteDialog  # noqa: PLC0415  (on first use)

        dialog = NoteDialog(quote, draft, self.parent)
        return dialog.draft() if dialog.exec() == NoteDialog.DialogCode.Accepted else None

    def write_reply(self, context: ReplyContext) -> str | None:
        """A reply to the note in `context`, or None when the reader cancels."""
        from app.ui.notes.reply_dialog import ReplyDialog  # noqa: PLC0415  (on first use)

        dialog = ReplyDialog(context, self.parent)
        text = dialog.text() if dialog.exec() == ReplyDialog.DialogCode.Accepted else None
        dialog.deleteLater()  # not kept as the window's child after it is answered
        return text

    def new_assignment(self, essays: list[tuple[str, str]], chosen: set[str]) -> AssignmentDraft | None:
        """Essays (id, label) to choose from, `chosen` ticked; None when the reader cancels."""
        from app.ui.group.assignment_dialog import AssignmentDialog  # noqa: PLC0415  (on first use)

        dialog = AssignmentDialog(essays, chosen, self.parent)
        draft = dialog.draft() if dialog.exec() == AssignmentDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return draft

    def ask_text(self, title: str, label: str, text: str, placeholder: str = "") -> str | None:
        dialog = text_dialog(self.parent, title, label, text, placeholder)
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return ask_save_path(self.parent, self.folders, title, suggested, filters)

    def open_paths(self, title: str, filters: str) -> list[Path]:
        return ask_open_paths(self.parent, self.folders, title, filters)

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title, str(start_folder(self.folders)))
        return Path(path) if path else None

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def choose_color(self, title: str, current: str) -> str | None:
        """A colour as #rrggbb, starting from `current`; None when cancelled."""
        color = QColorDialog.getColor(QColor(current), self.parent, title)
        return color.name() if color.isValid() else None


TITLE_BAR_ROOM = 160  # the window manager's icon and buttons beside a dialog's title


def text_dialog(parent: QWidget | None, title: str, label: str, text: str,
                placeholder: str = "") -> QInputDialog:
    """A one-line question wide enough that its title is not cut ("Renam…eader")."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    if placeholder and (line := dialog.findChild(QLineEdit)) is not None:
        line.setPlaceholderText(placeholder)
    title_width = dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM
    dialog.setMinimumWidth(max(TEXT_DIALOG_WIDTH, title_width))
    return dialog


class _SessionFolder:
    """Remembers the last folder until the window closes (when no preferences are given)."""

    last_folder = ""
