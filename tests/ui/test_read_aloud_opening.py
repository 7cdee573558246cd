"""The first Play does not freeze the window while the speech engine opens (speech-dispatcher
may take seconds): the engine opens on a thread and lives there, the bar says it is starting,
and reading starts once open; a call that hangs in the engine does not hold the window either.
When it cannot open, the bar says which case it is; later Plays say so again at once, without
another wait, and "Try again" opens it anew."""

from __future__ import annotations

import statistics
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.messages import Message
from app.core.voices import Voice
from app.services import speech_engine
from app.services.speech_engine import SpeechEngine, open_system_engine
from app.ui.shell.main_window import MainWindow
from tests.speech_stub import MANDARIN, StubEngine, failing_system_speech

OPENING_S = 1.5  # a slow speech-dispatcher's first connection


class StuckVoiceEngine(StubEngine):
    """Setting a voice blocks, as with a speech-dispatcher that stopped answering."""

    def set_voice(self, voice: Voice) -> None:
        time.sleep(OPENING_S)
        super().set_voice(voice)


class SlowOpener:
    """Makes a stub engine as slowly as a real one connects; records on which thread."""

    def __init__(self, engine_class: type[StubEngine] = StubEngine, opening_s: float = OPENING_S) -> None:
        self.engine: StubEngine | None = None
        self.thread: threading.Thread | None = None
        self.engine_class, self.opening_s = engine_class, opening_s

    def __call__(self, parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        self.thread = threading.current_thread()
        time.sleep(self.opening_s)
        self.engine = self.engine_class([MANDARIN], parent)
        return self.engine, None


def turns_while(qtbot: QtBot, done: object, timeout_ms: int) -> list[float]:
    """Milliseconds between the event loop's turns (a 5 ms timer) until `done()`."""
    clock, gaps = QElapsedTimer(), []
    ticker = QTimer(interval=5)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    qtbot.waitUntil(done, timeout=timeout_ms)  # type: ignore[arg-type]
    ticker.stop()
    return gaps


def test_the_window_keeps_turning_while_the_engine_opens(window: MainWindow, qtbot: QtBot) -> None:
    slow = SlowOpener()
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    clock = QElapsedTimer()
    clock.start()
    window.commands["read_aloud"].trigger()
    assert clock.elapsed() < 200  # Play returns at once (it took the whole opening before)
    bar = window.read_aloud.controller.bar
    assert bar.voice_label.full_text() == "Starting the speech engine…"

    gaps = turns_while(qtbot, lambda: slow.engine is not None and bool(slow.engine.said), 10_000)
    assert sum(gaps) >= OPENING_S * 1000 * 0.9  # it did wait for the engine…
    assert statistics.median(gaps) < 50 and max(gaps) < 300  # …turning all the while
    assert slow.thread is not threading.main_thread()
    engine = slow.engine
    assert engine is not None and engine.thread() is not QApplication.instance().thread()  # lives there
    assert engine.voice == MANDARIN and engine.said  # reading started once open
    assert "Tingting" in bar.voice_label.full_text()


def test_stop_while_opening_reads_nothing(window: MainWindow, qtbot: QtBot) -> None:
    slow = SlowOpener()
    player = window.workspace.read_aloud
    player.open_engines_with(slow, in_thread=True)
    window.commands["read_aloud"].trigger()
    window.commands["read_aloud_stop"].trigger()
    with qtbot.waitSignal(player.opening, timeout=10_000):
        pass
    qtbot.wait(50)
    assert slow.engine is not None and slow.engine.said == []
    assert window.read_aloud.controller.bar.voice_label.full_text() == ""  # no "Starting…" left behind
    window.commands["read_aloud"].trigger()  # the engine is open now: reading starts
    qtbot.waitUntil(lambda: bool(slow.engine and slow.engine.said), timeout=2000)


def test_a_call_that_hangs_in_the_engine_does_not_hold_the_window(window: MainWindow, qtbot: QtBot) -> None:
    slow = SlowOpener(StuckVoiceEngine, opening_s=0.0)
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    window.commands["read_aloud"].trigger()
    gaps = turns_while(qtbot, lambda: slow.engine is not None and bool(slow.engine.said), 10_000)
    assert sum(gaps) >= OPENING_S * 1000 * 0.9  # the voice took that long to set…
    assert statistics.median(gaps) < 50 and max(gaps) < 300  # …on the engine's thread, not the window's
    assert slow.engine is not None and slow.engine.voice == MANDARIN


def test_an_engine_that_never_answered_is_said_at_once_at_each_play_and_try_again_reopens_it(
        window: MainWindow, qtbot: QtBot) -> None:
    player = window.workspace.read_aloud
    stuck = SlowOpener()  # answers only after the window stopped waiting
    player.open_engines_with(stuck, in_thread=True)
    player._give_up.setInterval(300)  # noqa: SLF001  (the real wait is 30 s)
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    qtbot.waitUntil(lambda: "did not answer" in bar.problem_label.text(), timeout=5000)
    assert bar.voice_label.full_text() == ""  # no "Starting…" left behind
    assert bar.retry_button.isVisible() and not bar.play_button.isEnabled()
    qtbot.waitUntil(lambda: stuck.engine is not None, timeout=5000)
    qtbot.wait(50)
    late = stuck.engine
    assert late is not None and late.said == []  # its late answer is not used

    opening: list[bool] = []
    player.opening.connect(opening.append)
    window.commands["read_aloud"].trigger()  # Play again (its shortcut): told at once, no new wait
    assert opening == [] and "did not answer" in bar.problem_label.text()
    assert bar.voice_label.full_text() == "" and bar.retry_button.isVisible()

    player._give_up.setInterval(10_000)  # noqa: SLF001  (this time it answers in time)
    bar.retry_button.click()  # a new try, in the background as the first
    assert opening == [True] and bar.voice_label.full_text() == "Starting the speech engine…"
    assert not bar.problem_label.isVisible() and bar.play_button.isEnabled()
    qtbot.waitUntil(lambda: stuck.engine is not late and bool(stuck.engine and stuck.engine.said),
                    timeout=10_000)


def test_a_sentence_ended_just_before_reading_moves_on_does_not_skip_the_new_one(
        window: MainWindow, qtbot: QtBot) -> None:
    """The engine's "spoken" crosses threads: one that was on its way when the reader started
    elsewhere is about the old text, not the one now read."""
    slow = SlowOpener(opening_s=0.0)
    controller = window.read_aloud.controller
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    window.commands["read_aloud"].trigger()
    qtbot.waitUntil(lambda: slow.engine is not None and len(slow.engine.said) == 1, timeout=10_000)
    engine = slow.engine
    assert engine is not None
    QTimer.singleShot(0, engine, engine.finish)  # the first sentence ends, on the engine's thread…
    deadline = time.monotonic() + 10
    while engine.speaking and time.monotonic() < deadline:
        time.sleep(0.01)  # …while the window is busy: its "spoken" waits in the window's queue
    third = controller.sentences()[2]
    controller.start(third[0])  # the reader starts at the third sentence meanwhile
    qtbot.waitUntil(lambda: len(engine.said) == 2, timeout=10_000)
    qtbot.wait(200)  # the late "spoken" arrives now
    assert window.workspace.read_aloud.current_span() == third
    assert len(engine.said) == 2  # the third sentence is read, not skipped for the fourth


def test_speech_dispatcher_installed_but_unreachable_is_not_told_to_install_it(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_engine, "speech_dispatcher_installed", lambda: True)
    speech_class = failing_system_speech(libspeechd=True)
    window.workspace.read_aloud.open_engines_with(
        lambda parent: open_system_engine(parent, speech_class=speech_class), in_thread=True)
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    qtbot.waitUntil(bar.problem_label.isVisible, timeout=10_000)
    text = bar.problem_label.text()
    assert text.startswith("speech-dispatcher is installed but could not be started or reached.")
    assert "Install" not in text and bar.voice_label.full_text() == ""  # no "Starting…" left behind
    tries = speech_class.made.count("speechd")  # type: ignore[attr-defined]
    assert bar.retry_button.isVisible()
    bar.retry_button.click()  # the reader started it: Try again opens it anew
    qtbot.waitUntil(lambda: speech_class.made.count("speechd") > tries, timeout=10_000)  # type: ignore[attr-defined]
