"""Right-click menus of the essay tree, and Edit → Copy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit

from app.services.reading import ReadingService
from app.ui.library.tree import ESSAY_ID_ROLE, EssayTree
from app.ui.notes.panels import copy_text
from app.ui.reader.view import ReaderView


class TreeMenu(QObject):
    """The essay tree's one right-click menu: open an essay, copy a title (in the shown form),
    and whatever `opening` handlers add (the collection commands)."""

    opening = Signal(QMenu, QModelIndex)  # the menu and the row, before it opens

    def __init__(self, tree: EssayTree, reading: ReadingService) -> None:
        super().__init__(tree)
        self._tree, self._reading = tree, reading
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show)

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The whole menu of a row (of the empty space below the rows if `index` is invalid)."""
        menu = QMenu(self._tree)
        essay_id = index.data(ESSAY_ID_ROLE) if index.isValid() else None
        if essay_id:
            menu.addAction(self.tr("Open"), lambda: self._reading.open_essay(essay_id))
        if index.isValid():
            title = str(index.data(Qt.ItemDataRole.ToolTipRole) or "").split("\n")[0]
            menu.addAction(self.tr("Copy Title"), lambda: copy_text(title))
        self.opening.emit(menu, index)
        return menu

    def _show(self, pos: QPoint) -> None:
        menu = self.menu_for(self._tree.indexAt(pos))
        if menu.actions():
            menu.exec(self._tree.viewport().mapToGlobal(pos))
        menu.deleteLater()


def copy_selection(reader: ReaderView) -> None:
    """Edit → Copy: the focused field's selection, else the reader's, as shown on screen."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit | QPlainTextEdit) or (
            isinstance(focused, QTextEdit) and focused is not reader):
        focused.copy()
        return
    copy_text(reader.textCursor().selection().toPlainText())
