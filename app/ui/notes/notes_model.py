"""The notes panel's list: its rows, one part per essay, changed in place.

At 100,000 notes a reset of the whole list made the view measure every row again and lost
its place; a change to one note inserts, removes or changes that one row, and a part (an
essay's rows) made again replaces only its own range.

The tree view lays out every row again after any insertion or removal, asking the model for
each row's index; with the row count answered in Python that was 100,000 calls into Python,
80–130 ms at each added note. The model therefore keeps its shape (how many rows) in Qt's own
QStringListModel, a list of empty strings, and answers only `data` in Python, for the rows
drawn: the same layout takes 8 ms. (Its `flags` stay Qt's too: answered in Python, the
layout asked them for every row, seconds. The view never edits, drags or drops.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QTreeView, QWidget

from app.ui.common.plain import isolated, plain_tooltip
from app.ui.notes.drafts import color_icon, swatch_icon
from app.ui.notes.kinds import kind_mark

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 60


class AnnotationRow(NamedTuple):
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


Keep = Callable[[AnnotationRow], bool] | None  # the filter a row must pass; None: every row
Part = tuple[str, list[AnnotationRow]]  # a part's key (its essay) and its rows, in order


class _Shown:
    """A part as listed: its rows (the caller's list, itself) and those that pass the filter."""

    def __init__(self, key: str, source: list[AnnotationRow], keep: Keep) -> None:
        self.key, self.source = key, source
        self.rows = source if keep is None else [row for row in source if keep(row)]


class AnnotationsModel(QStringListModel):
    """The notes panel's shown rows; each row's text is made when the view asks for it, so
    100,000 notes cost a list, not 100,000 widgets. User text is handed over as plain text
    (the standard delegate never reads it as rich text). Rows are added and removed through
    the string list's insertRows and removeRows (empty strings: the shape only), `rows`
    changed just before (between the two, Qt announces the change and asks for no row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AnnotationRow] = []  # every part's shown rows, one after the other
        self._parts: list[_Shown] = []
        self.shared_label = ""  # said of our shared notes while in a group
        # what the group says of a note by id ("赞同 3 · resolved"), asked as a row is drawn, so
        # a vote repaints the rows in sight instead of making 3,000 rows again
        self.badges: Callable[[str], str] = lambda _note_id: ""
        self._icons: dict[tuple[str, str], QIcon] = {}
        self._italic = QFont()
        self._italic.setItalic(True)  # a note whose passage is gone

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        self.reset_parts([("", rows)], None)

    def reset_parts(self, parts: list[Part], keep: Keep) -> None:
        """List `parts` anew (a filter changed, or nothing listed before is kept)."""
        self._parts = [_Shown(key, rows, keep) for key, rows in parts]
        self.rows = [row for part in self._parts for row in part.rows]
        self.setStringList([""] * len(self.rows))  # resets the model

    def show_parts(self, parts: list[Part], keep: Keep) -> bool:
        """List `parts`: a part whose rows are the same list as before stays, others are
        replaced, added or dropped in their range. False (nothing done) when the parts kept
        changed their order: the caller lists them anew."""
        new_keys = dict(parts)
        kept = [p for p in self._parts if new_keys.get(p.key) is p.source]
        kept_keys = {p.key for p in kept}
        if [p.key for p in kept] != [key for key, _rows in parts if key in kept_keys]:
            return False
        if not kept:
            self.reset_parts(parts, keep)
            return True
        for number in range(len(self._parts) - 1, -1, -1):  # last first: earlier offsets hold
            if self._parts[number] not in kept:
                self._remove_part(number)
        for number, (key, rows) in enumerate(parts):
            if number >= len(self._parts) or self._parts[number].key != key:
                self._insert_part(number, _Shown(key, rows, keep))
        return True

    def patch_row(self, key: str, old: int, new: int, row: AnnotationRow | None, keep: Keep) -> None:
        """The part `key` had its row at `old` removed and `row` put at `new` (-1: none), in
        place in the list it was given; the list follows (a filtered part is filtered again).

        A changed row is removed and inserted, not announced with dataChanged: for a row out
        of sight the tree view measured every row above it (10,000 rows: 0.2 s)."""
        number = next((n for n, p in enumerate(self._parts) if p.key == key), -1)
        if number < 0:
            return  # not listed (yet): listed whole when it is
        if keep is not None:
            source = self._parts[number].source
            self._remove_part(number)
            self._insert_part(number, _Shown(key, source, keep))
            return
        at = self._offset(number)
        if old >= 0:
            del self.rows[at + old]
            self.removeRows(at + old, 1)
        if new >= 0 and row is not None:
            self.rows.insert(at + new, row)
            self.insertRows(at + new, 1)

    def parts(self) -> list[Part]:
        return [(p.key, p.source) for p in self._parts]

    def _offset(self, number: int) -> int:
        return sum(len(p.rows) for p in self._parts[:number])

    def _remove_part(self, number: int) -> None:
        part, at = self._parts[number], self._offset(number)
        del self.rows[at:at + len(part.rows)], self._parts[number]
        if part.rows:
            self.removeRows(at, len(part.rows))

    def _insert_part(self, number: int, part: _Shown) -> None:
        at = self._offset(number)
        self.rows[at:at] = part.rows
        self._parts.insert(number, part)
        if part.rows:
            self.insertRows(at, len(part.rows))

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
        """One icon per colour, made once (a pixmap per row made every redraw slow); another
        member's note shows their colour, as their highlights do in the reader."""
        key = ("member", row.owner_color) if row.owner_color else ("note", row.color)
        icon = self._icons.get(key)
        if icon is None:
            icon = swatch_icon(row.owner_color) if row.owner_color else color_icon(row.color)
            self._icons[key] = icon
        return icon


def annotations_view(model: AnnotationsModel) -> QTreeView:
    """The notes as a one-column list. A tree view measures only the rows it shows and scrolls
    row by row; a QListView measured every row again after each insertion (at 10,000 notes it
    stayed blank for seconds while the panel filled)."""
    view = _NotesView()
    view.setModel(model)
    view.setItemDelegate(_WrappedRows(view))
    view.setHeaderHidden(True)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setUniformRowHeights(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
    return view


class _NotesView(QTreeView):
    """Rows measured again when the width their text wraps at changes."""

    def __init__(self) -> None:
        super().__init__()
        self._measured_at = -1

    def text_width(self) -> int:
        """The width rows wrap at, with room for a scroll bar kept always: one coming or going
        changes no row (measuring 100,000 rows again held the window a tenth of a second)."""
        extent = self.verticalScrollBar().sizeHint().width()  # the style's bar width, without QStyle
        return max(1, self.width() - 2 * self.frameWidth() - extent)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, measured = self.text_width(), self._measured_at
        self._measured_at = width
        if 0 <= measured != width:
            self.scheduleDelayedItemsLayout()


class _WrappedRows(QStyledItemDelegate):
    """A row as tall as its text wrapped at the list's width (the tree asks without a width,
    and long notes were cut off)."""

    def __init__(self, view: _NotesView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QtWidgets.QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        sized = QtWidgets.QStyleOptionViewItem(option)  # looked up here: its class loads on first use
        sized.rect = QRect(0, 0, self._view.text_width(), 1)
        return super().sizeHint(sized, index)
