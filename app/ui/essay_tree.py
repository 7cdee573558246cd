"""The essay tree: collections → essays, titled in the current script form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from app.core.library import Collection, Essay
from app.services.reading import ReadingService
from app.ui.plain import plain_tooltip

ESSAY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internal id of a collection row; an essay row carries its collection's row + 1
PREVIEW_CHARS = 14


class EssayTreeModel(QAbstractItemModel):
    """A read-only model over the library; display text follows the reading form."""

    def __init__(self, reading: ReadingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reading = reading
        reading.form_changed.connect(self._titles_changed)
        reading.library_changed.connect(self._library_changed)

    @property
    def _collections(self) -> list[Collection]:
        return self._reading.library.collections

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._collections)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._collections[parent.row()].essays)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ESSAY_ID_ROLE:
            return item.id if isinstance(item, Essay) else None
        return None

    def item(self, index: Index) -> Collection | Essay:
        if index.internalId() == _TOP:
            return self._collections[index.row()]
        return self._collections[index.internalId() - 1].essays[index.row()]

    def index_of(self, essay_id: str) -> QModelIndex:
        for c_row, collection in enumerate(self._collections):
            for e_row, essay in enumerate(collection.essays):
                if essay.id == essay_id:
                    return self.createIndex(e_row, 0, c_row + 1)
        return QModelIndex()

    def _display(self, item: Collection | Essay) -> str:
        views, form = self._reading.views, self._reading.form
        if isinstance(item, Collection):
            return views.collection_title(item, form)
        preview = item.text[:PREVIEW_CHARS].split("\n")[0]
        source = views.source_script(item)
        return f"{views.essay_label(item, form)}　{views.title(preview, source, form.target(source))}…"

    def _tooltip(self, item: Collection | Essay) -> str:
        views, form = self._reading.views, self._reading.form
        if isinstance(item, Collection):
            info = [views.collection_title(item, form), item.file_name]
            info += [text for text in (item.date, item.source) if text]
            return plain_tooltip("\n".join(info))
        return plain_tooltip(views.essay_title(item, form))

    def _library_changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _titles_changed(self) -> None:
        for row in range(len(self._collections)):
            collection_index = self.index(row, 0)
            self.dataChanged.emit(collection_index, collection_index, [Qt.ItemDataRole.DisplayRole])
            last = self.rowCount(collection_index) - 1
            if last >= 0:
                self.dataChanged.emit(self.index(0, 0, collection_index),
                                      self.index(last, 0, collection_index),
                                      [Qt.ItemDataRole.DisplayRole])


class EssayTree(QTreeView):
    """The library pane on the left."""

    def __init__(self, model: EssayTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAnimated(True)
        self.expandAll()
        model.modelReset.connect(self.expandAll)

    def select_essay(self, essay_id: str) -> None:
        index = self.model().index_of(essay_id)  # type: ignore[attr-defined]
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
