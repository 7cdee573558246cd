"""Right-click a collection → Share with Group… (and Update, Remove from Group): the reader's own
imported text copied into the group folder so every member can read and annotate it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QProgressBar

from app.services.group import GroupService
from app.services.library import LibraryService
from app.services.messages import translated
from app.services.study import StudyService
from app.services.study_errors import StudyError
from app.ui.common.dialogs import Dialogs
from app.ui.common.status import StatusMessages
from app.ui.library.tree import COLLECTION_ID_ROLE, ESSAY_ID_ROLE

STATUS_MS = 6000


class ShareMenu(QObject):
    """Adds the group commands to a collection's menu and carries them out, asking first."""

    def __init__(self, study: StudyService, group: GroupService, library: LibraryService, *,
                 dialogs: Callable[[], Dialogs], status: StatusMessages, progress: QProgressBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.study, self.group, self.library = study, group, library
        self._dialogs, self.status, self.progress = dialogs, status, progress

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs()

    def shared(self, collection_id: str) -> bool:
        from app.core.study import SHARE  # noqa: PLC0415  (asked only in a group: loaded with it)

        record = self.study.own_record(f"share/{collection_id}")
        return record is not None and record.get("type") == SHARE and record.get("deleted") is None

    def extend_tree_menu(self, menu: QMenu, index: QModelIndex) -> None:
        cid = index.data(COLLECTION_ID_ROLE) if index.isValid() else None
        if not cid or not self.group.joined or not self.library.is_user_collection(cid):
            return
        if index.data(ESSAY_ID_ROLE):
            return  # a group row or an essay row: sharing is of a whole collection
        menu.addSeparator()
        if self.shared(cid):
            menu.addAction(self.tr("Update Shared Copy…"), lambda: self.share(cid, update=True))
            menu.addAction(self.tr("Remove from Group…"), lambda: self.unshare(cid))
        else:
            menu.addAction(self.tr("Share with Group…"), lambda: self.share(cid))

    def _title(self, cid: str) -> str:
        collection = self.library.library.collection(cid)
        return collection.title if collection is not None else cid

    def share(self, cid: str, *, update: bool = False) -> None:
        title = self._title(cid)
        question = (self.tr("Copy the current text of “{title}” to the group again? Members see the "
                            "new version; notes follow by quote.") if update else
                    self.tr("Copy “{title}” into the group folder so every member can read and annotate "
                            "it? Your notes on it move to the group's copy and are shared."))
        if not self.dialogs.ask_yes_no(self.tr("Share with Group"), question.format(title=title)):
            return
        busy = self.tr("Sharing “{title}” with the group…").format(title=title)
        with _Busy(self.progress, self.status, busy):
            try:
                shared = self.study.share_collection(cid, origin=self)
            except StudyError as error:
                self.status.show(translated(error.message), STATUS_MS)
                return
        self.status.show(self.tr("“{title}” is shared with the group: %n essay(s).", "",
                                 len(shared.essays)).format(title=title), STATUS_MS)

    def unshare(self, cid: str) -> None:
        title = self._title(cid)
        if not self.dialogs.ask_yes_no(self.tr("Remove from Group"), self.tr(
                "Take “{title}” out of the group folder? Members' notes on it stay theirs and "
                "come back if it is shared again.").format(title=title)):
            return
        try:
            self.study.unshare_collection(cid, origin=self)
        except StudyError as error:
            self.status.show(translated(error.message), STATUS_MS)
            return
        self.status.show(self.tr("“{title}” was removed from the group.").format(title=title), STATUS_MS)


class _Busy:
    """A busy bar and a standing message while a text is copied (a large one takes a moment)."""

    def __init__(self, bar: QProgressBar, status: StatusMessages, text: str) -> None:
        self.bar, self.status, self.text = bar, status, text

    def __enter__(self) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.stand(self.text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.status.withdraw(self.text)
        self.bar.hide()
