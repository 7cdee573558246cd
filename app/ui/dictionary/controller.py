"""The dictionary under the cursor, and My words, in the window.

Which word: the selection when there is a short one, else the jieba word under the pointer
(or at the caret, for the keyboard), found in canonical offsets through the reader's map, so
every script form looks up the same word. A pause of the pointer over a word (HOVER_MS), a
click on it, a selection, or the Look Up key opens the card; Esc, ×, a scroll or another
essay closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget

from app.core.anchoring import resolve
from app.services.dictionary import DictionaryService
from app.services.reading import ReadingService
from app.services.vocabulary import VocabularyService
from app.store import atomic_write_bytes
from app.ui.common.commands import Commands
from app.ui.common.dialogs import Dialogs
from app.ui.common.docks import LazyPanel
from app.ui.common.status import StatusMessages
from app.ui.reader.history import History
from app.ui.reader.vertical_view import VerticalReaderView

if TYPE_CHECKING:
    from app.core.dictionary import Definition
    from app.ui.dictionary.card import DictionaryCard
    from app.ui.dictionary.panel import VocabularyPanel

HOVER_MS = 500
HOVER_KEY = "look_up_on_hover"  # the remembered switch, in prefs


class DictionaryController(QObject):
    """Opens the card for a word of the reader, and keeps words the reader adds."""

    def __init__(self, window: QMainWindow, dictionary: DictionaryService,
                 vocabulary: VocabularyService, reading: ReadingService, reader: VerticalReaderView, *,
                 commands: Commands, history: History, status: StatusMessages,
                 dialogs: Callable[[], Dialogs], tab_with: QDockWidget | None = None) -> None:
        super().__init__(window)
        self.dictionary, self.vocabulary = dictionary, vocabulary
        self.reading, self.reader, self.history = reading, reader, history
        self.commands, self.status, self.dialogs = commands, status, dialogs
        self._card: DictionaryCard | None = None  # made on the first look-up
        self._panel = LazyPanel(window, "vocabulary_dock", self._make_panel,
                                action=commands["vocabulary_panel"],
                                tab_with=tab_with)
        self.dock = self._panel.dock
        self.span: tuple[int, int] | None = None  # the canonical span the card is about
        self._hover_at = QPoint()
        self._hover = QTimer(self, singleShot=True, interval=HOVER_MS)
        self._hover.timeout.connect(self._hovered)
        self._adding: tuple[tuple[int, int], str] | None = None  # span and word, kept once found
        self._pressed_at: QPoint | None = None
        reader.viewport().setMouseTracking(True)
        reader.viewport().installEventFilter(self)
        reader.installEventFilter(self)
        self._connect_signals()
        self.retranslate()

    @property
    def card(self) -> DictionaryCard:
        """The card, made the first time a word is looked up."""
        if self._card is None:
            from app.ui.dictionary.card import DictionaryCard  # noqa: PLC0415  (on first use)

            self._card = DictionaryCard(self.reader.viewport())
            self._card.add_requested.connect(self.add_to_vocabulary)
        return self._card

    @property
    def panel(self) -> VocabularyPanel:
        """My Words, built the first time it is shown or asked for."""
        return self._panel.panel()

    def _make_panel(self) -> VocabularyPanel:
        from app.ui.dictionary.panel import VocabularyPanel  # noqa: PLC0415  (on first sight)

        panel = VocabularyPanel()
        panel.item_activated.connect(self.go_to_item)
        panel.delete_requested.connect(self.vocabulary.remove)
        panel.export_requested.connect(self.export_csv)
        panel.retranslate()
        panel.show_items(self.vocabulary.items())
        return panel

    def _card_open(self) -> bool:
        return self._card is not None and self._card.isVisible()

    def close_card(self) -> None:
        if self._card is not None:
            self._card.close_card()

    def take_keyboard(self) -> None:
        """After the Look Up key has opened the card: the card takes the keyboard too."""
        if self._card is not None:
            self._card.take_keyboard()

    def _vocabulary_changed(self) -> None:
        if (panel := self._panel.built) is not None:
            panel.show_items(self.vocabulary.items())

    def _connect_signals(self) -> None:
        c = self.commands
        c["look_up"].triggered.connect(self._look_up_requested)
        c["add_word"].triggered.connect(self.add_word)
        hover = c["look_up_on_hover"]
        hover.setChecked(self.reading.prefs.flag(HOVER_KEY, True))
        hover.toggled.connect(lambda on: self.reading.prefs.set_flag(HOVER_KEY, on))
        self.dictionary.failed.connect(self._failed)
        self.vocabulary.changed.connect(self._vocabulary_changed)
        self.reading.essay_changed.connect(self._essay_changed)
        self.reading.form_changed.connect(lambda _form: self.close_card())
        self.reader.verticalScrollBar().valueChanged.connect(lambda _v: self.close_card())
        self.reader.top_offset_changed.connect(lambda _at: self.close_card())  # columns scrolled too
        # the writing direction changed: the card would point at nothing
        self.commands["vertical_text"].toggled.connect(lambda _on: self.close_card())
        self.reader.context_menu_opening.connect(self._extend_reader_menu)
        self.reader.selectionChanged.connect(self._selection_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _selection_changed(self) -> None:
        """A new selection is about other words than the card's."""
        if self._card_open() and (selected := self.reader.selection_span()) is not None \
                and selected != self.span:
            self.close_card()

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard went to the find bar, a panel or a dialog: the card would be left
        floating over the text, about a word the reader has left. (From no widget is the
        window coming back to the front: the card was open as the reader left it.)"""
        if self._card_open() and old is not None and new is not None and new is not self.reader \
                and not self.card.isAncestorOf(new):
            self.close_card()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("My Words"))
        if (panel := self._panel.built) is not None:
            panel.retranslate()

    def credit(self) -> str:
        """CC-CEDICT's attribution, as its licence asks, for the About box (rich text)."""
        from app.core.dictionary import DICTIONARY_DATE  # noqa: PLC0415  (not on the start-up path)

        return self.tr("<p>The dictionary is CC-CEDICT, the community-maintained Chinese–English "
                       "dictionary published by MDBG, under the Creative Commons "
                       "Attribution-ShareAlike 4.0 licence (version of {date}).</p>").format(
                           date=DICTIONARY_DATE)

    # -- which word ---------------------------------------------------------------------------

    def look_up_at(self, point: QPoint) -> tuple[int, int] | None:
        """The selection when the pointer is on it, else the word under the pointer (viewport
        point). Returns the span the card is about (None: no word there)."""
        position = self.reader.cursorForPosition(point).position()
        selected = self.reader.selection_span()
        offset = self.reader.canonical_at(position)
        if selected is not None and selected[0] <= offset < selected[1]:
            return self.look_up(*selected)
        if self._on_text(point, position):
            return self.look_up(*self._word_at(offset))
        return None

    def _hovered(self) -> None:
        if self._adding is None:  # a word on its way to My Words keeps the card
            self.look_up_at(self._hover_at)

    def _look_up_requested(self) -> tuple[int, int] | None:
        """From the reader's context menu, the word where it was opened; else the caret's."""
        point = self.reader.menu_point
        if point is not None:
            return self.look_up_at(point)
        return self.look_up_at_caret()

    def look_up_at_caret(self) -> tuple[int, int] | None:
        """The keyboard's way: the selection, or the word at the caret."""
        selected = self.reader.selection_span()
        if selected is not None:
            return self.look_up(*selected)
        return self.look_up(*self._word_at(self.reader.canonical_at(self.reader.textCursor().position())))

    def look_up(self, start: int, end: int) -> tuple[int, int] | None:
        """Open the card for canonical text[start:end], less punctuation at its ends; returns
        that span (None, and no card, when it holds no Han character)."""
        from app.core.dictionary import MAX_WORD, word_span  # noqa: PLC0415  (not on the start-up path)
        from app.core.readings import HAN  # noqa: PLC0415

        view = self.reading.current_view()
        if view is None:
            return None
        start, end = word_span(view.essay.text, start, end)  # not the quotation marks around it
        if end <= start:
            return None
        word = view.text[view.offsets.to_display(start):view.offsets.to_display(end, end=True)].strip()
        if not HAN.search(word) or len(word) > MAX_WORD:
            return None
        if self._adding is not None and self._adding[0] != (start, end):
            self._give_up_adding()  # the reader moved on before its meaning came
        if self.span == (start, end) and self._card_open():
            return self.span
        self.span = (start, end)
        self.card.show_waiting(word, self.tr("Looking up…") if self.dictionary.loaded
                               else self.tr("Loading the dictionary…"))
        if self.dictionary.error:
            self._failed(self.dictionary.error)
        self.card.show_near(self._word_rect(start, end))
        asked = self.span
        self.dictionary.lookup(word, view.script, lambda found: self._found(asked, found),
                               lambda reason: self._not_found(asked, reason))
        return asked

    def _found(self, asked: tuple[int, int], found: Definition) -> None:
        if asked == self.span and self._card_open():  # not a word the reader has moved on from
            self.card.show_definition(found)
            self.card.show_near(self._word_rect(*asked))
        if self._adding is not None and self._adding[0] == asked:
            self._adding = None
            self._keep(found, asked)

    def _not_found(self, asked: tuple[int, int], reason: str) -> None:
        """This word's look-up broke (the log has why): the card and a waiting Add say so."""
        if self._adding is not None and self._adding[0] == asked:
            self._give_up_adding()
        if asked == self.span and self._card_open():
            message = self.tr("This word could not be looked up: {reason}")
            self.card.show_waiting(self.card.headword.text(), message.format(reason=reason))

    def _essay_changed(self, _essay_id: str) -> None:
        self._give_up_adding()  # its span means nothing in another essay
        self.close_card()

    def _give_up_adding(self) -> None:
        """A word waiting for its meaning will not get it: say it was not kept."""
        if self._adding is not None:
            word, self._adding = self._adding[1], None
            self.status.show(self.tr("{word} was not added to My Words.").format(word=word))

    def _failed(self, reason: str) -> None:
        self._give_up_adding()
        if self._card_open():
            self.card.show_waiting(self.card.headword.text(),
                                   self.tr("The dictionary could not be loaded: {reason}").format(
                                       reason=reason))

    def _word_at(self, offset: int) -> tuple[int, int]:
        """The jieba word at canonical `offset`; one character while words are not ready."""
        words = self.reader.words
        if words is not None:
            return words.word_at(offset)
        return offset, offset + 1

    def _on_text(self, point: QPoint, position: int) -> bool:
        """Whether the pointer is over a character, not the margin beside a line's end."""
        if self.reader.vertical:  # the caret place is before or after the character pointed at
            offset = self.reader.canonical_at(position)
            boxes = (self.reader.box_of(at) for at in (offset, offset - 1) if at >= 0)
            return any(box is not None and _with_reading(box).contains(point.toPointF()) for box in boxes)
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(position)
        rect = self.reader.cursorRect(cursor)
        return abs(point.x() - rect.x()) < rect.height() * 1.5 and rect.top() <= point.y() <= rect.bottom()

    def _word_rect(self, start: int, end: int) -> QRect:
        if self.reader.vertical:
            return self._vertical_word_rect(start, end)
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(self.reader.qt_position(start))
        first = self.reader.cursorRect(cursor)
        cursor.setPosition(self.reader.qt_position(end, end=True))
        return first.united(self.reader.cursorRect(cursor)) if self.reader.cursorRect(
            cursor).top() == first.top() else first

    def _vertical_word_rect(self, start: int, end: int) -> QRect:
        """The word's boxes down its column (its first character's, when it goes on in the next)."""
        first, last = self.reader.box_of(start), self.reader.box_of(max(end - 1, start))
        if first is None:
            return QRect()
        if last is not None and last.left() == first.left():
            first = first.united(last)
        return first.toAlignedRect()

    # -- the pointer and the keys -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.reader and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self._card_open():
                self.close_card()
                return True
            return False
        if watched is not self.reader.viewport() or not isinstance(event, QMouseEvent):
            if kind == QEvent.Type.Leave:
                self._hover.stop()
            return False
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseMove and event.buttons() == Qt.MouseButton.NoButton:
            if self.commands["look_up_on_hover"].isChecked():
                self._hover_at = point
                self._hover.start()
        elif kind == QEvent.Type.MouseButtonPress:
            self._hover.stop()
            self._pressed_at = point
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            QTimer.singleShot(0, lambda: self._released(point))  # after Qt has set the selection
        return False

    def _released(self, point: QPoint) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is None:
            return
        if self.reader.selection_span() is not None or (pressed - point).manhattanLength() < 4:
            self.look_up_at(point)

    # -- My words -----------------------------------------------------------------------------

    def add_word(self) -> None:
        """Add to My Words from the menu or its key: the word Look Up would show (the selection,
        else the word clicked or at the caret), kept as the card's button keeps it once its
        meaning is in; the card opens on it, so the reader sees what was kept."""
        selected = self.reader.selection_span()  # the menu's "Add" is about the selection
        span = self.look_up(*selected) if selected is not None else self._look_up_requested()
        if span is None or self.reading.current is None:
            self.status.show(self.tr("Select a Chinese word to add it to My Words."))
            return
        definition = self._card.definition if self._card is not None else None
        if definition is not None and self._card_open():
            self._keep(definition, span)  # the card already shows it
        elif self.dictionary.error:
            self.status.show(self.tr("The dictionary could not be loaded: {reason}").format(
                reason=self.dictionary.error))
        else:  # kept when its meaning comes (the dictionary may be loading)
            self._adding = (span, self.card.headword.text())

    def add_to_vocabulary(self) -> None:
        """The card's Add button: the word the card shows."""
        if self._card is not None and self._card.definition is not None and self.span is not None:
            self._keep(self._card.definition, self.span)

    def _keep(self, definition: Definition, span: tuple[int, int]) -> None:
        """Keep `definition` for canonical `span` of the open essay, with its sentence."""
        essay = self.reading.current
        if essay is None:
            return
        if self.vocabulary.has(essay.id, definition.word):
            self.status.show(self.tr("{word} is in My Words already.").format(word=definition.word))
            return
        from app.core.vocabulary import gloss_for, new_item  # noqa: PLC0415  (loads with the words)

        item = new_item(essay.text, span[0], span[1], essay_id=essay.id, word=definition.word,
                        reading=definition.pinyin, gloss=gloss_for(definition),
                        author_id=self.vocabulary.author_id)
        if self.vocabulary.add(item):
            self.status.show(self.tr("{word} added to My Words.").format(word=definition.word))

    def go_to_item(self, item_id: str) -> None:
        """Open the essay the word came from and show its sentence."""
        item = self.vocabulary.get(item_id)
        essay = self.reading.library.essay(item.essay_id) if item else None
        if item is None or essay is None:
            self.status.show(self.tr("The essay this word came from is not in the library."))
            return
        self.history.mark()
        self.reading.open_essay(essay.id)
        span = resolve(item.anchor, essay.text)
        if span is None:
            self.status.show(self.tr("The word is no longer in its essay."))
            return
        self.reader.scroll_to_offset(span[0])
        self.reader.select_span(*span)
        self.reader.flash(*span)

    def export_csv(self) -> None:
        """My words as CSV that Anki imports (front, back, reading, sentence)."""
        path = self.dialogs().save_path(self.tr("Export My Words"), "my-words.csv",
                                        self.tr("CSV for Anki (*.csv)"))
        if path is None:
            return
        try:
            atomic_write_bytes(path, self.vocabulary.export_csv().encode("utf-8"))
        except OSError as error:
            self.dialogs().warn(self.tr("Export My Words"), self.tr(
                "The file could not be written: {reason}").format(reason=error.strerror or error))
            return
        self.status.show(self.tr("My words exported to {path}.").format(path=path.name))

    def _extend_reader_menu(self, menu: QMenu, _highlight_id: str) -> None:
        menu.addAction(self.commands["look_up"])
        if self.reader.selection_span() is not None:
            menu.addAction(self.commands["add_word"])


def _with_reading(box: QRectF) -> QRectF:
    """A vertical character's box with the room for its reading on the right: a pointer on the
    reading points at the character."""
    em = box.width()
    return box.adjusted(-em * 0.3, 0, em * 1.05, 0)
