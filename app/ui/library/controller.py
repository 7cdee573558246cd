"""Import (File → Import…, drop, Edit → Paste as New Essay) and collection management
(rename, update from a changed file, reorder, remove, hide the samples) in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMenu, QProgressBar, QWidget

from app.core.importers import SUFFIXES
from app.core.library import SAMPLES
from app.services.library import LibraryService
from app.services.messages import translated
from app.services.reading import ReadingService
from app.store.user_library import Outcome
from app.ui.common.commands import Commands
from app.ui.common.status import StatusMessages
from app.ui.library.dialogs import LibraryDialogs
from app.ui.library.tree import COLLECTION_ID_ROLE, GROUP_ROLE, EssayTree

SHOW_PROGRESS_FROM = 2  # files; a single file shows a busy bar


class LibraryController(QObject):
    """Connects the library actions, the tree's context menu and drops to the library service."""

    def __init__(self, window: QWidget, library_service: LibraryService, reading: ReadingService, *,
                 commands: Commands, tree: EssayTree, dialogs: Callable[[], LibraryDialogs],
                 status: StatusMessages, progress: QProgressBar) -> None:
        """`window` takes the drops; `dialogs` returns the window's dialogs when needed (tests swap
        them after start-up); `progress` is the status bar's import progress, hidden until used."""
        super().__init__(window)
        self.window = window
        self.library_service = library_service
        self.reading = reading
        self.commands = commands
        self.tree = tree
        self._dialogs = dialogs
        self.status = status
        self.progress = progress
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._connect()
        commands["show_samples"].setChecked(library_service.prefs.show_samples)

    @property
    def dialogs(self) -> LibraryDialogs:
        return self._dialogs()

    def _connect(self) -> None:
        c = self.commands
        c["import"].triggered.connect(self.choose_files)
        c["paste_essay"].triggered.connect(self.paste)
        c["show_samples"].toggled.connect(self.library_service.set_show_samples)
        self._removed_message = ""
        self.library_service.undo_stack.indexChanged.connect(self._undo_moved)
        self.library_service.import_started.connect(self._started)
        self.library_service.import_progress.connect(self._progress)
        self.library_service.import_finished.connect(self._finished)

    # -- ways in ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        paths = self.dialogs.open_paths(
            self.tr("Import Essays"), self.tr("Essays ({patterns});;All files (*)").format(
                patterns=patterns))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        """Ask about files named like an earlier import, then import in the background."""
        if self.library_service.busy:
            self.status.show(self.tr("An import is still running; try again when it ends."), 5000)
            return
        files = self.library_service.importable(paths)
        if not files:
            self.dialogs.warn(self.tr("Import Essays"), self.tr("There is nothing to import here."))
            return
        update = set()
        for path in files:
            existing = self.library_service.existing_by_name(path.name)
            if existing is not None and self.dialogs.ask_yes_no(
                    self.tr("Update Collection"),
                    self.tr("“{title}” was imported from a file named {name}. Update it with this "
                            "file? Notes find their passages again.").format(
                        title=existing.title or self._title_of(existing.id), name=path.name)):
                update.add(path.name)
        self.library_service.import_files(files, update)

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        text = data.text() if data is not None and data.hasText() else ""
        html = data.html() if data is not None and data.hasHtml() else ""
        if not text.strip() and not html.strip():
            self.dialogs.warn(self.tr("Paste as New Essay"), self.tr("The clipboard holds no text."))
            return
        self.library_service.import_text(text, html)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files or folders dropped anywhere on the window are imported."""
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # -- progress and results ------------------------------------------------------------------

    def _started(self, count: int) -> None:
        self.progress.setRange(0, count if count >= SHOW_PROGRESS_FROM else 0)
        self.progress.setValue(0)
        self.progress.show()
        self.status.persist(self.tr("Importing…"))

    def _progress(self, done: int, total: int, name: str) -> None:
        if total >= SHOW_PROGRESS_FROM:
            self.progress.setValue(done)
        self.status.persist(self.tr("Importing {name}…").format(name=name))

    def _finished(self, outcomes: list[Outcome]) -> None:
        self.progress.hide()
        added = [o for o in outcomes if o.status in ("added", "updated") and o.collection]
        failed = [o.message for o in outcomes if o.status == "failed"]
        others = [o.message for o in outcomes if o.status in ("unchanged", "skipped")]
        count = len(added)
        self.status.show(self.tr("Imported %n collection.", "", count) if count == 1
                         else self.tr("Imported %n collections.", "", count), 5000)
        if added and added[-1].collection is not None and added[-1].collection.essays:
            self.reading.open_essay(added[-1].collection.essays[0].id)
        if failed or others:
            self.dialogs.warn(self.tr("Import Essays"), "\n\n".join(map(translated, failed + others)))

    # -- managing collections --------------------------------------------------------------------

    def _menu_for(self, index: QModelIndex) -> QMenu:
        """The collection commands of a tree row, in a menu of their own."""
        menu = QMenu(self.tree)
        self.extend_tree_menu(menu, index)
        return menu

    def extend_tree_menu(self, menu: QMenu, index: QModelIndex) -> None:
        """Add a tree row's commands to its context menu: a collection's, or hiding the samples."""
        if menu.actions():
            menu.addSeparator()
        if index.data(GROUP_ROLE) == SAMPLES:
            menu.addAction(self.commands["show_samples"])
            return
        cid = index.data(COLLECTION_ID_ROLE) if index.isValid() else None
        if not cid or not self.library_service.is_user_collection(cid):
            menu.addAction(self.commands["import"])
            return
        self._add(menu, self.tr("Rename…"), lambda: self.rename(cid))
        self._add(menu, self.tr("Update from File…"), lambda: self.update_from_file(cid))
        menu.addSeparator()
        row, count = self.library_service.position(cid)
        self._add(menu, self.tr("Move Up"), lambda: self.library_service.move(cid, -1)).setEnabled(row > 0)
        self._add(menu, self.tr("Move Down"), lambda: self.library_service.move(cid, 1)).setEnabled(
            row < count - 1)
        menu.addSeparator()
        self._add(menu, self.tr("Remove from Library"), lambda: self.remove(cid))

    @staticmethod
    def _add(menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _title_of(self, cid: str) -> str:
        collection = self.library_service.library.collection(cid)
        return collection.title if collection else cid

    def rename(self, cid: str) -> None:
        title = self.dialogs.ask_text(self.tr("Rename Collection"), self.tr("Name:"), self._title_of(cid))
        if title and title.strip():
            self.library_service.rename(cid, title, self.tr("Rename Collection"))

    def update_from_file(self, cid: str) -> None:
        paths = self.dialogs.open_paths(self.tr("Update “{title}” from a File").format(
            title=self._title_of(cid)), self.tr("Essays ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in SUFFIXES)))
        if paths:
            self.library_service.update_collection(cid, paths[0])

    def _undo_moved(self, _index: int) -> None:
        """An undo or redo makes "Removed …" untrue: the collection is back."""
        self.status.clear_if(self._removed_message)

    def remove(self, cid: str) -> None:
        title = self._title_of(cid)
        self.library_service.remove(cid, self.tr("Remove “{title}”").format(title=title))
        self._removed_message = self.tr("Removed “{title}” from the library; its notes are kept "
                                        "(Undo brings it back).").format(title=title)
        self.status.show(self._removed_message, 8000)
