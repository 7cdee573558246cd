"""The My Words panel: the kept words, newest last; a double-click goes to the sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import MAX_GLOSS, MAX_READING, MAX_SENTENCE, MAX_WORD, VocabularyItem
from app.ui.common.docks import Retranslating
from app.ui.common.plain import plain_tooltip

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
# a row's tooltip holds the whole item: every field is bounded when kept or loaded
TOOLTIP_LIMIT = MAX_WORD + MAX_READING + MAX_GLOSS + MAX_SENTENCE + 8


class VocabularyPanel(Retranslating, QWidget):
    """Word, reading and gloss in columns (Qt elides the gloss at the column's width); the row's
    tooltip holds the whole item: word, reading, each part of the gloss on its line, the sentence."""

    item_activated = Signal(str)  # item id
    delete_requested = Signal(str)  # item id
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        for column in (0, 1):  # word and reading whole; the meaning takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_current)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Word"), self.tr("Reading"), self.tr("Meaning")])
        self.empty.setText(self.tr("No words yet. Point at a word in the essay and choose "
                                   "“Add to My Words” on its card."))
        self.delete_button.setText(self.tr("Delete"))
        self.export_button.setText(self.tr("Export CSV for Anki…"))

    def show_items(self, items: list[VocabularyItem]) -> None:
        current = self.current_id()
        self.tree.clear()
        for item in items:
            row = QTreeWidgetItem([item.word, item.reading, " ".join(item.gloss.splitlines())])
            row.setData(0, ITEM_ID_ROLE, item.id)
            tooltip = plain_tooltip(row_text(item), TOOLTIP_LIMIT)  # user and essay text: never as HTML
            for column in range(3):
                row.setToolTip(column, tooltip)
            self.tree.addTopLevelItem(row)
            if item.id == current:
                self.tree.setCurrentItem(row)
        self.empty.setVisible(not items)
        self.delete_button.setEnabled(bool(items))
        self.export_button.setEnabled(bool(items))

    def current_id(self) -> str:
        row = self.tree.currentItem()
        return str(row.data(0, ITEM_ID_ROLE)) if row is not None else ""

    def words(self) -> list[str]:
        rows = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [row.text(0) for row in rows if row is not None]

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        self.item_activated.emit(str(row.data(0, ITEM_ID_ROLE)))

    def _delete_current(self) -> None:
        if item_id := self.current_id():
            self.delete_requested.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._delete_current()
            return
        super().keyPressEvent(event)


def row_text(item: VocabularyItem) -> str:
    """The whole item as a row's tooltip shows it: word and reading, then each part (or entry) of
    the gloss on its own line, then the sentence after a blank line."""
    head = f"{item.word}  {item.reading}".strip()
    parts = [part.strip() for part in item.gloss.split(" | ") if part.strip()]
    return "\n".join([head, *parts, *(["", item.sentence] if item.sentence else [])])
