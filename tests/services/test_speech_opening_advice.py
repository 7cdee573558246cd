"""When no speech engine opens, the reader is told which case it is, with advice that fits:
speech-dispatcher not installed, installed but not reachable. Both ways of opening are
checked: at once, and step by step on the engine's thread (the way the window opens it)."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.messages import Message
from app.services import speech_engine
from app.services.speech_engine import SpeechEngine, open_system_engine
from app.services.speech_thread import SystemOpening
from tests.speech_stub import failing_system_speech

NOT_INSTALLED = "Read-aloud needs speech-dispatcher, which is not installed."
NOT_REACHED = "speech-dispatcher is installed but could not be started or reached."


def open_at_once(speech_class: Any, qtbot: QtBot) -> Message | None:
    engine, problem = open_system_engine(speech_class=speech_class)
    assert engine is None
    return problem


def open_step_by_step(speech_class: Any, qtbot: QtBot) -> Message | None:
    reports: list[tuple[SpeechEngine | None, Message | None]] = []
    steps = SystemOpening(lambda engine, problem: reports.append((engine, problem)), nullcontext,
                          speech_class=speech_class)
    assert steps.begin()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    engine, problem = reports[0]
    assert engine is None
    return problem


OPENERS = [open_at_once, open_step_by_step]


@pytest.fixture
def daemon_program(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether speech-dispatcher's program is installed (the test machine's is not asked)."""
    found = [True]
    monkeypatch.setattr(speech_engine, "speech_dispatcher_installed", lambda: found[0])
    return found


@pytest.mark.parametrize("open_engine", OPENERS)
def test_without_libspeechd_the_reader_is_told_to_install_speech_dispatcher(
        open_engine: Any, daemon_program: list[bool], qtbot: QtBot) -> None:
    speech_class = failing_system_speech(libspeechd=False)
    problem = str(open_engine(speech_class, qtbot))
    assert problem.startswith(NOT_INSTALLED) and "sudo apt install speech-dispatcher espeak-ng" in problem
    assert "speechd" in speech_class.made  # type: ignore[attr-defined]


@pytest.mark.parametrize("open_engine", OPENERS)
def test_installed_but_unreachable_says_so_and_does_not_say_install(
        open_engine: Any, daemon_program: list[bool], qtbot: QtBot) -> None:
    problem = str(open_engine(failing_system_speech(libspeechd=True), qtbot))
    assert problem.startswith(NOT_REACHED) and "spd-say" in problem
    assert "Install" not in problem and "not installed" not in problem


@pytest.mark.parametrize("open_engine", OPENERS)
def test_the_library_without_the_daemons_program_is_not_installed(
        open_engine: Any, daemon_program: list[bool], qtbot: QtBot) -> None:
    """libspeechd comes with other programs too; it cannot start a daemon that is not there."""
    daemon_program[0] = False
    problem = str(open_engine(failing_system_speech(libspeechd=True), qtbot))
    assert problem.startswith(NOT_INSTALLED)


def test_qts_test_engine_is_never_taken_for_the_system_one(daemon_program: list[bool], qtbot: QtBot) -> None:
    speech_class = failing_system_speech(libspeechd=False)
    engine, _problem = open_system_engine(speech_class=speech_class)
    assert engine is None
    assert speech_class.made == ["mock", "speechd"]  # type: ignore[attr-defined]  # the default, refused
