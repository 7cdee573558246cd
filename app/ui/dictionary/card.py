"""The dictionary card: a small panel over the reader, never a modal dialog.

It shows the word in the reader's form with the other form beside it, the word's readings
(pinyin in tone marks, zhuyin, jyutping where known) and its CC-CEDICT entries; a word the
dictionary lacks shows its characters' entries. Every text from the dictionary is shown as
plain text (the data comes from outside). Esc or × closes it; "Add to My Words" asks the
controller to keep the word. Opened from the keyboard it takes the keyboard: Tab goes between its
buttons, Enter or Space presses one, Esc gives the keyboard back to the text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.dictionary import Definition, Entry, Part
from app.ui.common.docks import Retranslating

CARD_WIDTH = 380
MAX_HEIGHT = 400
BODY_HEIGHT = 260
SHOWN_ENTRIES = 6


def _plain(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DictionaryCard(Retranslating, QFrame):
    """What the dictionary says about one word, shown next to it."""

    add_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dictionary_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # the window's colour, not the page's, so the card stands apart from the text under it
        self.setStyleSheet("#dictionary_card { background: palette(window); "
                           "border: 1px solid palette(mid); border-radius: 4px; }")
        self.setFixedWidth(CARD_WIDTH)
        self.definition: Definition | None = None
        self._keyboard_from: QWidget | None = None  # who had the keyboard before the card took it
        self._add_when_found = False  # took the keyboard while looking up: "Add" once it can
        self.headword = _plain(wrap=False)
        self.other_form = _plain(wrap=False)
        self.readings = _plain()
        self.body = QWidget()
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.body)
        self.scroller.viewport().setAutoFillBackground(False)  # the card's colour behind the rows
        self.body.setAutoFillBackground(False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.close_card)
        self.source = _plain(wrap=False, selectable=False)
        self._layout()
        self.retranslate()
        self.hide()

    def _layout(self) -> None:
        big = QFont(self.headword.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.headword.setFont(big)
        other = QFont(big)
        other.setPointSizeF(big.pointSizeF() * 0.8)
        self.other_form.setFont(other)
        # muted but readable in both themes (a disabled label was too faint on dark): the form
        # the reader is not reading in
        self.other_form.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head = QHBoxLayout()
        head.addWidget(self.headword)
        head.addWidget(self.other_form)
        head.addStretch(1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        foot = QHBoxLayout()
        foot.addWidget(self.source, 1)
        foot.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.readings)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(foot)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add to My Words"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.source.setText(self.tr("CC-CEDICT"))
        if self.definition is not None:
            self.show_definition(self.definition)

    # -- what it shows ----------------------------------------------------------------------

    def show_waiting(self, word: str, text: str) -> None:
        """The word, and why there is nothing yet (loading, or the dictionary failed)."""
        self.definition = None
        self.headword.setText(word)
        self.other_form.setText("")
        self.readings.setText(text)
        self._fill([])
        self.add_button.setEnabled(False)

    def show_definition(self, definition: Definition) -> None:
        self.definition = definition
        self.headword.setText(definition.word)
        other = definition.other_form()
        self.other_form.setText(other if other != definition.word else "")
        self.readings.setText(self._readings_text(definition))
        # an entry's own reading only where it says more than the word's (的: de, dī, dí)
        own = len(definition.entries) > 1 or any(
            e.pinyin.lower() != definition.pinyin for e in definition.entries)
        rows = [self._entry_row(e, own) for e in definition.entries[:SHOWN_ENTRIES]]
        if not definition.found:  # every part, as My Words keeps it (the body scrolls)
            rows.append(_plain(self.tr("Not in the dictionary as one word; by its parts:")))
            rows += [self._part_row(part) for part in definition.parts]
        self._fill(rows)
        self.add_button.setEnabled(bool(definition.word.strip()))
        if self._add_when_found and self._has_keyboard() and self.add_button.isEnabled():
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._add_when_found = False

    def _readings_text(self, definition: Definition) -> str:
        mandarin = "   ".join(p for p in (definition.pinyin, definition.zhuyin) if p)
        if not definition.jyutping:
            return mandarin
        return mandarin + "\n" + self.tr("Cantonese: {jyutping}").format(jyutping=definition.jyutping)

    def _entry_row(self, entry: Entry, with_reading: bool) -> QLabel:
        glosses = "; ".join(entry.glosses)
        return _plain(f"{entry.pinyin}  {entry.zhuyin}\n{glosses}" if with_reading else glosses)

    def _part_row(self, part: Part) -> QLabel:
        if not part.entries:  # a character CC-CEDICT lacks: its reading still
            return _plain("  ".join(x for x in (part.text, part.reading, "—") if x))
        lines = [f"{e.pinyin}  {'; '.join(e.glosses)}" for e in part.entries[:3]]
        return _plain(f"{part.text}  " + "\n    ".join(lines))

    def _fill(self, rows: list[QLabel]) -> None:
        while (item := self._body_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for row in rows:
            self._body_layout.addWidget(row)
            row.show()  # now, not queued: a layout leaves hidden rows out of its height
        self._body_layout.addStretch(1)
        # The body as tall as its rows up to a limit, then it scrolls (a scroll area asks little).
        width = CARD_WIDTH - 40
        self.body.setFixedWidth(width)
        layout = self._body_layout
        wanted = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.scroller.setFixedHeight(min(max(wanted, 0), BODY_HEIGHT))

    def entry_texts(self) -> list[str]:
        """The texts of the rows shown (what a reader sees in the card's body)."""
        return [w.text() for w in self.body.findChildren(QLabel) if not w.isHidden()
                and w.parent() is self.body]

    # -- where it goes ----------------------------------------------------------------------

    def show_near(self, word_rect: QRect) -> None:
        """Below the word (above it when there is no room), inside the parent."""
        parent = self.parentWidget()
        self.adjustSize()
        height = min(MAX_HEIGHT, max(self.sizeHint().height(), 120))
        self.resize(CARD_WIDTH, height)
        area = parent.rect() if parent is not None else QRect(0, 0, CARD_WIDTH, height)
        x = min(max(area.left(), word_rect.left()), area.right() - CARD_WIDTH)
        y = word_rect.bottom() + 6
        if y + height > area.bottom():
            y = max(area.top(), word_rect.top() - height - 6)
        self.move(QPoint(max(area.left(), x), y))
        self.show()
        self.raise_()

    def close_card(self) -> None:
        if self.isVisible():
            giving_back = self._keyboard_from if self._has_keyboard() else None
            self._keyboard_from, self._add_when_found = None, False
            self.hide()
            if giving_back is not None:
                giving_back.setFocus(Qt.FocusReason.OtherFocusReason)
            self.closed.emit()

    # -- the keyboard ---------------------------------------------------------------------------

    def take_keyboard(self) -> None:
        """Opened by its key: the keyboard comes here ("Add to My Words" first), until Esc."""
        if not self.isVisible():
            return
        if not self._has_keyboard():
            self._keyboard_from = QApplication.focusWidget()
        self._add_when_found = not self.add_button.isEnabled()
        self._buttons()[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _has_keyboard(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _buttons(self) -> list[QAbstractButton]:
        return [b for b in (self.add_button, self.close_button) if b.isEnabled()]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802  (Qt's names)
        """Tab stays among the card's buttons while it has the keyboard."""
        buttons = self._buttons()
        focused = QApplication.focusWidget()
        if focused not in buttons:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        buttons[(buttons.index(focused) + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_card()
            return
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton) \
                and self.isAncestorOf(focused):
            focused.click()
            return
        super().keyPressEvent(event)
