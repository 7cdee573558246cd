"""File → Export Notes…: every note and bookmark the reader sees, as Markdown or JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.store import atomic_write_bytes
from app.ui.common.dialogs import Dialogs
from app.ui.common.status import StatusMessages


class NotesExport(QObject):
    """Asks where, writes the file atomically, says where it went (or why it could not)."""

    def __init__(self, notes: NotesService, reading: ReadingService, *, dialogs: Callable[[], Dialogs],
                 language: Callable[[], str], status: StatusMessages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes, self.reading, self._dialogs = notes, reading, dialogs
        self.language, self.status = language, status

    def export(self) -> None:
        dialogs = self._dialogs()
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = dialogs.save_path(self.tr("Export Notes"), f"jiangxin-notes-{stamp}.md",
                                 self.tr("Markdown (*.md);;JSON (*.json)"))
        if path is None:
            return
        from app.core.export import Notes, export_json, export_markdown  # noqa: PLC0415  (on first use)

        notes = Notes(self.notes.annotations(), self.notes.bookmarks())
        if path.suffix.lower() == ".json":
            text = export_json(notes)
        else:
            text = export_markdown(self.reading.library, notes, self.reading.form, self.language(),
                                   datetime.now().strftime("%Y-%m-%d %H:%M"))
        try:
            atomic_write_bytes(path, text.encode("utf-8"))
        except OSError as error:
            dialogs.warn(self.tr("Export Notes"), self.tr(
                "The notes could not be written to {path}: {reason}").format(
                    path=path, reason=error.strerror or error))
            return
        self.status.show(self.tr("Notes exported to {path}").format(path=path), 5000)
