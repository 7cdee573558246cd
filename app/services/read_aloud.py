"""Reading an essay aloud, one sentence at a time, with an A–B loop for recitation.

The player hands the engine one sentence, waits for it to be read to its end, then hands it
the next; so the sentence being read is always known (the window highlights it), pause and
stop act at once, and a loop returns to A after the sentence holding B. A sentence the engine
never reports read (a speech-dispatcher that stopped answering) stops the reading, with word
why, once it has taken far longer than any voice could.

Once nothing can be read (no engine, no Chinese voice, an engine that did not answer or stopped
answering), the player is *blocked*: every Play says why at once, without asking the engine
again (a hung daemon would hold each Play for the whole wait), until the reader asks to try
again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.dialects import Dialect
from app.core.messages import QT_TRANSLATE_NOOP, Message, say
from app.core.script import Script
from app.core.sentences import Span, sentence_at
from app.core.speech_advice import no_voice_message, restart_advice
from app.core.voices import CONTEXT, choose_voice

if TYPE_CHECKING:  # the engine's modules load with the first Play (1 ms of every start otherwise)
    from app.services.speech_engine import EngineOpener, SpeechEngine
    from app.services.speech_thread import EngineThread

log = logging.getLogger(__name__)
ENGINE_FAILED = QT_TRANSLATE_NOOP("ReadAloud", "The speech engine failed: {error}")
ENGINE_SILENT = QT_TRANSLATE_NOOP(
    "ReadAloud", "The speech engine did not begin to speak. Check that the sound output works, or choose "
                 "another voice in the system's speech settings.")
ENGINE_NO_ANSWER = QT_TRANSLATE_NOOP(
    "ReadAloud", "The speech engine did not answer when it was started. Press Try again to start it "
                 "again. {how}")
ENGINE_STALLED = QT_TRANSLATE_NOOP(
    "ReadAloud", "The speech engine stopped answering, so reading aloud stopped. Press Try again to restart "
                 "it and go on where it stopped. {how}")
OPENING_TIMEOUT_MS = 30_000  # a speech-dispatcher that has not answered by then is stuck
# Mandarin voices read 3 to 6 characters a second, about a third as fast at the slowest speed.
# A second a character (three at the slowest) and 20 s to begin (beyond the engine's own 10 s
# wait for the first sound, speech_engine.SILENCE_MS) cut no voice short, however long the sentence.
SENTENCE_START_MS = 20_000
MS_PER_CHARACTER = 1_000


def longest_reading_ms(text: str, rate: float) -> int:
    """How long the engine may take over `text` at `rate` (-1.0 to 1.0) before it is taken
    for stuck: far longer than any voice reads it, growing with its length."""
    slowdown: float = 3.0 ** max(0.0, -rate)  # a faster speed is given no less time
    return SENTENCE_START_MS + round(len(text) * MS_PER_CHARACTER * slowdown)


class PlayState(StrEnum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


class Passage(NamedTuple):
    """What to read: sentences as canonical spans, and the words to say for each (the text as
    shown, so a voice reads the script the reader sees)."""

    spans: list[Span]
    text_of: Callable[[Span], str]
    script: Script


class ReadAloud(QObject):
    """Plays a passage through a speech engine opened on the first Play."""

    state_changed = Signal(str)  # a PlayState value
    sentence_changed = Signal(int, int)  # canonical span being read; (-1, -1) when none
    loop_changed = Signal()  # A or B set or cleared, or one more repeat done
    voice_chosen = Signal(object)  # the VoicePick for this passage
    # a Message: no engine, no Chinese voice, or the engine failed; `blocked` is set when nothing
    # can be read until `try_again`
    unavailable = Signal(object)
    opening = Signal(bool)  # the engine is being opened (seconds, the first time), or is open
    stalled = Signal(int, int)  # the canonical span being read when the engine stopped answering

    def __init__(self, parent: QObject | None = None, *, open_engine: EngineOpener | None = None,
                 platform: str = sys.platform, in_thread: bool | None = None,
                 time_allowed: Callable[[str, float], int] = longest_reading_ms) -> None:
        """The system's engine (`open_engine` None) opens on a thread of its own (`in_thread`); a
        test's stub in place. `time_allowed(text, rate)`: the milliseconds a sentence may take
        (tests give a short one)."""
        super().__init__(parent)
        self.time_allowed = time_allowed
        self._said = ""  # the text the engine was given last
        self._watchdog = QTimer(self, singleShot=True)  # the window's thread: runs while the engine's hangs
        self._watchdog.timeout.connect(self._engine_stalled)
        self._open_engine = open_engine
        self._in_thread = open_engine is None if in_thread is None else in_thread
        self._platform = platform
        self._engine: SpeechEngine | None = None
        self._tried = False
        self.blocked: Message | None = None  # why nothing can be read until `try_again`, if so
        self._waiting: EngineThread | None = None  # opening the engine now
        self._pending: tuple[Passage, int] | None = None  # the Play asked for meanwhile
        self._give_up = QTimer(self, singleShot=True, interval=OPENING_TIMEOUT_MS)
        self._give_up.timeout.connect(self._no_answer)
        self.state = PlayState.STOPPED
        self.rate = 0.0
        self.dialect = Dialect.AUTO
        self._passage: Passage | None = None
        self._current = -1
        self.loop_a: int | None = None  # canonical offsets: A is a sentence's start, B its end
        self.loop_b: int | None = None
        self.repeats = 0

    # -- the engine ---------------------------------------------------------------------------

    def open_engines_with(self, open_engine: EngineOpener, *, in_thread: bool = False) -> None:
        """Use another engine (tests: a stub); the one open now is stopped and let go."""
        self._open_engine, self._in_thread = open_engine, in_thread
        self._start_afresh()

    def try_again(self) -> None:
        """Forget why nothing could be read: the next Play opens the engine anew (the reader may
        have restarted the daemon, or added a voice, which only a new engine lists)."""
        if self.blocked is not None:
            self._start_afresh()

    def _start_afresh(self) -> None:
        """Stop, let the engine go (a stuck one's late answer is ignored), and open on next Play."""
        self.stop()
        if self._engine is not None:
            self._engine.deleteLater()
        self._engine, self._tried, self.blocked = None, False, None
        self._waiting = None
        self._give_up.stop()

    def engine(self) -> SpeechEngine | None:
        """The engine, opened on first use; None (and `unavailable` said why) without one."""
        if not self._tried:
            self._tried = True
            engine, problem = self._opener()(self)
            if engine is None:
                self._block_for_want_of_engine(problem)
            else:
                self._take_engine(engine)
        if self._engine is None:
            self._say_blocked()
        return self._engine

    def _say_blocked(self) -> None:
        """Why nothing can be read; `blocked` is set."""
        assert self.blocked is not None
        self.unavailable.emit(self.blocked)

    def _block_for_want_of_engine(self, problem: Message | None) -> None:
        """No engine opened: the opener's reason, else that the system has none."""
        self.blocked = problem or no_voice_message(self._platform, engine=False)

    def _take_engine(self, engine: SpeechEngine) -> None:
        self._engine = engine
        engine.setParent(self)
        engine.spoken.connect(self._sentence_spoken)
        engine.failed.connect(self._engine_failed)
        engine.silent.connect(self._engine_silent)
        engine.set_rate(self.rate)

    def _open_in_thread(self) -> None:
        """Open the engine on a thread; the window goes on, and Play waits for `_opened`."""
        self._tried = True
        self.opening.emit(True)
        self._give_up.start()
        from app.services.speech_thread import start_engine_thread  # noqa: PLC0415  (see the imports)

        self._waiting = start_engine_thread(self._opener(), self._opened)

    def _opener(self) -> EngineOpener:
        """The engine opener given, or the system's."""
        if self._open_engine is not None:
            return self._open_engine
        from app.services.speech_engine import open_system_engine  # noqa: PLC0415  (see the imports)

        return open_system_engine

    def _no_answer(self) -> None:
        """The engine's thread is stuck in the daemon: say so, and again at once at each Play
        until the reader tries again (a second try would wait as long)."""
        log.warning("the speech engine did not answer in %d ms", OPENING_TIMEOUT_MS)
        self._waiting, self._pending = None, None
        self.blocked = say(CONTEXT, ENGINE_NO_ANSWER, how=restart_advice(self._platform))
        self.opening.emit(False)
        self._say_blocked()

    def _opened(self, engine: SpeechEngine | None, problem: Message | None) -> None:
        from app.services.speech_thread import EngineThread, ThreadedEngine  # noqa: PLC0415  (loaded)

        thread = self.sender()
        if not isinstance(thread, EngineThread) or thread is not self._waiting:
            if isinstance(thread, EngineThread):  # opened for engines since replaced (tests)
                thread.quit()
            return
        self._waiting = None
        self._give_up.stop()
        pending, self._pending = self._pending, None
        if engine is None:
            self._block_for_want_of_engine(problem)
            self.opening.emit(False)
            if pending is not None:  # not after a Stop
                self._say_blocked()
            return
        self._take_engine(ThreadedEngine(engine, thread))
        self.opening.emit(False)
        if pending is not None:
            self.play(*pending)

    def set_rate(self, rate: float) -> None:
        """Takes effect from the next sentence."""
        self.rate = max(-1.0, min(1.0, rate))
        if self._engine is not None:
            self._engine.set_rate(self.rate)

    def set_dialect(self, dialect: Dialect) -> None:
        self.dialect = dialect

    # -- playing ------------------------------------------------------------------------------

    def play(self, passage: Passage, first: int = 0) -> bool:
        """Read `passage` from its sentence number `first`; False if nothing can be read."""
        if not passage.spans:
            return False
        if self.blocked is not None:
            self._say_blocked()
            return False
        if self._waiting is not None or (not self._tried and self._in_thread):
            self._pending = (passage, first)  # read once the engine is open
            if self._waiting is None:
                self._open_in_thread()
            return True
        engine = self.engine()
        if engine is None:
            return False
        pick = choose_voice(engine.voices(), passage.script, self.dialect)
        self.voice_chosen.emit(pick)
        if pick.voice is None:
            self.blocked = no_voice_message(self._platform, engine=True)
            self._say_blocked()
            return False
        self._halt(engine)
        engine.set_voice(pick.voice)
        self._passage = passage
        self._set_state(PlayState.PLAYING)
        self._say(max(0, min(first, len(passage.spans) - 1)))
        return True

    def pause(self) -> None:
        if self.state is PlayState.PLAYING and self._engine is not None:
            self._watchdog.stop()  # a pause may last as long as the reader likes
            self._engine.pause()
            self._set_state(PlayState.PAUSED)

    def resume(self) -> None:
        if self.state is PlayState.PAUSED and self._engine is not None:
            self._engine.resume()
            self._set_state(PlayState.PLAYING)
            self._watch(self._said)

    def stop(self) -> None:
        self._pending = None
        self._watchdog.stop()
        if self._engine is not None:
            self._halt(self._engine)
        self._passage, self._current = None, -1
        self.sentence_changed.emit(-1, -1)
        self._set_state(PlayState.STOPPED)

    def current_span(self) -> Span | None:
        if self._passage is None or self._current < 0:
            return None
        return self._passage.spans[self._current]

    def _halt(self, engine: SpeechEngine) -> None:
        if self.state is not PlayState.STOPPED:
            engine.stop()  # queued to the engine's thread: returns at once even when that is stuck

    def _say(self, number: int) -> None:
        assert self._passage is not None and self._engine is not None
        self._current = number
        span = self._passage.spans[number]
        self.sentence_changed.emit(*span)
        self._said = self._passage.text_of(span)
        self._engine.say(self._said)
        self._watch(self._said)

    def _watch(self, text: str) -> None:
        """Expect the engine to report `text` read within the time it could possibly take."""
        self._watchdog.start(self.time_allowed(text, self.rate))

    def _sentence_spoken(self) -> None:
        self._watchdog.stop()
        # The next sentence on the next turn of the loop: engines may not take a new text from
        # inside their own state-change notice.
        QTimer.singleShot(0, self, self._next_sentence)

    def _next_sentence(self) -> None:
        if self.state is not PlayState.PLAYING or self._passage is None:
            return
        following = self._current + 1
        spans = self._passage.spans
        if self.looping() and (following >= len(spans) or spans[following][0] >= (self.loop_b or 0)):
            following = self._sentence_of(self.loop_a or 0)
            self.repeats += 1
            self.loop_changed.emit()
        if following >= len(spans):
            self.stop()
            return
        self._say(following)

    def _engine_failed(self, text: str) -> None:
        log.warning("speech engine failed: %s", text)
        self.stop()
        self.unavailable.emit(say(CONTEXT, ENGINE_FAILED, error=text))

    def _engine_silent(self) -> None:
        log.warning("speech engine took a text and never began to speak it")
        self.stop()
        self.unavailable.emit(say(CONTEXT, ENGINE_SILENT))

    def _engine_stalled(self) -> None:
        """A sentence took far longer than it could: the engine (or its daemon) stopped answering.
        Reading stops, the stuck engine is let go (a stop queued to it waits there, harmlessly),
        and `try_again` opens a new one: the reader may have restarted the daemon meanwhile."""
        span = self.current_span()
        if self.state is not PlayState.PLAYING or span is None or self._engine is None:
            return
        log.warning("the speech engine has not finished a sentence of %d characters in %d ms",
                    len(self._said), self._watchdog.interval())
        engine = self._engine
        self.stop()
        self._engine = None  # a new one only on `try_again`: Play is blocked meanwhile
        engine.deleteLater()
        self.blocked = say(CONTEXT, ENGINE_STALLED, how=restart_advice(self._platform))
        self.stalled.emit(*span)
        self._say_blocked()

    def _set_state(self, state: PlayState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state.value)

    # -- A–B repeat ---------------------------------------------------------------------------

    def looping(self) -> bool:
        return self.loop_a is not None and self.loop_b is not None

    def set_a(self, offset: int, spans: list[Span]) -> None:
        """A at the start of the sentence holding canonical `offset`; B is cleared."""
        if not spans:
            return
        self.loop_a = spans[sentence_at(spans, offset)][0]
        self.loop_b, self.repeats = None, 0
        self.loop_changed.emit()

    def set_b(self, offset: int, spans: list[Span]) -> None:
        """B at the end of the sentence holding `offset` (before A: the two change places)."""
        if not spans:
            return
        if self.loop_a is None:
            self.set_a(offset, spans)
        number = sentence_at(spans, offset)
        end = spans[number][1]
        start_a = self.loop_a or 0
        if end <= start_a:  # B before A: the loop runs from B's sentence to A's
            a_number = sentence_at(spans, start_a)
            self.loop_a, end = spans[number][0], spans[a_number][1]
        self.loop_b, self.repeats = end, 0
        self.loop_changed.emit()

    def clear_loop(self) -> None:
        self.loop_a = self.loop_b = None
        self.repeats = 0
        self.loop_changed.emit()

    def _sentence_of(self, offset: int) -> int:
        assert self._passage is not None
        return max(0, sentence_at(self._passage.spans, offset))

