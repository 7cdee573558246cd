"""File dialogs that start in the user's Documents folder and remember the last one used.

Every feature that asks for a file goes through these two functions, so the reader finds
the folder they used last time, whichever command they used it from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate; Qt itself looks it up at run time."""
    return text


# Strings of Qt's own file dialog that Qt's shipped Chinese translations lack (Qt renamed them
# or never translated them): listed here, our translation files carry them in Qt's contexts.
QT_MISSING_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
_DATE_COLUMN = 3  # QFileSystemModel's "Date Modified"


class _InterfaceDates(QIdentityProxyModel):
    """Shows modification dates in the interface language: Qt's file model formats them in
    the system locale, so an English system gave a Chinese interface US-style dates."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        value = super().data(index, role)
        if index.column() != _DATE_COLUMN or role != Qt.ItemDataRole.DisplayRole:
            return value
        files = self.sourceModel()
        if not isinstance(files, QFileSystemModel):
            return value
        when = files.lastModified(self.mapToSource(index))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat) if when.isValid() else value


class FolderMemory(Protocol):
    """Where the last folder is kept (the preferences)."""

    last_folder: str


def start_folder(memory: FolderMemory) -> Path:
    """The last folder used if it still exists, else Documents, else home."""
    last = Path(memory.last_folder) if memory.last_folder else None
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget | None, memory: FolderMemory, title: str, suggested_name: str,
                  filters: str) -> Path | None:
    """A save dialog proposing `suggested_name` in the start folder; None when cancelled.

    The dialog itself adds the suggested name's suffix to a typed name, so its own
    "replace the existing file?" check sees the name that will really be written.
    """
    dialog = file_dialog(parent, title, start_folder(memory), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip("."))
    dialog.selectFile(suggested_name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return _remember(memory, dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget | None, memory: FolderMemory, title: str, filters: str) -> Path | None:
    """An open dialog in the start folder; None when cancelled."""
    paths = _ask_existing(file_dialog(parent, title, start_folder(memory), filters))
    return _remember(memory, paths[0]) if paths else None


def ask_open_paths(parent: QWidget | None, memory: FolderMemory, title: str, filters: str) -> list[Path]:
    """An open dialog for one or more files in the start folder; [] when cancelled."""
    dialog = file_dialog(parent, title, start_folder(memory), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    paths = _ask_existing(dialog)
    if paths:
        _remember(memory, paths[0])
    return [Path(path) for path in paths]


def file_dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    """Qt's file dialog, its dates in the interface language (a native one keeps its own)."""
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setProxyModel(_InterfaceDates(dialog))
    return dialog


def _ask_existing(dialog: QFileDialog) -> list[str]:
    if dialog.fileMode() != QFileDialog.FileMode.ExistingFiles:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles() if dialog.exec() else []


def _remember(memory: FolderMemory, path: str) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    memory.last_folder = str(chosen.parent)
    return chosen
