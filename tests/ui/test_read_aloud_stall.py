"""A speech engine that stops answering in the middle of reading (speech-dispatcher hung): the
bar says so and what to do, Stop and Close work at once all the while; Play says so again at
once (a new engine of a daemon still stuck would hang as long), and "Try again" takes up at
the sentence the engine stopped on (or at A, in an A–B loop) with a new engine."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.messages import Message
from app.core.sentences import Span, sentence_spans
from app.services.speech_engine import SpeechEngine
from app.ui.shell.main_window import MainWindow
from tests.speech_stub import MANDARIN, StubEngine

SHORT_MS = 200  # the time a sentence may take, here (the real one is 20 s and more)
STALLED = "The speech engine stopped answering, so reading aloud stopped. Press Try again"


class HangingEngine(StubEngine):
    """Reads its first `answers` texts, then hangs in say() as a call into a daemon that
    stopped answering does: its thread can run nothing else until `release`."""

    alive: list[HangingEngine] = []  # released after each test, so that their threads end

    def __init__(self, voices: list, parent: QObject | None = None, answers: int = 0) -> None:  # type: ignore[type-arg]
        super().__init__(voices, parent)
        self.answers = answers
        self.inside = threading.Event()  # stuck in say() now
        self.release = threading.Event()
        HangingEngine.alive.append(self)

    def say(self, text: str) -> None:
        super().say(text)
        if len(self.said) > self.answers:
            self.inside.set()
            self.release.wait(30)  # not for ever, should a test fail before releasing it
            self.inside.clear()


class Engines:
    """The first engine hangs after `answers` texts; those opened after it (the daemon
    restarted) answer. Each on the engine's thread, as the window opens them."""

    def __init__(self, answers: int = 0) -> None:
        self.answers = answers
        self.made: list[StubEngine] = []

    def __call__(self, parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        if self.made:
            self.made.append(StubEngine([MANDARIN], parent))
        else:
            self.made.append(HangingEngine([MANDARIN], parent, self.answers))
        return self.made[-1], None

    @property
    def stuck(self) -> HangingEngine:
        engine = self.made[0]
        assert isinstance(engine, HangingEngine)
        return engine


@pytest.fixture
def engines(window: MainWindow) -> Engines:
    return hanging_after(window, 0)


def hanging_after(window: MainWindow, answers: int) -> Engines:
    made = Engines(answers)
    player = window.workspace.read_aloud
    player.open_engines_with(made, in_thread=True)
    player.time_allowed = lambda text, rate: SHORT_MS
    return made


@pytest.fixture(autouse=True)
def release_the_engines() -> Iterator[None]:
    """Whatever the test did, a stuck engine's thread is let go at its end: ended by force
    while in Python, it would take Python's lock with it."""
    yield
    for engine in HangingEngine.alive:
        engine.release.set()
    HangingEngine.alive.clear()


def spans_of(window: MainWindow) -> list[Span]:
    essay = window.reading.current
    assert essay is not None
    return sentence_spans(essay.text)


def shown(window: MainWindow, span: Span) -> str:
    view = window.reading.current_view()
    assert view is not None
    return view.text[view.offsets.to_display(span[0]):view.offsets.to_display(span[1], end=True)]


def put_caret(window: MainWindow, canonical: int) -> None:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.qt_position(canonical))
    window.reader.setTextCursor(cursor)


def finish_on_its_thread(engine: StubEngine, qtbot: QtBot) -> None:
    """The engine reads its text to the end, on its own thread; the next is handed to it."""
    before = len(engine.said)
    QTimer.singleShot(0, engine, engine.finish)
    qtbot.waitUntil(lambda: len(engine.said) == before + 1, timeout=10_000)


def test_stop_and_close_act_at_once_while_the_engine_hangs(window: MainWindow, engines: Engines,
                                                          qtbot: QtBot) -> None:
    window.commands["read_aloud"].trigger()
    qtbot.waitUntil(lambda: bool(engines.made) and engines.stuck.inside.is_set(), timeout=10_000)
    bar = window.read_aloud.controller.bar
    window.commands["read_aloud_stop"].trigger()
    # stopped without waiting for the engine, which is still stuck
    assert bar.play_button.text() == "▶" and engines.stuck.inside.is_set()
    assert window.workspace.read_aloud.current_span() is None
    window.commands["read_aloud"].trigger()
    bar.close_button.click()
    assert not bar.isVisible() and engines.stuck.inside.is_set()
    qtbot.wait(SHORT_MS * 3)
    assert bar.problem_label.text() == ""  # a reading stopped by the reader is not a stuck engine


def test_a_sentence_the_engine_never_finishes_is_reported_and_play_takes_up_there(
        window: MainWindow, qtbot: QtBot) -> None:
    made = hanging_after(window, 1)  # reads the first sentence, hangs on the second
    spans = spans_of(window)
    put_caret(window, spans[0][0])
    window.commands["read_aloud"].trigger()
    qtbot.waitUntil(lambda: bool(made.made) and len(made.made[0].said) == 1, timeout=10_000)
    finish_on_its_thread(made.stuck, qtbot)
    bar = window.read_aloud.controller.bar
    qtbot.waitUntil(bar.problem_label.isVisible, timeout=10_000)
    assert bar.problem_label.text().startswith(STALLED)
    assert bar.play_button.text() == "▶" and bar.voice_label.full_text() == ""
    assert made.stuck.inside.is_set()  # told without waiting for the engine

    opening: list[bool] = []
    window.workspace.read_aloud.opening.connect(opening.append)
    window.commands["read_aloud"].trigger()  # Play: said again at once, no new engine opened
    assert bar.problem_label.text().startswith(STALLED) and not bar.play_button.isEnabled()
    assert opening == [] and len(made.made) == 1

    # the bar's message moved the caret to the top of the page: Try again takes up at the
    # sentence the engine hung on, with a new engine
    bar.retry_button.click()
    qtbot.waitUntil(lambda: len(made.made) == 2 and bool(made.made[1].said), timeout=10_000)
    assert made.made[1].said == [shown(window, spans[1])]
    assert not bar.problem_label.isVisible()


def test_an_a_b_loop_is_kept_and_goes_on_from_a(window: MainWindow, engines: Engines, qtbot: QtBot) -> None:
    spans = spans_of(window)
    loop = window.commands["read_aloud_loop"]
    put_caret(window, spans[1][0])
    loop.trigger()  # A
    put_caret(window, spans[2][0])
    loop.trigger()  # B: reading starts at A, and the engine hangs there
    bar = window.read_aloud.controller.bar
    qtbot.waitUntil(lambda: bar.problem_label.text().startswith(STALLED), timeout=10_000)
    assert bar.loop_button.isChecked() and bar.loop_button.text() == "A–B ✓"

    bar.retry_button.click()
    qtbot.waitUntil(lambda: len(engines.made) == 2 and bool(engines.made[1].said), timeout=10_000)
    assert engines.made[1].said == [shown(window, spans[1])]
    player = window.workspace.read_aloud
    assert (player.loop_a, player.loop_b) == (spans[1][0], spans[2][1])


def test_a_try_again_that_fails_keeps_the_place_for_the_next(window: MainWindow, qtbot: QtBot) -> None:
    """The daemon is still down at the first Try again: the second, once it is back, still takes
    up at the sentence the engine hung on, not at the caret the bar's message moved."""
    opened: list[StubEngine | None] = []

    def engines(parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        engine = (HangingEngine([MANDARIN], parent, 1) if not opened
                  else None if len(opened) == 1 else StubEngine([MANDARIN], parent))
        opened.append(engine)
        return engine, None

    player = window.workspace.read_aloud
    player.open_engines_with(engines, in_thread=True)
    player.time_allowed = lambda text, rate: SHORT_MS
    spans = spans_of(window)
    put_caret(window, spans[0][0])
    window.commands["read_aloud"].trigger()
    qtbot.waitUntil(lambda: bool(opened) and len(opened[0].said) == 1, timeout=10_000)  # type: ignore[union-attr]
    assert isinstance(opened[0], HangingEngine)
    finish_on_its_thread(opened[0], qtbot)
    bar = window.read_aloud.controller.bar
    qtbot.waitUntil(lambda: bar.problem_label.text().startswith(STALLED), timeout=10_000)
    bar.retry_button.click()  # the daemon is still down: nothing opens
    qtbot.waitUntil(lambda: len(opened) == 2 and bar.retry_button.isVisible(), timeout=10_000)
    bar.retry_button.click()  # back
    qtbot.waitUntil(lambda: len(opened) == 3 and bool(opened[2] and opened[2].said), timeout=10_000)
    assert opened[2] is not None and opened[2].said[0] == shown(window, spans[1])
