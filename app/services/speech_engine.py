"""The speech engine behind read-aloud: the system's voices through Qt's TextToSpeech.

QtTextToSpeech ships in PySide6-Addons and pulls in QtMultimedia: it is imported on the
first Play, never at start-up, and a system without it (or without its libraries) gets a
message instead of a crash.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, QObject, Qt, QTimer, Signal

from app.core.messages import QT_TRANSLATE_NOOP, Message, say
from app.core.speech_advice import EngineFault, no_engine_message
from app.core.voices import CONTEXT, Voice, language_from_name

log = logging.getLogger(__name__)
# Qt's test engine, which reads nothing aloud: never chosen for a reader.
TEST_ENGINES = frozenset({"mock"})
NO_SPEECH_MODULE = QT_TRANSLATE_NOOP(
    "ReadAloud", "Read-aloud is not available: Qt's speech module could not be loaded ({error}).")
SILENCE_MS = 10_000  # a text not begun by then never will be
# The voices worth describing: Chinese ones, and those whose language Qt could not name.
CHINESE_OR_UNNAMED = frozenset({QLocale.Language.Chinese, QLocale.Language.Cantonese, QLocale.Language.C})


class SpeechEngine(QObject):
    """What read-aloud needs of an engine; tests give it a stub with the same behaviour."""

    spoken = Signal()  # the text given to say() was read to its end (not stopped)
    failed = Signal(str)  # the engine's own words, for the log and the bar
    silent = Signal()  # it took a text but never began to speak it (no sound output, a stuck daemon)

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

    def __init__(self, speech: Any, parent: QObject | None = None, *, silence_ms: int = SILENCE_MS) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech, QVoice  # noqa: PLC0415  (only once reading aloud)

        self._state, self._voice_type = QTextToSpeech.State, QVoice
        self._speech = speech
        speech.setParent(self)
        self._voices = all_voices(speech)
        self._described: list[Voice] | None = None
        self._stopped = True
        self._began = False  # the engine said it is speaking the text given last
        # speech-dispatcher without a working sound output takes the text and says nothing,
        # not even an error: the reader would wait on the first sentence for ever
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.setInterval(silence_ms)
        self._silence.timeout.connect(self._never_spoke)
        speech.stateChanged.connect(self._state_changed)
        speech.errorOccurred.connect(lambda _reason, text: self.failed.emit(text))

    def voices(self) -> list[Voice]:
        if self._described is None:  # once: espeak-ng alone brings some 13,000 voices
            self._described = [describe(number, voice) for number, voice in enumerate(self._voices)
                               if voice.locale().language() in CHINESE_OR_UNNAMED]
        return self._described

    def set_voice(self, voice: Voice) -> None:
        if 0 <= voice.key < len(self._voices):
            self._call("setVoice", Q_ARG(self._voice_type, self._voices[voice.key]))

    def set_rate(self, rate: float) -> None:
        self._call("setRate", Q_ARG(float, max(-1.0, min(1.0, rate))))

    def say(self, text: str) -> None:
        self._stopped, self._began = False, False
        self._call("say", Q_ARG(str, text))
        self._silence.start()

    def pause(self) -> None:
        self._silence.stop()  # a pause is no silence of the engine's
        self._call("pause")

    def resume(self) -> None:
        if not self._began and not self._stopped:
            self._silence.start()
        self._call("resume")

    def stop(self) -> None:
        self._stopped = True  # the Ready that follows is not the end of the text
        self._silence.stop()
        self._call("stop")

    def _call(self, slot: str, *arguments: Any) -> None:
        """Call the engine's slot from its event loop, in C++: a daemon that hangs holds up
        only the engine's thread, not Python's lock (which the window needs)."""
        QMetaObject.invokeMethod(self._speech, slot, Qt.ConnectionType.QueuedConnection, *arguments)

    def _never_spoke(self) -> None:
        if not self._stopped:
            self.stop()
            self.silent.emit()

    def _state_changed(self, state: object) -> None:
        if state in (self._state.Speaking, self._state.Synthesizing):
            self._began = True
            self._silence.stop()
        elif state == self._state.Ready and self._began and not self._stopped:
            # only after this text began: the Ready of a text stopped just before may come late
            self._began, self._stopped = False, True
            self.spoken.emit()


def describe(number: int, voice: Any) -> Voice:
    """Qt's QVoice number `number` as a Voice the chooser understands."""
    locale = voice.locale()
    if locale.language() == QLocale.Language.C:  # a language Qt could not name (espeak-ng's cmn)
        return Voice(number, voice.name(), language_from_name(voice.name()))
    return Voice(number, voice.name(), QLocale.languageToCode(locale.language()),
                 QLocale.territoryToCode(locale.territory()))


def all_voices(speech: Any) -> list[Any]:
    """Every voice of every language: availableVoices() has only those of the current locale,
    which is rarely Chinese for a reader whose system speaks English."""
    try:
        return list(speech.allVoices(None))
    except (AttributeError, TypeError):  # a binding without it: gather them locale by locale
        kept = speech.locale()
        voices = []
        for locale in speech.availableLocales():
            speech.setLocale(locale)
            voices += speech.availableVoices()
        speech.setLocale(kept)
        return voices


EngineOpener = Callable[[QObject | None], tuple[SpeechEngine | None, Message | None]]


def open_system_engine(parent: QObject | None = None, *,
                       speech_class: Any = None) -> tuple[SpeechEngine | None, Message | None]:
    """The system's speech engine, or None and what the reader can do about it.
    `speech_class` stands in for QTextToSpeech in tests."""
    if speech_class is None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (only once reading aloud)
        except ImportError as error:  # no PySide6-Addons, or a system library it needs (libpulse)
            log.warning("Qt's speech module cannot be loaded: %s", error)
            return None, say(CONTEXT, NO_SPEECH_MODULE, error=str(error))
        speech_class = QTextToSpeech
    faults: list[EngineFault] = []
    # the system's default first (by the plugins' priority), then any other but Qt's test engine
    for name in [""] + [e for e in speech_class.availableEngines() if e not in TEST_ENGINES]:
        speech = speech_class(name) if name else speech_class()
        if speech.engine() not in TEST_ENGINES and speech.state() != speech_class.State.Error:
            return QtSpeechEngine(speech, parent), None
        faults += engine_faults(speech, name)
        speech.deleteLater()
    return None, no_engine_problem(faults)


def engine_faults(speech: Any, asked: str) -> list[EngineFault]:
    """What went wrong with `speech`, asked for by the name `asked` ("": the system's default).
    Qt names no engine whose plugin did not load: it is known by the name asked for."""
    loaded = speech.engine()
    name, error = loaded or asked, speech.errorString()
    log.info("speech engine %r: %s", name, error)
    if not name or name in TEST_ENGINES:  # a default that did not load, or Qt's test engine
        return []
    return [EngineFault(name, bool(loaded), error)]


def no_engine_problem(faults: list[EngineFault], platform: str = sys.platform) -> Message:
    """What the reader is told when no engine opened, from what each engine reported."""
    return no_engine_message(platform, faults, speech_dispatcher_installed=speech_dispatcher_installed())


def speech_dispatcher_installed() -> bool:
    """Whether speech-dispatcher's program is installed: its library alone (which Qt's plugin
    needs) cannot start the daemon."""
    return shutil.which("speech-dispatcher") is not None
