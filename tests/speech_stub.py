"""A speech engine for tests: the machines that run them have no voices."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Slot

from app.core.messages import Message
from app.core.voices import Voice
from app.services.speech_engine import SpeechEngine

MANDARIN = Voice(0, "Tingting", "zh", "CN")
CANTONESE = Voice(1, "Sinji", "zh", "HK")
ENGLISH = Voice(2, "Bob", "en", "GB")


class StubEngine(SpeechEngine):
    """Records what it is told; a test says when the current text has been read (`finish`)."""

    def __init__(self, voices: list[Voice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices = voices
        self.said: list[str] = []
        self.voice: Voice | None = None
        self.rates: list[float] = []
        self.speaking = False
        self.paused = False
        self.stops = 0

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def set_voice(self, voice: Voice) -> None:
        self.voice = voice

    def set_rate(self, rate: float) -> None:
        self.rates.append(rate)

    def say(self, text: str) -> None:
        self.said.append(text)
        self.speaking, self.paused = True, False

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> None:
        self.speaking = self.paused = False
        self.stops += 1

    def finish(self) -> None:
        """The current text has been read to its end."""
        assert self.speaking and not self.paused
        self.speaking = False
        self.spoken.emit()


def opener(engine: StubEngine | None, problem: Message | None = None):  # type: ignore[no-untyped-def]
    """An engine opener for ReadAloud that hands out `engine` (or None and `problem`)."""
    def open_engine(parent: QObject) -> tuple[SpeechEngine | None, Message | None]:
        if engine is not None:
            engine.setParent(parent)
        return engine, problem
    return open_engine


class FakeState(Enum):
    """QTextToSpeech.State's values that opening an engine looks at."""

    Ready = 0
    Error = 3


def failing_system_speech(*, libspeechd: bool) -> type[QObject]:
    """A QTextToSpeech class for a machine whose only engine, speech-dispatcher, fails to start;
    made anew for each test, as it counts the engines asked for in `made`.

    As Qt 6.11 reports it (seen on Debian 12): without libspeechd the plugin does not load, so
    the engine is left unnamed, with "Text to speech engine not initialized"; with it, and no
    daemon to reach, the engine is named "speechd", with "Connection to speech-dispatcher
    failed". The default ("") is Qt's test engine here, which a reader is never given."""

    class FailingSpeech(QObject):
        State = FakeState
        made: list[str] = []

        def __init__(self, name: str = "") -> None:
            super().__init__()
            self._engine = ""
            self.setEngine(name)

        @staticmethod
        def availableEngines() -> list[str]:  # noqa: N802 (Qt's names)
            return ["mock", "speechd"]

        @Slot(str)
        def setEngine(self, name: str) -> None:  # noqa: N802
            name = name or "mock"
            FailingSpeech.made.append(name)
            self._engine = name if name == "mock" or libspeechd else ""

        def engine(self) -> str:
            return self._engine

        def state(self) -> FakeState:
            return FakeState.Ready if self._engine == "mock" else FakeState.Error

        def errorString(self) -> str:  # noqa: N802
            if self._engine == "mock":
                return ""
            return ("Connection to speech-dispatcher failed" if libspeechd
                    else "Text to speech engine not initialized")

    return FailingSpeech
