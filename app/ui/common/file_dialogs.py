"""File dialogs that start in the user's Documents folder and remember the last one used.

Every feature that asks for a file goes through these two functions, so the reader finds
the folder they used last time, whichever command they used it from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


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
    dialog = QFileDialog(parent, title, str(start_folder(memory)), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip("."))
    dialog.selectFile(suggested_name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return _remember(memory, dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget | None, memory: FolderMemory, title: str, filters: str) -> Path | None:
    """An open dialog in the start folder; None when cancelled."""
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder(memory)), filters)
    return _remember(memory, path)


def ask_open_paths(parent: QWidget | None, memory: FolderMemory, title: str, filters: str) -> list[Path]:
    """An open dialog for one or more files in the start folder; [] when cancelled."""
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, str(start_folder(memory)), filters)
    if paths:
        _remember(memory, paths[0])
    return [Path(path) for path in paths]


def _remember(memory: FolderMemory, path: str) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    memory.last_folder = str(chosen.parent)
    return chosen
