"""Read-aloud in the window: the bar, the player and the reader's sentence mark, connected."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.core.dialects import Dialect
from app.core.messages import Message
from app.core.sentences import Span, sentence_at, sentence_spans, sentences_within
from app.core.voices import VoicePick
from app.services.messages import translated_html
from app.services.preferences import Preferences
from app.services.read_aloud import Passage, PlayState, ReadAloud
from app.services.reading import ReadingService
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from app.ui.reader.read_aloud_bar import ReadAloudBar


class ReadAloudController(QObject):
    """Reads the open essay from the caret or the selection; the sentence read is marked and
    kept in view; A–B repeat; speed and voice choice remembered in the preferences."""

    def __init__(self, parent: QObject, player: ReadAloud, reading: ReadingService, reader: ReaderView, *,
                 place_bar: Callable[[QWidget], None], prefs: Preferences) -> None:
        """`place_bar` puts the bar under the reader when it is first needed (not at start-up).
        The window's commands reach it through ReadAloudCommands (read_aloud_commands.py)."""
        super().__init__(parent)
        self.player, self.reading, self.reader = player, reading, reader
        self.prefs = prefs
        self._place_bar = place_bar
        self._bar: ReadAloudBar | None = None
        # the open essay's sentences, kept while its id and text are the same (a reload may change it)
        self._spans: tuple[tuple[str, int], list[Span]] = (("", 0), [])
        self._take_up_at: int | None = None  # where the engine stopped answering, for the next Play
        player.set_rate(prefs.speech_rate)
        player.set_dialect(prefs.speech_dialect)
        self._connect_signals()

    @property
    def bar(self) -> ReadAloudBar:
        """The read-aloud bar, made on first use."""
        if self._bar is None:
            from app.ui.reader.read_aloud_bar import ReadAloudBar  # noqa: PLC0415  (on first use)

            bar = self._bar = ReadAloudBar()
            bar.set_values(self.prefs.speech_rate, self.prefs.speech_dialect)
            bar.play_pause_requested.connect(self.play_pause)
            bar.stop_requested.connect(self.player.stop)
            bar.loop_requested.connect(self.loop_step)
            bar.rate_changed.connect(self._set_rate)
            bar.dialect_changed.connect(self._set_dialect)
            bar.closed.connect(self._bar_closed)
            bar.retry_requested.connect(self.try_again)
            self._place_bar(bar)
        return self._bar

    def _connect_signals(self) -> None:
        player = self.player
        player.state_changed.connect(self._state_changed)
        player.sentence_changed.connect(self._sentence_changed)
        player.loop_changed.connect(self._show_loop)
        player.voice_chosen.connect(self._show_voice)
        player.unavailable.connect(self._unavailable)
        player.stalled.connect(self._stalled)
        player.opening.connect(self._opening)

    # -- commands -------------------------------------------------------------------------------

    def play_pause(self) -> None:
        """Pause, resume, or start reading from the selection or the caret."""
        state = self.player.state
        if state is PlayState.PLAYING:
            self.player.pause()
        elif state is PlayState.PAUSED:
            self.player.resume()
        else:
            self.start()

    def start(self, first_offset: int | None = None) -> bool:
        """Read the selection, or the essay from `first_offset` (the loop's A, the sentence the
        engine stopped answering on, or the caret)."""
        spans = self.sentences()
        selected = self.reader.selection_span() if first_offset is None else None
        if first_offset is None:  # before the bar opens: the reader's resize moves its caret
            first_offset = self._first_offset(self._take_up_at)
        self.bar.open_bar()
        if self.player.blocked is None:  # else the player says why again, at once
            self.bar.show_problem("")
        if selected is not None:
            return self._play(sentences_within(spans, *selected), 0)
        return self._play(spans, sentence_at(spans, first_offset))

    def stop(self) -> None:
        self.player.stop()

    def try_again(self) -> None:
        """Open the speech engine anew and read from where it stopped (or the caret)."""
        self.player.try_again()
        self.start()

    def _first_offset(self, take_up: int | None) -> int:
        """Where Play starts without a selection: A in a loop, else where the engine stopped
        answering (for Try again), else the caret."""
        loop_a = self.player.loop_a
        if loop_a is not None and self.player.looping():
            return loop_a
        return take_up if take_up is not None else self._caret_offset()

    def loop_step(self) -> None:
        """A at the sentence read (or the caret), then B, then no loop: recitation of a passage."""
        spans = self.sentences()
        player = self.player
        here = span[0] if (span := player.current_span()) is not None else self._caret_offset()
        self.bar.open_bar()  # where A and B show (after reading the caret: the reader's resize moves it)
        if player.looping():
            player.clear_loop()
        elif player.loop_a is None:
            player.set_a(here, spans)
        else:
            player.set_b(here, spans)
            if player.state is PlayState.STOPPED:
                self.start(player.loop_a)

    # -- what is read ---------------------------------------------------------------------------

    def sentences(self) -> list[Span]:
        essay = self.reading.current
        if essay is None:
            return []
        key = (essay.id, hash(essay.text))
        if self._spans[0] != key:
            self._spans = (key, sentence_spans(essay.text))
        return self._spans[1]

    def _caret_offset(self) -> int:
        """Where the caret is, if the reader can see it; else the top of the page."""
        cursor_rect = self.reader.cursorRect()
        if self.reader.viewport().rect().contains(cursor_rect.center()):
            return self.reader.canonical_at(self.reader.textCursor().position())
        return self.reader.top_offset()

    def _play(self, spans: list[Span], first: int) -> bool:
        view = self.reading.current_view()
        if view is None or not spans:
            return False
        return self.player.play(Passage(spans, self._shown_text, view.script), first)

    def _shown_text(self, span: Span) -> str:
        """The sentence as the reader sees it now (the form may change while reading)."""
        view = self.reading.current_view()
        if view is None:
            return ""
        offsets = view.offsets
        return view.text[offsets.to_display(span[0]):offsets.to_display(span[1], end=True)]

    # -- reacting -------------------------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        self.bar.show_playing(state == PlayState.PLAYING)

    def _sentence_changed(self, start: int, end: int) -> None:
        if start < 0:
            self.reader.set_spoken(None)
            return
        self._take_up_at = None  # reading again: a later Try again starts where it is then
        self.reader.set_spoken((start, end))
        self.reader.reveal(start)

    def _show_loop(self) -> None:
        player = self.player
        self.bar.show_loop("ab" if player.looping() else "a" if player.loop_a is not None else "",
                           player.repeats)

    def _show_voice(self, pick: VoicePick) -> None:
        voice = pick.voice
        if voice is None:
            self.bar.show_voice("")
            return
        place = "-".join(part for part in (voice.language, voice.territory) if part)
        text = f"{voice.name} ({place})"
        if pick.substitute and pick.wanted is Dialect.CANTONESE:
            text = self.tr("No Cantonese voice: reading in Mandarin, {voice}").format(voice=text)
        elif pick.substitute:
            text = self.tr("No Mandarin voice: reading in Cantonese, {voice}").format(voice=text)
        self.bar.show_voice(text)

    def _opening(self, busy: bool) -> None:
        """speech-dispatcher may take seconds to start: the window goes on meanwhile."""
        bar = self.bar
        bar.show_voice(self.tr("Starting the speech engine…") if busy else "")
        if busy:
            bar.setCursor(Qt.CursorShape.BusyCursor)
        else:
            bar.unsetCursor()

    def _unavailable(self, message: Message) -> None:
        self.bar.show_voice("")  # no longer "Starting the speech engine…"
        self.bar.show_problem(translated_html(message), blocked=self.player.blocked is not None)

    def _stalled(self, start: int, _end: int) -> None:
        """The engine stopped answering: Try again takes up at the sentence it was reading.
        Kept here, not as the caret: the bar's message resizes the reader, which puts the caret
        at the top of the page."""
        self._take_up_at = start

    def _set_rate(self, rate: float) -> None:
        self.prefs.speech_rate = rate
        self.player.set_rate(rate)

    def _set_dialect(self, value: str) -> None:
        self.prefs.speech_dialect = Dialect(value)
        self.player.set_dialect(Dialect(value))
        self._restart_in_place()

    def stop_for_new_essay(self) -> None:
        """Another essay was opened (ReadAloudCommands tells, before the window shows it)."""
        self._take_up_at = None
        if self.player.state is not PlayState.STOPPED:
            self.player.stop()
        if self.player.loop_a is not None:
            self.player.clear_loop()

    def follow_form(self) -> None:
        """The script form changed: another script may want another voice."""
        self._restart_in_place()

    def _restart_in_place(self) -> None:
        """Go on from the sentence being read with the voice chosen anew."""
        span, state = self.player.current_span(), self.player.state
        if span is None or state is PlayState.STOPPED:
            return
        self.start(span[0])
        if state is PlayState.PAUSED:
            self.player.pause()

    def _bar_closed(self) -> None:
        self.player.stop()
        self.reader.setFocus()
