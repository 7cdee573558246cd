"""The essay tree: groups (my library, group folders, sample essays) → collections → essays,
titled in the current script form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from app.core.library import SAMPLES, Collection, Essay
from app.services.reading import ReadingService
from app.store.user_library import GROUP as MY_LIBRARY
from app.ui.common.plain import plain_tooltip

ESSAY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLLECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
# Plain ints, compared in data(): the view asks some eight roles of every row it paints, and
# most are answered None before the row's item is even looked up.
_DISPLAY, _TOOLTIP, _FONT = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole))
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FONT, ESSAY_ID_ROLE, COLLECTION_ID_ROLE, GROUP_ROLE})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
Index = QModelIndex | QPersistentModelIndex
# Internal ids: 0 for a group row; 1 + group row for a collection row; for an essay row,
# (group row + 1) << 32 | (collection row + 1).
_TOP = 0
_ESSAY = 1 << 32
PREVIEW_CHARS = 14
TIP_CHARS = 60  # of the opening line, in the essay's tooltip
ASSIGNED_MARK = "◆"  # before an assigned essay's label: a shape, so it reads without colour
EXPAND_ALL_BELOW = 400  # essays; a larger library opens with its collections folded


class Group:
    """One top-level row: its key and its collections, in library order."""

    def __init__(self, key: str, collections: list[Collection]) -> None:
        self.key = key
        self.collections = collections


class EssayTreeModel(QAbstractItemModel):
    """A read-only model over the library; display text follows the reading form."""

    def __init__(self, reading: ReadingService, parent: QWidget | None = None,
                 group_title: Any = None) -> None:
        super().__init__(parent)
        self._reading = reading
        self._group_title = group_title
        self._groups: list[Group] = []
        self._places: dict[str, tuple[int, int]] = {}  # collection id → (group row, row)
        self._assigned: dict[str, str] = {}  # essay id → the nearest due date of its assignments
        self._rebuild()
        reading.form_changed.connect(self._titles_changed)
        reading.library_changed.connect(self._library_changed)

    def _rebuild(self) -> None:
        groups: dict[str, list[Collection]] = {}
        for collection in self._reading.library.collections:
            groups.setdefault(collection.group, []).append(collection)
        order = [MY_LIBRARY, *(k for k in groups if k not in (MY_LIBRARY, SAMPLES)), SAMPLES]
        self._groups = [Group(key, groups[key]) for key in order if key in groups]
        self._places = {c.id: (g, row) for g, group in enumerate(self._groups)
                        for row, c in enumerate(group.collections)}

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or not 0 <= row < self.rowCount(parent):  # as hasIndex, without a trip through Qt
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        group = parent.internalId() - 1
        return self.createIndex(row, column, ((group + 1) << 32) | (parent.row() + 1))

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        internal = child.internalId()
        if internal < _ESSAY:
            return self.createIndex(internal - 1, 0, _TOP)
        group, row = (internal >> 32) - 1, (internal & 0xFFFFFFFF) - 1
        return self.createIndex(row, 0, group + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        internal = parent.internalId()
        if internal == _TOP:
            return len(self._groups[parent.row()].collections)
        if internal < _ESSAY:
            return len(self._groups[internal - 1].collections[parent.row()].essays)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        item = self.item(index)
        if isinstance(item, Group):
            return self._group_data(item, role)
        if role == _DISPLAY:
            return self._display(item)
        if role == _TOOLTIP:
            return self._tooltip(item)
        return self._ids(item, role)

    @staticmethod
    def _ids(item: Collection | Essay, role: int) -> str | None:
        if role == ESSAY_ID_ROLE:
            return item.id if isinstance(item, Essay) else None
        if role == COLLECTION_ID_ROLE:
            return item.id if isinstance(item, Collection) else item.collection_id
        return None

    def _group_data(self, group: Group, role: int) -> Any:
        if role in (_DISPLAY, _TOOLTIP):
            return self.group_title(group.key)
        if role == GROUP_ROLE:
            return group.key
        if role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def group_title(self, key: str) -> str:
        if key == SAMPLES:
            return QCoreApplication.translate("EssayTree", "Sample essays")
        if key == MY_LIBRARY:
            return QCoreApplication.translate("EssayTree", "My library")
        return str(self._group_title(key)) if self._group_title else key

    def item(self, index: Index) -> Group | Collection | Essay:
        internal = index.internalId()
        if internal == _TOP:
            return self._groups[index.row()]
        if internal < _ESSAY:
            return self._groups[internal - 1].collections[index.row()]
        group, row = (internal >> 32) - 1, (internal & 0xFFFFFFFF) - 1
        return self._groups[group].collections[row].essays[index.row()]

    def index_of(self, essay_id: str) -> QModelIndex:
        essay = self._reading.library.essay(essay_id)
        place = self._places.get(essay.collection_id) if essay else None
        if essay is None or place is None:
            return QModelIndex()
        group, row = place
        essays = self._groups[group].collections[row].essays
        position = next((n for n, e in enumerate(essays) if e is essay), -1)
        if position < 0:
            return QModelIndex()
        return self.createIndex(position, 0, ((group + 1) << 32) | (row + 1))

    def collection_index(self, collection_id: str) -> QModelIndex:
        place = self._places.get(collection_id)
        return self.createIndex(place[1], 0, place[0] + 1) if place else QModelIndex()

    def set_assigned(self, due_by_essay: dict[str, str]) -> None:
        """Mark the essays the group was assigned (essay id → due date, YYYY-MM-DD)."""
        if due_by_essay != self._assigned:
            self._assigned = dict(due_by_essay)
            self._titles_changed()

    def essay_count(self) -> int:
        return sum(len(c.essays) for g in self._groups for c in g.collections)

    def _display(self, item: Collection | Essay) -> str:
        views, form = self._reading.views, self._reading.form
        if isinstance(item, Collection):
            return views.collection_title(item, form)
        mark = f"{ASSIGNED_MARK} " if item.id in self._assigned else ""
        return f"{mark}{views.essay_label(item, form)}　{self._opening(item, PREVIEW_CHARS)}…"

    def _opening(self, item: Essay, chars: int) -> str:
        """The first `chars` characters of the essay's first line, in the form read."""
        views, form = self._reading.views, self._reading.form
        source = views.source_script(item)
        return views.title(item.text[:chars].split("\n")[0], source, form.target(source), form=form)

    def _tooltip(self, item: Collection | Essay) -> str:
        views, form = self._reading.views, self._reading.form
        if isinstance(item, Collection):
            info = [views.collection_title(item, form), item.file_name]
            info += [text for text in (item.date, item.source) if text]
            return plain_tooltip("\n".join(info))
        due = self._assigned.get(item.id)
        assigned = QCoreApplication.translate("EssayTree", "Assigned, due {date}").format(date=due)
        line_end = item.text.find("\n")
        more = "…" if (line_end if line_end >= 0 else len(item.text)) > TIP_CHARS else ""
        opening = self._opening(item, TIP_CHARS) + more  # the row cuts it short: here more of it
        return plain_tooltip("\n".join([views.essay_title(item, form), opening,
                                         *([f"{ASSIGNED_MARK} {assigned}"] if due else [])]))

    def _library_changed(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _titles_changed(self) -> None:
        for g in range(len(self._groups)):
            group_index = self.index(g, 0)
            for row in range(self.rowCount(group_index)):
                collection_index = self.index(row, 0, group_index)
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
        self._expand()
        model.modelReset.connect(self._expand)

    def _expand(self) -> None:
        """Everything open in a small library; in a large one only the groups (rows are made
        when a collection is opened, so a thousand-essay library starts as fast as two)."""
        model = self.model()
        assert isinstance(model, EssayTreeModel)
        if model.essay_count() < EXPAND_ALL_BELOW:
            self.expandAll()
        else:
            self.expandToDepth(0)

    def select_essay(self, essay_id: str) -> None:
        index = self.model().index_of(essay_id)  # type: ignore[attr-defined]
        if index.isValid():
            self.expand(index.parent())
            self.setCurrentIndex(index)
            self.scrollTo(index)
