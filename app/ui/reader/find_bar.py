"""The find bar under the reader: a query, the match count, next and previous."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.common.docks import Retranslating
from app.ui.common.fields import clear_button_once_typed


class FindBar(Retranslating, QWidget):
    """Emits what the reader asked for; the controller does the finding."""

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        clear_button_once_typed(self.field)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.close_button = QToolButton()
        self.previous_button.setText("↑")
        self.next_button.setText("↓")
        self.close_button.setText("✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.field, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.close_button.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        self._escapes: list[QShortcut] = []
        self.retranslate()
        self.hide()

    def close_on_escape_in(self, widget: QWidget) -> None:
        """Esc in `widget` (the text being searched) closes the bar while it is open."""
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget, self.close_bar,
                           context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.setEnabled(self.isVisible())  # otherwise Esc stays the widget's own
        self._escapes.append(escape)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for escape in self._escapes:
            escape.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for escape in self._escapes:
            escape.setEnabled(False)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in this essay (any script)"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.show_count(*getattr(self, "_shown", (-1, 0)))

    def open_bar(self, text: str = "") -> None:
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        self._shown = (current, total)
        if not self.field.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{current} of {total}").format(current=current + 1, total=total))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.previous_requested.emit()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

