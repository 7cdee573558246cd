"""File → Export Notes…: every note and bookmark the reader sees, as Markdown, JSON or Readwise
CSV (the chosen file type decides); File → Export Notes to an Obsidian Folder…: one Markdown file
per essay in a folder the reader chooses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

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
                                 self.tr("Markdown (*.md);;JSON (*.json);;Readwise CSV (*.csv)"))
        if path is None:
            return
        if self._write({path: self._text(path.suffix.lower())}):
            self.status.show(self.tr("Notes exported to {path}").format(path=path), 5000)

    def _text(self, suffix: str) -> str:
        from app.core.export import Notes, export_json, export_markdown  # noqa: PLC0415  (on first use)

        self.notes.keeper.notes_in()  # still loading: the file would miss them all, and not say so
        notes = Notes(self.notes.annotations(), self.notes.bookmarks())
        if suffix == ".json":
            return export_json(notes)
        if suffix == ".csv":
            from app.core.export_readwise import export_readwise  # noqa: PLC0415

            return export_readwise(self.reading.library, notes, self.reading.form)
        return export_markdown(self.reading.library, notes, self.reading.form, self.language(),
                               datetime.now().strftime("%Y-%m-%d %H:%M"))

    def export_obsidian(self) -> None:
        """One Markdown file per essay into the chosen folder (an Obsidian vault or a folder in it)."""
        folder = self._dialogs().choose_folder(self.tr("Export Notes to an Obsidian Folder"))
        if folder is None:
            return
        from app.core.export import Notes  # noqa: PLC0415  (on first use)
        from app.core.export_obsidian import export_obsidian  # noqa: PLC0415

        self.notes.keeper.notes_in()
        files = export_obsidian(self.reading.library, Notes(self.notes.annotations(), []), self.reading.form)
        if self._write({folder / name: text for name, text in files.items()}):
            count = len(files)
            self.status.show(self.tr("%n essay's notes exported to {path}", "", count).format(path=folder)
                             if count == 1 else
                             self.tr("%n essays' notes exported to {path}", "", count).format(path=folder),
                             5000)

    def _write(self, files: dict[Path, str]) -> bool:
        for path, text in files.items():
            try:
                atomic_write_bytes(path, text.encode("utf-8"))
            except OSError as error:
                self._dialogs().warn(self.tr("Export Notes"), self.tr(
                    "The notes could not be written to {path}: {reason}").format(
                        path=path, reason=error.strerror or error))
                return False
        return True
