"""Side panels: the annotations of an essay or the library, and the bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import COLORS
from app.ui.common.docks import Retranslating
from app.ui.common.plain import isolated, plain_tooltip
from app.ui.notes.dialog import color_icon, color_label
from app.ui.notes.kinds import kind_mark

ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 60


@dataclass(frozen=True)
class AnnotationRow:
    """One line of the annotations panel, already in the display form."""

    id: str
    essay_id: str
    essay_label: str
    quote: str
    note: str
    color: str
    tags: tuple[str, ...]
    author: str
    modified: str
    orphaned: bool
    missing: bool = False  # its essay is not in the library
    author_id: str = ""
    mine: bool = True
    owner_color: str = ""  # others' notes: their member colour
    replies: tuple[tuple[str, str], ...] = ()  # (author, text), oldest first
    shared: bool = False
    is_reply: bool = False  # a reply whose note is gone stands alone
    written: str = ""  # others' words as written, when the script form changed them (the hover)
    kind: str = ""  # highlight, comment, question or confused: a mark of its own before the quote
    reply_ids: tuple[str, ...] = ()  # of `replies`, in their order


# The member filter's own entries (member ids fill the rest).
EVERYONE, ONLY_MINE = "", "\x00mine"


@dataclass(frozen=True)
class BookmarkRow:
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
        self.text_filter.setClearButtonEnabled(True)
        self.model = AnnotationsModel(self)
        self.list = _annotations_view(self.model)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self._rows: list[AnnotationRow] = []
        self._tags: list[str] = []  # as the tag filter lists them
        self._layout()
        self.all_notes.toggled.connect(self.scope_changed)
        for combo in (self.color_filter, self.tag_filter, self.member_filter):
            combo.currentIndexChanged.connect(self._show_rows)
        self.text_filter.textChanged.connect(self._show_rows)
        self.list.clicked.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.activated.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.customContextMenuRequested.connect(self._item_menu)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
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
        self._rows = rows
        tag_list = sorted(tags if tags is not None else {t for row in rows for t in row.tags})
        if tag_list != self._tags:  # the filter lists are made again only when they change
            self._tags = tag_list
            self._fill_filters()
        self._show_rows()

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
            self.color_filter.addItem(color_icon(name), color_label(name), name)
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

    def _filtering(self) -> bool:
        return bool(self.color_filter.currentData() or self.tag_filter.currentData()
                    or self.member_filter.currentData() or self.text_filter.text().strip())

    def _show_rows(self) -> None:
        """Only the model's list changes: the view draws the rows in sight, however many."""
        shown = [row for row in self._rows if self._matches(row)] if self._filtering() else self._rows
        current = self.list.currentIndex().data(ID_ROLE) if self.list.currentIndex().isValid() else None
        scroll = self.list.verticalScrollBar().value()
        self.list.blockSignals(True)
        self.model.set_rows(shown)
        if current is not None:
            number = next((n for n, row in enumerate(shown) if row.id == current), -1)
            if number >= 0:
                self.list.setCurrentIndex(self.model.index(number, 0))
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


class AnnotationsModel(QAbstractListModel):
    """The notes panel's shown rows; each row's text is made when the view asks for it, so
    100,000 notes cost a list, not 100,000 widgets. User text is handed over as plain text
    (the standard delegate never reads it as rich text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AnnotationRow] = []
        self.shared_label = ""  # said of our shared notes while in a group
        # what the group says of a note by id ("赞同 3 · resolved"), asked as a row is drawn, so
        # a vote repaints the rows in sight instead of making 3,000 rows again
        self.badges: Callable[[str], str] = lambda _note_id: ""
        self._icons: dict[tuple[str, str], QIcon] = {}
        self._italic = QFont()
        self._italic.setItalic(True)  # a note whose passage is gone

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join([row.note or row.quote,
                                            *(f"↳ {isolated(a)}: {isolated(t)}" for a, t in row.replies),
                                            *([row.written] if row.written else [])]))
        return self._italic if role == Qt.ItemDataRole.FontRole and row.orphaned else None

    def _text(self, row: AnnotationRow) -> str:
        quote = row.quote if len(row.quote) <= QUOTE_CHARS else row.quote[:QUOTE_CHARS] + "…"
        lines = [f"{kind_mark(row.kind)} “{quote}”" if row.kind else f"“{quote}”"]
        if row.note:
            lines.extend(map(isolated, row.note.split("\n")))
        meta = [row.essay_label, *(f"#{isolated(t)}" for t in row.tags), isolated(row.author),
                row.modified[:10]]
        if row.shared and row.mine and self.shared_label:
            meta.append(self.shared_label)
        meta.append(self.badges(row.id))
        lines.append(" · ".join(m for m in meta if m))
        ids = row.reply_ids or ("",) * len(row.replies)
        lines += [f"    ↳ {isolated(a)}: {isolated(t)}" + (f"  [{b}]" if (b := self.badges(r)) else "")
                  for (a, t), r in zip(row.replies, ids, strict=True)]
        if row.missing:
            lines.insert(0, QCoreApplication.translate(
                "AnnotationsPanel", "⚠ Not in the library: its essay was removed or could not be "
                "read. The note comes back to its place when the essay does."))
        elif row.orphaned:
            lines.insert(0, QCoreApplication.translate(
                "AnnotationsPanel", "⚠ The text changed; this passage could not be found."))
        return "\n".join(lines)

    def _icon(self, row: AnnotationRow) -> QIcon:
        """One icon per colour, made once (a pixmap per row made every redraw slow)."""
        key = ("member", row.owner_color) if row.owner_color else ("note", row.color)
        icon = self._icons.get(key)
        if icon is None:
            icon = _member_icon(row.owner_color) if row.owner_color else color_icon(row.color)
            self._icons[key] = icon
        return icon


def _annotations_view(model: AnnotationsModel) -> QListView:
    """A list view laying out its rows in batches between events, so a long list never holds
    the window while its rows are measured."""
    view = QListView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(200)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    return view


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


def _member_icon(color: str, size: int = 14) -> QIcon:
    """Another member's note: their colour, the same as their highlights in the reader."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


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
