"""Tree rows that wrap their text to the width of the view.

QTreeView lays out a row one line high even with word wrap on: its delegate is asked for a size
without the column's width, so a long question or a Chinese title runs off the panel's edge.
This delegate measures the text against the room the row really has, and the view is laid out
again when its width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

PADDING = 6  # above and below a wrapped row, as the style pads a single line
FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in one-column trees."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setUniformRowHeights(False)
        tree.setItemDelegate(self)
        tree.viewport().installEventFilter(self)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        room = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 2 * PADDING
        if room <= 0:
            return size
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = QFontMetrics(font).boundingRect(QRect(0, 0, room, 100_000), FLAGS, text).height()
        return QSize(size.width(), max(size.height(), height + PADDING))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.tree.scheduleDelayedItemsLayout()  # heights follow the new width
        return False
