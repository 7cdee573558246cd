"""The first Play does not freeze the window while the speech engine opens (speech-dispatcher
may take seconds): the engine opens on a thread and lives there, the bar says it is starting,
and reading starts once open; a call that hangs in the engine does not hold the window either.
When it cannot open, the bar says which case it is; later Plays say so again at once, without
another wait, and "Try again" opens it anew."""

from __future__ import annotations

import statistics
import threading
from collections.abc import Callable

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

HELD_MS = 1500  # how long a test holds the engine's thread: a slow speech-dispatcher's first connection
GATE_LIMIT_S = 30  # a gate the test never opens fails the test, never hangs it


class Gate:
    """Holds a call on the engine's thread until the test opens it, as a daemon that is slow to
    answer does: the test decides when the engine answers, not a sleep."""

    def __init__(self, *, held: bool = True) -> None:
        self.entered, self._open = threading.Event(), threading.Event()
        if not held:
            self._open.set()

    def pass_through(self) -> None:
        self.entered.set()
        if not self._open.wait(GATE_LIMIT_S):
            raise TimeoutError("the test never opened the gate")

    def open(self) -> None:
        self._open.set()


class StuckVoiceEngine(StubEngine):
    """Setting a voice blocks, as with a speech-dispatcher that stopped answering."""

    def __init__(self, voices: list[Voice], parent: QObject | None, gate: Gate) -> None:
        super().__init__(voices, parent)
        self.gate = gate

    def set_voice(self, voice: Voice) -> None:
        self.gate.pass_through()
        super().set_voice(voice)


class SlowOpener:
    """Makes a stub engine once its gate is open, as a real one connects; records on which thread."""

    def __init__(self, make: Callable[[list[Voice], QObject | None], StubEngine] = StubEngine, *,
                 held: bool = True) -> None:
        self.engine: StubEngine | None = None
        self.thread: threading.Thread | None = None
        self.make, self.gate = make, Gate(held=held)

    def __call__(self, parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        self.thread = threading.current_thread()
        self.gate.pass_through()
        self.engine = self.make([MANDARIN], parent)
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


def turns_while_held(qtbot: QtBot, gate: Gate) -> list[float]:
    """The event loop's turns while the engine's thread waits in `gate` for HELD_MS."""
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    held = QElapsedTimer()
    held.start()
    return turns_while(qtbot, lambda: held.elapsed() >= HELD_MS, HELD_MS + 10_000)


def test_the_window_keeps_turning_while_the_engine_opens(window: MainWindow, qtbot: QtBot) -> None:
    slow = SlowOpener()
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    clock = QElapsedTimer()
    clock.start()
    window.commands["read_aloud"].trigger()
    assert clock.elapsed() < 200  # Play returns at once (it took the whole opening before)
    bar = window.read_aloud.controller.bar
    assert bar.voice_label.full_text() == "Starting the speech engine…"

    gaps = turns_while_held(qtbot, slow.gate)
    assert slow.engine is None  # it waits for the engine…
    assert statistics.median(gaps) < 50 and max(gaps) < 300  # …turning all the while
    slow.gate.open()
    qtbot.waitUntil(lambda: slow.engine is not None and bool(slow.engine.said), timeout=10_000)
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
    slow.gate.open()  # the engine answers after the Stop; its answer reaches the window's queue
    with qtbot.waitSignal(player.opening, timeout=10_000):
        pass
    qtbot.wait(50)
    assert slow.engine is not None and slow.engine.said == []
    assert window.read_aloud.controller.bar.voice_label.full_text() == ""  # no "Starting…" left behind
    window.commands["read_aloud"].trigger()  # the engine is open now: reading starts
    qtbot.waitUntil(lambda: bool(slow.engine and slow.engine.said), timeout=2000)


def test_a_call_that_hangs_in_the_engine_does_not_hold_the_window(window: MainWindow, qtbot: QtBot) -> None:
    voice_gate = Gate()
    slow = SlowOpener(lambda voices, parent: StuckVoiceEngine(voices, parent, voice_gate), held=False)
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    window.commands["read_aloud"].trigger()
    gaps = turns_while_held(qtbot, voice_gate)
    assert slow.engine is not None and slow.engine.voice is None  # the voice is still being set…
    assert statistics.median(gaps) < 50 and max(gaps) < 300  # …on the engine's thread, not the window's
    voice_gate.open()
    qtbot.waitUntil(lambda: slow.engine is not None and bool(slow.engine.said), timeout=10_000)
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
    stuck.gate.open()  # it answers, too late
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
    slow = SlowOpener(held=False)
    controller = window.read_aloud.controller
    window.workspace.read_aloud.open_engines_with(slow, in_thread=True)
    window.commands["read_aloud"].trigger()
    qtbot.waitUntil(lambda: slow.engine is not None and len(slow.engine.said) == 1, timeout=10_000)
    engine = slow.engine
    assert engine is not None
    finished = threading.Event()

    def finish() -> None:  # the first sentence ends, on the engine's thread…
        engine.finish()
        finished.set()

    QTimer.singleShot(0, engine, finish)
    # …while the window is busy (this test holds its thread): its "spoken" waits in the window's queue
    assert finished.wait(10)
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
