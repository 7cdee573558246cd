"""Help → Keyboard Shortcuts: every shortcut, read from the actions themselves."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.actions import SPECS, Actions


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate; translated when the table is filled."""
    return text


NATIVE = QKeySequence.SequenceFormat.NativeText  # keys named as the platform and language name them
FRAME_ROOM = 60  # the window manager's title bar and borders around the dialog

# Keys that belong to the reading pane rather than to an action: a pointer gesture (translated)
# or key sequences (named as Qt names the actions' keys, in the interface's language)
READER_KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Select a word"), QT_TRANSLATE_NOOP("Shortcuts", "Double-click"), ()),
    (QT_TRANSLATE_NOOP("Shortcuts", "Extend the selection by a word"), "",
     ("Ctrl+Shift+Left", "Ctrl+Shift+Right")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar"), "", ("Esc",)),
)


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, then the reading pane's keys."""
    rows = []
    for spec in SPECS:
        action = actions[spec.name]
        keys = ", ".join(text for key in action.shortcuts()
                         if _on_a_keyboard(text := key.toString(NATIVE)))
        if keys:
            rows.append((action.iconText(), keys))  # its name without "&" or "…" (Actions.retranslate)
    for text, gesture, sequences in READER_KEYS:
        named = ", ".join(QKeySequence(key).toString(NATIVE) for key in sequences)
        rows.append((QCoreApplication.translate("Shortcuts", text),
                     QCoreApplication.translate("Shortcuts", gesture) if gesture else named))
    return rows


def screen_room(widget: QWidget) -> QRect:
    """The part of the widget's screen a window may take (no panels or docks)."""
    return widget.screen().availableGeometry()


def _on_a_keyboard(keys: str) -> bool:
    """Leave out the media keys some platforms bind (Undo, Zoom In, Exit, F14)."""
    return "+" in keys or bool(re.fullmatch(r"F(?:[1-9]|1[0-2])|Esc|Del", keys))


class ShortcutsDialog(QDialog):
    """A two-column table: what, and which keys."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit_to_screen(560, 620)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The preferred size, but never taller or wider than the screen: the Close button
        stays reachable at 800x600 (the table scrolls instead)."""
        room = screen_room(self.parentWidget() or self)
        self.resize(min(width, room.width() - FRAME_ROOM), min(height, room.height() - FRAME_ROOM))
