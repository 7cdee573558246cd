"""When nothing can be read aloud (no engine, no Chinese voice), the bar says why and offers
"Try again"; the controls that could only fail are disabled until then, and the advice shows
its commands as code, not in quotation marks a Chinese font draws full-width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from app.core.messages import Code, Message, say
from app.core.speech_advice import ENGINE_NOT_STARTED
from app.core.voices import CONTEXT, Voice
from app.services import speech_engine
from app.services.speech_engine import SpeechEngine, open_system_engine
from app.ui.reader.read_aloud_bar import ReadAloudBar
from app.ui.shell.main_window import MainWindow
from tests.speech_stub import ENGLISH, MANDARIN, StubEngine, failing_system_speech


class Engines:
    """Opens a new stub engine with `voices` each time (none while `voices` is None)."""

    def __init__(self, voices: list[Voice] | None, problem: Message | None = None) -> None:
        self.voices, self.problem = voices, problem
        self.made: list[StubEngine] = []

    def __call__(self, parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        if self.voices is None:
            return None, self.problem
        self.made.append(StubEngine(self.voices, parent))
        return self.made[-1], None


def controls(bar: ReadAloudBar) -> dict[str, bool]:
    """Which of the bar's controls can be used."""
    return {name: getattr(bar, name).isEnabled()
            for name in ("play_button", "stop_button", "speed", "loop_button", "dialect_box", "close_button")}


ALL_ENABLED = dict.fromkeys(("play_button", "stop_button", "speed", "loop_button", "dialect_box",
                             "close_button"), True)
ONLY_CLOSE = {**dict.fromkeys(ALL_ENABLED, False), "close_button": True}


@pytest.mark.parametrize(("voices", "said"), [(None, "No speech engine"), ([ENGLISH], "No Chinese voice")])
def test_what_cannot_work_is_disabled_until_try_again_finds_a_voice(
        window: MainWindow, voices: list[Voice] | None, said: str) -> None:
    engines = Engines(voices)
    window.workspace.read_aloud.open_engines_with(engines)
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    assert said in bar.problem_label.text() and bar.problem_label.isVisible()
    assert controls(bar) == ONLY_CLOSE and bar.retry_button.isVisible()

    window.commands["read_aloud"].trigger()  # its shortcut still says why, and changes nothing
    assert said in bar.problem_label.text() and controls(bar) == ONLY_CLOSE

    engines.voices = [MANDARIN]  # the reader followed the advice
    bar.retry_button.click()
    assert engines.made and engines.made[-1].said  # reading
    assert controls(bar) == ALL_ENABLED
    assert not bar.problem_label.isVisible() and not bar.retry_button.isVisible()


def test_a_failure_of_the_engine_while_reading_leaves_play_to_try_again(window: MainWindow) -> None:
    """The engine is there and may read the next time: not a state that blocks reading."""
    engines = Engines([MANDARIN])
    window.workspace.read_aloud.open_engines_with(engines)
    window.commands["read_aloud"].trigger()
    engines.made[0].failed.emit("audio device lost")
    bar = window.read_aloud.controller.bar
    assert "audio device lost" in bar.problem_label.text()
    assert controls(bar) == ALL_ENABLED and not bar.retry_button.isVisible()


def plain(bar: ReadAloudBar) -> str:
    return QTextDocumentFragment.fromHtml(bar.problem_label.text()).toPlainText()


def test_commands_in_the_advice_are_code_without_quotation_marks(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_engine, "speech_dispatcher_installed", lambda: True)
    speech_class = failing_system_speech(libspeechd=True)
    window.workspace.read_aloud.open_engines_with(
        lambda parent: open_system_engine(parent, speech_class=speech_class))
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    assert "Run <code>spd-say test</code> in a terminal" in bar.problem_label.text()
    assert "Run spd-say test in a terminal" in plain(bar)
    assert not any(mark in plain(bar) for mark in "“”")


def test_an_engines_own_words_are_shown_as_they_are_never_as_markup(window: MainWindow) -> None:
    problem = say(CONTEXT, ENGINE_NOT_STARTED, engine=Code("sapi"), error="<b>COM</b> & <i>co</i>")
    window.workspace.read_aloud.open_engines_with(Engines(None, problem))
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    assert plain(bar).startswith("The speech engine sapi could not be started (<b>COM</b> & <i>co</i>).")
    assert "<code>sapi</code>" in bar.problem_label.text()
