"""Side panels: the annotations of an essay or the library, and the bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import COLORS
from app.ui.common.docks import Retranslating
from app.ui.common.fields import clear_button_once_typed
from app.ui.common.plain import isolated, plain_tooltip
from app.ui.notes.drafts import color_icon, color_label
from app.ui.notes.notes_model import ID_ROLE, AnnotationRow, AnnotationsModel, Keep, Part, annotations_view

# The member filter's own entries (member ids fill the rest).
EVERYONE, ONLY_MINE = "", "\x00mine"


class BookmarkRow(NamedTuple):
    id: str
    essay_id: str
    essay_label: str
    name: str
    created: str
    quote: str = ""  # the passage at the bookmark, in the display form


class AnnotationsPanel(Retranslating, QWidget):
    """Notes of the open essay, or of the whole library, with filters."""

    activated = Signal(str)  # annotation id
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    recolor_requested = Signal(str, str)
    reply_requested = Signal(str)
    share_requested = Signal(str, bool)
    scope_changed = Signal(bool)  # True: the whole library
    menu_opening = Signal(QMenu, str)  # a row's menu and its note id: others add their commands

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_notes = QCheckBox()
        self.color_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.member_filter = QComboBox()
        self.member_filter.setVisible(False)  # shown while in a group
        self._members: list[tuple[str, str]] = []
        self.in_group: Callable[[], bool] = lambda: False  # Reply and Share only in a group
        self.text_filter = QLineEdit()
        clear_button_once_typed(self.text_filter)
        self.model = AnnotationsModel(self)
        self.list = annotations_view(self.model)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self._tags: list[str] = []  # as the tag filter lists them
        self._swatches = False  # the colours' icons: once the first frame is on screen (color_icon)
        self._layout()
        self.all_notes.toggled.connect(self.scope_changed)
        for combo in (self.color_filter, self.tag_filter, self.member_filter):
            combo.currentIndexChanged.connect(lambda _number: self._show_rows())
        self.text_filter.textChanged.connect(lambda _text: self._show_rows())
        self.list.clicked.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.activated.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.customContextMenuRequested.connect(self._item_menu)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        enabled_with_a_current_row(self.list, self.edit_button, self.delete_button)
        self.retranslate()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.color_filter)
        filters.addWidget(self.tag_filter)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.all_notes)
        layout.addLayout(filters)
        layout.addWidget(self.member_filter)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.all_notes.setText(self.tr("All notes in the library"))
        self.text_filter.setPlaceholderText(self.tr("Filter by text…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._fill_filters()

    def set_rows(self, rows: list[AnnotationRow], tags: frozenset[str] | None = None) -> None:
        """`tags`: those the rows carry, when the caller knows them (saves a pass over the rows)."""
        self._set_tags(tags if tags is not None else frozenset(t for row in rows for t in row.tags))
        self._show_rows([("", rows)])

    def show_parts(self, parts: list[Part], tags: frozenset[str]) -> None:
        """List `parts` (an essay's rows each, in order): parts listed before as the same list
        stay as they are, so the list keeps its place and measures only what is new."""
        if self._set_tags(tags) or not self.model.show_parts(parts, self._keep()):
            self._show_rows(parts)

    def patch_row(self, key: str, old: int, new: int, row: AnnotationRow | None,
                  tags: frozenset[str]) -> None:
        """Part `key` lost its row at `old` and took `row` at `new` (-1: none)."""
        if self._set_tags(tags):
            self._show_rows()
            return
        current = self.list.currentIndex().data(ID_ROLE) if self.list.currentIndex().isValid() else None
        self.model.patch_row(key, old, new, row, self._keep())
        if row is not None and current == row.id and self.list.currentIndex().data(ID_ROLE) != row.id:
            self.list.blockSignals(True)
            self._choose(row.id)  # the changed row was the chosen one: it stays chosen
            self.list.blockSignals(False)

    def _set_tags(self, tags: frozenset[str]) -> bool:
        """Whether the tag filter's list changed, and with it maybe the tag chosen."""
        tag_list = sorted(tags)
        if tag_list == self._tags:  # the filter lists are made again only when they change
            return False
        self._tags = tag_list
        self._fill_filters()
        return True

    def set_members(self, members: list[tuple[str, str]]) -> None:
        """(author id, name) of the group's members; none: the member filter is hidden."""
        self._members = members
        self.member_filter.setVisible(bool(members))
        self.model.shared_label = self.tr("shared") if members else ""
        self._fill_filters()
        self._show_rows()

    def visible_ids(self) -> list[str]:
        return [row.id for row in self.model.rows]

    def row_index(self, number: int) -> QModelIndex:
        """The list's `number`th shown row (tests click it, read its text and tooltip)."""
        return self.model.index(number, 0)

    def _emit_current(self, signal: SignalInstance) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            signal.emit(index.data(ID_ROLE))

    def show_swatches(self) -> None:
        """Give the colour filter its swatches, from now on."""
        self._swatches = True
        self._show_swatches()

    def _show_swatches(self) -> None:
        if self._swatches:
            for number, name in enumerate(COLORS, start=1):  # after "All colours"
                self.color_filter.setItemIcon(number, color_icon(name))

    def _fill_filters(self) -> None:
        color, tag = self.color_filter.currentData(), self.tag_filter.currentData()
        member = self.member_filter.currentData()
        for combo in (self.color_filter, self.tag_filter, self.member_filter):
            combo.blockSignals(True)
            combo.clear()
        self.member_filter.addItem(self.tr("Everyone's notes"), EVERYONE)
        self.member_filter.addItem(self.tr("Only my notes"), ONLY_MINE)
        for author_id, name in self._members:
            self.member_filter.addItem(isolated(name), author_id)
        self.color_filter.addItem(self.tr("All colours"), "")
        for name in COLORS:
            self.color_filter.addItem(color_label(name), name)
        self._show_swatches()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for name in self._tags:
            self.tag_filter.addItem(f"#{isolated(name)}", name)
        chosen = ((self.color_filter, color), (self.tag_filter, tag), (self.member_filter, member))
        for combo, value in chosen:
            combo.setCurrentIndex(max(combo.findData(value or ""), 0))
            combo.blockSignals(False)

    def _matches(self, row: AnnotationRow) -> bool:
        color, tag = self.color_filter.currentData(), self.tag_filter.currentData()
        needle = self.text_filter.text().strip().lower()
        haystack = f"{row.quote}\n{row.note}\n{' '.join(row.tags)}".lower()
        return ((not color or row.color == color) and (not tag or tag in row.tags)
                and (not needle or needle in haystack) and self._member_matches(row))

    def _member_matches(self, row: AnnotationRow) -> bool:
        member = self.member_filter.currentData() or EVERYONE
        if member == ONLY_MINE:
            return row.mine
        return member in (EVERYONE, row.author_id)

    def _keep(self) -> Keep:
        return self._matches if self._filtering() else None

    def _filtering(self) -> bool:
        return bool(self.color_filter.currentData() or self.tag_filter.currentData()
                    or self.member_filter.currentData() or self.text_filter.text().strip())

    def _choose(self, note_id: str) -> None:
        number = next((n for n, row in enumerate(self.model.rows) if row.id == note_id), -1)
        if number >= 0:
            self.list.setCurrentIndex(self.model.index(number, 0))

    def _show_rows(self, parts: list[Part] | None = None) -> None:
        """List `parts` (those listed) anew, as the filters pass them, keeping the current row
        and the scroll place: the view draws the rows in sight, however many."""
        current = self.list.currentIndex().data(ID_ROLE) if self.list.currentIndex().isValid() else None
        scroll = self.list.verticalScrollBar().value()
        self.list.blockSignals(True)
        self.model.reset_parts(self.model.parts() if parts is None else parts, self._keep())
        if current is not None:
            self._choose(current)
        self.list.verticalScrollBar().setValue(scroll)
        self.list.blockSignals(False)

    def _item_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        note_id = index.data(ID_ROLE)
        row = self.model.rows[index.row()]
        menu = QMenu(self)
        if self.in_group():  # a reply outside a group has no reader
            menu.addAction(self.tr("Reply…"), lambda: self.reply_requested.emit(note_id))
        if row is None or row.mine:
            self._own_note_menu(menu, note_id, row)
        self.menu_opening.emit(menu, note_id)
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _own_note_menu(self, menu: QMenu, note_id: str, row: AnnotationRow | None) -> None:
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(note_id))
        colors = menu.addMenu(self.tr("Colour"))
        for name in COLORS:
            colors.addAction(color_icon(name), color_label(name),
                             lambda c=name: self.recolor_requested.emit(note_id, c))
        quote = row.quote if row is not None else ""
        menu.addAction(self.tr("Copy Quote"), lambda: copy_text(quote))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(note_id))
        if self.in_group() and row is not None:
            share = menu.addAction(self.tr("Shared with the Group"))
            share.setCheckable(True)
            share.setChecked(row.shared)
            share.toggled.connect(lambda on: self.share_requested.emit(note_id, on))


class BookmarksPanel(Retranslating, QWidget):
    """Every bookmark in the library: click to go there, rename, delete."""

    activated = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._item_menu)
        self._quotes: dict[str, str] = {}
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemClicked.connect(lambda item: self.activated.emit(item.data(ID_ROLE)))
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(ID_ROLE)))
        self.rename_button.clicked.connect(lambda: _emit_current(self.list, self.rename_requested))
        self.delete_button.clicked.connect(lambda: _emit_current(self.list, self.delete_requested))
        enabled_with_a_current_row(self.list, self.rename_button, self.delete_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))

    def _item_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        mark_id = item.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Go There"), lambda: self.activated.emit(mark_id))
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(mark_id))
        menu.addAction(self.tr("Copy Quote"), lambda: copy_text(self._quotes.get(mark_id, "")))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(mark_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def set_rows(self, rows: list[BookmarkRow]) -> None:
        self._quotes = {row.id: row.quote for row in rows}
        with _KeepCurrent(self.list):
            self.list.clear()
            for row in rows:
                item = QListWidgetItem(f"{row.essay_label} · {row.name}\n{row.created[:10]}")
                item.setData(ID_ROLE, row.id)
                item.setToolTip(plain_tooltip(row.name))
                self.list.addItem(item)



def copy_text(text: str) -> None:
    """Put plain text on the clipboard."""
    clipboard = QApplication.clipboard()
    if text and clipboard is not None:
        clipboard.setText(text)


def enabled_with_a_current_row(view: QAbstractItemView, *buttons: QPushButton) -> None:
    """Buttons that act on the list's current row (Edit, Rename, Delete) are enabled only while
    there is one: on an empty list they looked ready and did nothing."""
    def follow() -> None:
        if not shiboken6.isValid(view):  # its model lets its rows go as the list is deleted
            return
        there = view.currentIndex().isValid()
        for button in buttons:
            button.setEnabled(there)

    model = view.model()
    view.selectionModel().currentChanged.connect(follow)
    for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        changed.connect(follow)
    follow()


def _emit_current(widget: QListWidget, signal: SignalInstance) -> None:
    """Emit `signal` with the id of the list's current item, if there is one."""
    item = widget.currentItem()
    if item is not None:
        signal.emit(item.data(ID_ROLE))


class _KeepCurrent:
    """Rebuilding a list keeps the reader's current item (by id) and scroll place."""

    def __init__(self, widget: QListWidget) -> None:
        self._widget = widget

    def __enter__(self) -> None:
        item = self._widget.currentItem()
        self._current = item.data(ID_ROLE) if item is not None else None
        self._scroll = self._widget.verticalScrollBar().value()
        self._widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for row in range(self._widget.count()):
            if self._widget.item(row).data(ID_ROLE) == self._current:
                self._widget.setCurrentRow(row)
                break
        self._widget.verticalScrollBar().setValue(self._scroll)
        self._widget.blockSignals(False)
