"""Words in the window: find in essay, library search, keywords, related essays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from app.core.escaping import escape_html
from app.core.library import Essay
from app.core.script import Script
from app.services.reading import ReadingService
from app.services.words import WordsService
from app.ui.common.commands import Commands
from app.ui.common.docks import LazyPanel, show_panel
from app.ui.common.status import StatusMessages
from app.ui.reader.find_bar import FindBar
from app.ui.reader.history import History
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from app.ui.search.panel import EssayInfoPanel, SearchPanel

SHOWN_QUERY_CHARS = 12


class WordsController(QObject):
    """Connects the word service to the reader, the find bar and two panels."""

    def __init__(self, window: QMainWindow, words: WordsService, reading: ReadingService,
                 reader: ReaderView, find_bar: FindBar, *, commands: Commands, history: History,
                 status: StatusMessages, tab_with: QDockWidget) -> None:
        """`window` holds the two panels' docks, tabbed beside `tab_with`."""
        super().__init__(window)
        self.words = words
        self.reading = reading
        self.reader = reader
        self.commands = commands
        self.history = history
        self.status = status
        self.find_bar = find_bar
        # built the first time they come into sight (or are asked for)
        self._search = LazyPanel(window, "search_dock", self._make_search_panel, tab_with=tab_with)
        self._info = LazyPanel(window, "essay_dock", self._make_info_panel,
                               action=self.commands["essay_panel"],
                               tab_with=tab_with, filled=self._show_info)
        self.search_dock, self.info_dock = self._search.dock, self._info.dock
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._pending_query: str | None = None
        self._failure = ""  # why word features are unavailable, once known
        self._connect_signals()
        self.retranslate()

    @property
    def search_panel(self) -> SearchPanel:
        return self._search.panel()

    @property
    def info_panel(self) -> EssayInfoPanel:
        return self._info.panel()

    def _make_search_panel(self) -> SearchPanel:
        from app.ui.search.panel import SearchPanel  # noqa: PLC0415  (on first sight)

        panel = SearchPanel()
        panel.search_requested.connect(self.search)
        panel.result_activated.connect(self.open_result)
        if self.words.index is None:
            panel.show_preparing()
        if self._failure:
            panel.status.setText(self._failure)
        return panel

    def _make_info_panel(self) -> EssayInfoPanel:
        from app.ui.search.panel import EssayInfoPanel  # noqa: PLC0415  (on first sight)

        panel = EssayInfoPanel()
        panel.keyword_clicked.connect(self.search_for)
        panel.essay_clicked.connect(self.reading.open_essay)
        panel.show_preparing()
        if self._failure:
            panel.label.setText(escape_html(self._failure))  # a rich-text label
        return panel

    def _search_query(self) -> str:
        """The library search's query; none while its panel was never shown."""
        panel = self._search.built
        return panel.field.text().strip() if panel is not None else ""

    def _connect_signals(self) -> None:
        c = self.commands
        c["find"].triggered.connect(self.open_find)
        c["find_next"].triggered.connect(lambda: self.step(1))
        c["find_previous"].triggered.connect(lambda: self.step(-1))
        c["search_library"].triggered.connect(self.open_search)
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.next_requested.connect(lambda: self.step(1))
        self.find_bar.previous_requested.connect(lambda: self.step(-1))
        self.find_bar.closed.connect(self._find_closed)
        self.find_bar.close_on_escape_in(self.reader)
        self.words.ready.connect(self._words_ready)
        self.words.failed.connect(self._words_failed)
        self.reading.essay_changed.connect(self._essay_changed)
        self.reading.form_changed.connect(self._form_changed)
        self.reading.library_changed.connect(self._library_changed)
        self.reader.context_menu_opening.connect(self._extend_reader_menu)

    def retranslate(self) -> None:
        self.search_dock.setWindowTitle(self.tr("Search"))
        self.info_dock.setWindowTitle(self.tr("Essay"))

    # -- find in this essay ----------------------------------------------------------------------

    def open_find(self) -> None:
        selected = self.reader.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")
        self._find(self.find_bar.field.text())

    def _find(self, query: str) -> None:
        from app.core.search import find_in_text  # noqa: PLC0415  (not on the start-up path)

        essay = self.reading.current
        self._matches = find_in_text(essay.text, self._source(essay), query) if essay else []
        top = self.reader.top_offset()
        self._current = next((i for i, (s, _e) in enumerate(self._matches) if s >= top),
                             0) if self._matches else -1
        self._show_matches()

    def step(self, direction: int) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
            return
        if self._matches:
            self._current = (self._current + direction) % len(self._matches)
            self._show_matches()

    def _show_matches(self, *, reveal: bool = True) -> None:
        self.reader.set_search_marks(self._matches, self._current)
        self.find_bar.show_count(self._current, len(self._matches))
        if reveal and 0 <= self._current < len(self._matches):
            self.reader.reveal(self._matches[self._current][0])

    def _find_closed(self) -> None:
        # As in every editor: the match the reader stopped at stays selected, so the caret is
        # there and a look-up or a note takes that word, not the top of the view.
        if 0 <= self._current < len(self._matches):
            self.reader.select_span(*self._matches[self._current])
        self._matches, self._current = [], -1
        self.reader.set_search_marks([])
        self.reader.setFocus()

    # -- the library --------------------------------------------------------------------------------

    def open_search(self) -> None:
        show_panel(self.search_dock)
        selected = self._selected_query()
        self.search_panel.focus(selected if "\n" not in selected else "")

    def _selected_query(self) -> str:
        """The selection as a query: without a stray comma or half a pair of quotation marks."""
        from app.core.passage_ends import trimmed  # noqa: PLC0415  (not on the start-up path)

        return trimmed(self.reader.textCursor().selection().toPlainText()).strip()

    def _extend_reader_menu(self, menu: QMenu, _highlight_id: str) -> None:
        selected = self._selected_query()
        if not selected or "\n" in selected:
            return
        shown = selected if len(selected) <= SHOWN_QUERY_CHARS else selected[:SHOWN_QUERY_CHARS] + "…"
        menu.addSeparator()
        menu.addAction(self.tr("Search the Library for “{text}”").format(text=shown),
                       lambda: self.search_for(selected))

    def search_for(self, query: str) -> None:
        show_panel(self.search_dock)
        self.search_panel.focus(query)

    def search(self, query: str) -> None:
        index = self.words.index
        if index is None:
            self._pending_query = query
            self.search_panel.show_preparing()
            return
        from app.core.search_results import search_results  # noqa: PLC0415  (not at start)
        from app.ui.search.panel import ResultRow  # noqa: PLC0415  (the panel is built: loaded)

        results = search_results(index, self.reading.views, query, self.reading.form)
        self.search_panel.show_results([
            ResultRow(r.essay_id, r.label, r.title, r.snippet, r.matches, r.offset) for r in results])

    def open_result(self, essay_id: str, offset: int) -> None:
        self.history.mark()
        self.reading.open_essay(essay_id)
        query = self.search_panel.field.text().strip()
        essay = self.reading.current
        if essay is None:
            return
        self.find_bar.field.setText(query)  # mark every match in the essay too
        self.find_bar.show()
        self._current = next((i for i, (s, _e) in enumerate(self._matches) if s == offset), self._current)
        self._show_matches()
        end = next((e for s, e in self._matches if s == offset), offset + len(query))
        self.reader.reveal(offset)
        self.reader.flash(offset, end)

    # -- reacting --------------------------------------------------------------------------------------

    def _words_ready(self) -> None:
        self._essay_changed(self.reading.current.id if self.reading.current else "")
        if self._pending_query is not None:
            self.search(self._pending_query)
            self._pending_query = None
        elif query := self._search_query():
            self.search(query)
        elif (panel := self._search.built) is not None:
            panel.show_results([])  # no query: "preparing…" no longer stands

    def _words_failed(self, reason: str) -> None:
        message = self.tr("Word features are unavailable: {reason}").format(reason=reason)
        self._failure = message
        if (search := self._search.built) is not None:
            search.status.setText(message)
        if (info := self._info.built) is not None:
            info.label.setText(escape_html(message))  # a rich-text label
        self.status.show(message, 10_000)

    def _essay_changed(self, essay_id: str) -> None:
        self.reader.words = self.words.words(essay_id)
        if self.find_bar.isVisible():
            self._find(self.find_bar.field.text())
        self._show_info()

    def _form_changed(self, _form: str) -> None:
        self._show_matches(reveal=False)  # the reader stays where it reads
        self._show_info()
        if self.words.index is not None and (query := self._search_query()):
            self.search(query)

    def _library_changed(self) -> None:
        self.reader.words = None
        if (info := self._info.built) is not None:
            info.show_preparing()
        self.words.rebuild_soon(self.reading.library)

    def _show_info(self) -> None:
        info = self._info.built
        if info is None:
            return  # worked out when the panel is first shown
        index, essay = self.words.index, self.reading.current
        if index is None or essay is None or essay.id not in index.essays:
            info.show_preparing()
            if self._failure:
                info.label.setText(escape_html(self._failure))
            return
        keywords = [self._from_simplified(k, essay) for k in self.words.keywords(essay.id)]
        # each essay by its title: a label alone (篇11) does not say which collection it is in
        related = [(r.essay_id, self._title_of(r.essay_id), r.similarity) for r in index.related(essay.id)]
        duplicates = [(d.essay_id, self._title_of(d.essay_id), d.share, d.contains)
                      for d in index.duplicates(essay.id)]
        info.show_info(keywords, related, duplicates)

    # -- helpers -------------------------------------------------------------------------------------

    def _source(self, essay: Essay) -> Script:
        return self.reading.views.source_script(essay)

    def _title(self, essay: Essay) -> str:
        return self.reading.views.essay_title(essay, self.reading.form)

    def _title_of(self, essay_id: str) -> str:
        essay = self.reading.library.essay(essay_id)
        return self._title(essay) if essay else essay_id

    def _from_simplified(self, word: str, essay: Essay) -> str:
        """A keyword as the reader shows the essay: taken from its own text and converted the
        same way (no Simplified-to-anything tables held for a few words)."""
        source, form = self._source(essay), self.reading.form
        words = self.words.words(essay.id)
        written = words.as_written(word, essay.text) if words is not None else None
        if written is None:
            return self.reading.views.title(word, Script.SIMPLIFIED, form.target(source))
        return self.reading.views.title(written, source, form.target(source), form=form)
