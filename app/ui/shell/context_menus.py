"""Right-click menus of the essay tree, and Edit → Copy."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit

from app.services.reading import ReadingService
from app.ui.library.tree import ESSAY_ID_ROLE, EssayTree
from app.ui.notes.panels import copy_text
from app.ui.reader.view import ReaderView


class TreeMenu(QObject):
    """Open an essay, or copy its title (in the shown form)."""

    def __init__(self, tree: EssayTree, reading: ReadingService) -> None:
        super().__init__(tree)
        self._tree, self._reading = tree, reading
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show)

    def _show(self, pos: QPoint) -> None:
        index = self._tree.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self._tree)
        essay_id = index.data(ESSAY_ID_ROLE)
        if essay_id:
            menu.addAction(self.tr("Open"), lambda: self._reading.open_essay(essay_id))
        title = str(index.data(Qt.ItemDataRole.ToolTipRole) or "").split("\n")[0]
        menu.addAction(self.tr("Copy Title"), lambda: copy_text(title))
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
