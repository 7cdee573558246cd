"""Every dialog the window shows goes through here, so tests can stand in for the user.

Qt's dialog classes are looked up on `QtWidgets` when first used: PySide builds a class's
Python side when it is first named, and the window's first frame needs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.ui.common.quit_guard import QuitChoice

if TYPE_CHECKING:  # file dialogs and the feature dialogs load when first asked for
    from app.ui.common.file_dialogs import FolderMemory
    from app.ui.group.assignment_dialog import AssignmentDraft
    from app.ui.notes.drafts import NoteDraft, ReplyContext

TEXT_DIALOG_WIDTH = 440  # room for a title such as "Rename bookmark" and a long name


class Dialogs:
    """Thin wrappers over Qt's dialogs; tests replace this object with a recorder."""

    def __init__(self, parent: QWidget | None = None, folders: FolderMemory | None = None) -> None:
        self.parent = parent
        self.folders = folders or _SessionFolder()

    def warn(self, title: str, text: str) -> None:
        message_box = QtWidgets.QMessageBox
        box = message_box(message_box.Icon.Warning, title, text, message_box.StandardButton.Ok, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and user text
        box.exec()

    def unsaved_changes(self, title: str, text: str) -> QuitChoice:
        """Retry, Save a Copy…, Quit Without Saving, or (Escape) keep the window open."""
        message_box = QtWidgets.QMessageBox
        box = message_box(message_box.Icon.Critical, title, text, message_box.StandardButton.NoButton,
                          self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        role = message_box.ButtonRole
        # The literal context lets lupdate file these strings where translate() looks for them.
        retry = QCoreApplication.translate("Dialogs", "Retry")
        save_copy = QCoreApplication.translate("Dialogs", "Save a Copy…")
        discard = QCoreApplication.translate("Dialogs", "Quit Without Saving")
        buttons: dict[QtWidgets.QAbstractButton, QuitChoice] = {
            box.addButton(retry, role.AcceptRole): QuitChoice.RETRY,
            box.addButton(save_copy, role.ActionRole): QuitChoice.SAVE_COPY,
            box.addButton(discard, role.DestructiveRole): QuitChoice.DISCARD,
        }
        cancel = box.addButton(message_box.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return buttons.get(box.clickedButton(), QuitChoice.CANCEL)

    def about(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.about(self.parent, title, text)

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
        return dialog.textValue() if dialog.exec() == QtWidgets.QInputDialog.DialogCode.Accepted else None

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        from app.ui.common.file_dialogs import ask_save_path  # noqa: PLC0415

        return ask_save_path(self.parent, self.folders, title, suggested, filters)

    def open_paths(self, title: str, filters: str) -> list[Path]:
        from app.ui.common.file_dialogs import ask_open_paths  # noqa: PLC0415

        return ask_open_paths(self.parent, self.folders, title, filters)

    def choose_folder(self, title: str) -> Path | None:
        from app.ui.common.file_dialogs import start_folder  # noqa: PLC0415

        path = QtWidgets.QFileDialog.getExistingDirectory(self.parent, title, str(start_folder(self.folders)))
        return Path(path) if path else None

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QtWidgets.QMessageBox.question(self.parent, title, text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def choose_color(self, title: str, current: str) -> str | None:
        """A colour as #rrggbb, starting from `current`; None when cancelled."""
        color = QtWidgets.QColorDialog.getColor(QColor(current), self.parent, title)
        return color.name() if color.isValid() else None


DIALOG_MARGINS = 24  # pixels left and right of a dialog's line
TITLE_BAR_ROOM = 160  # the window manager's icon and buttons beside a dialog's title


def text_dialog(parent: QWidget | None, title: str, label: str, text: str,
                placeholder: str = "") -> QtWidgets.QInputDialog:
    """A one-line question wide enough that its title is not cut ("Renam…eader")."""
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)  # makes the dialog's layout and its line
    width = max(TEXT_DIALOG_WIDTH, title_bar_width(title))
    dialog.setMinimumWidth(width)
    if (line := dialog.findChild(QLineEdit)) is not None:
        line.setPlaceholderText(placeholder)
        # QInputDialog's layout sets the dialog's minimum size itself when shown: the line holds
        # the width (less the layout's margins) so the title is not cut ("Your name —…ngxin Reader")
        line.setMinimumWidth(width - DIALOG_MARGINS)
    return dialog


def title_bar_width(title: str) -> int:
    """The width a window manager needs for `title` uncut: Qt adds " — " and the application's
    name on X11 and Windows, and title bars are often set in bold."""
    shown = f"{title} \u2014 {QGuiApplication.applicationDisplayName()}"
    font = QApplication.font()
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(shown) + TITLE_BAR_ROOM


class _SessionFolder:
    """Remembers the last folder until the window closes (when no preferences are given)."""

    last_folder = ""
