"""The speech engine behind read-aloud: the system's voices through Qt's TextToSpeech.

QtTextToSpeech ships in PySide6-Addons and pulls in QtMultimedia: it is imported on the
first Play, never at start-up, and a system without it (or without its libraries) gets a
message instead of a crash.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from app.core.messages import QT_TRANSLATE_NOOP, Message, say
from app.core.voices import CONTEXT, Voice, no_voice_message

log = logging.getLogger(__name__)
# Qt's test engine, which reads nothing aloud: never chosen for a reader.
TEST_ENGINES = frozenset({"mock"})


class SpeechEngine(QObject):
    """What read-aloud needs of an engine; tests give it a stub with the same behaviour."""

    spoken = Signal()  # the text given to say() was read to its end (not stopped)
    failed = Signal(str)  # the engine's own words, for the log and the bar

    def voices(self) -> list[Voice]:
        raise NotImplementedError

    def set_voice(self, voice: Voice) -> None:
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        """-1.0 (slowest) to 1.0 (fastest); 0 is the voice's own pace."""
        raise NotImplementedError

    def say(self, text: str) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class QtSpeechEngine(SpeechEngine):
    """A QTextToSpeech, told apart from "stopped" when it finishes a text on its own."""

    def __init__(self, speech: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (only once reading aloud)

        self._state = QTextToSpeech.State
        self._speech = speech
        speech.setParent(self)
        self._voices = list(speech.availableVoices())
        self._stopped = True
        speech.stateChanged.connect(self._state_changed)
        speech.errorOccurred.connect(lambda _reason, text: self.failed.emit(text))

    def voices(self) -> list[Voice]:
        return [Voice(number, voice.name(), QLocale.languageToCode(voice.locale().language()),
                      QLocale.territoryToCode(voice.locale().territory()))
                for number, voice in enumerate(self._voices)]

    def set_voice(self, voice: Voice) -> None:
        if 0 <= voice.key < len(self._voices):
            self._speech.setVoice(self._voices[voice.key])

    def set_rate(self, rate: float) -> None:
        self._speech.setRate(max(-1.0, min(1.0, rate)))

    def say(self, text: str) -> None:
        self._stopped = False
        self._speech.say(text)

    def pause(self) -> None:
        self._speech.pause()

    def resume(self) -> None:
        self._speech.resume()

    def stop(self) -> None:
        self._stopped = True  # the Ready that follows is not the end of the text
        self._speech.stop()

    def _state_changed(self, state: object) -> None:
        if state == self._state.Ready and not self._stopped:
            self._stopped = True
            self.spoken.emit()


def open_system_engine(parent: QObject | None = None) -> tuple[SpeechEngine | None, Message | None]:
    """The system's speech engine, or None and what the reader can do about it."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (only once reading aloud)
    except ImportError as error:  # no PySide6-Addons, or a system library it needs (libpulse)
        log.warning("Qt's speech module cannot be loaded: %s", error)
        return None, say(CONTEXT, QT_TRANSLATE_NOOP(
            CONTEXT, "Read-aloud is not available: Qt's speech module could not be loaded ({error})."),
            error=str(error))
    for name in [""] + [e for e in QTextToSpeech.availableEngines() if e not in TEST_ENGINES]:
        speech = QTextToSpeech(name) if name else QTextToSpeech()
        if speech.engine() not in TEST_ENGINES and speech.state() != QTextToSpeech.State.Error:
            return QtSpeechEngine(speech, parent), None
        log.info("speech engine %r: %s", speech.engine() or name, speech.errorString())
        speech.deleteLater()
    return None, no_voice_message(sys.platform, engine=False)
