"""The speech engine on a thread of its own, so no call into it can hold the window up.

speech-dispatcher takes seconds to answer a first connection, espeak-ng lists thousands of
voices, and a daemon that stopped answering blocks whoever calls it (setting a voice, saying
a text). The engine is opened on its thread and lives there, with that thread's event loop;
the window talks to it through `ThreadedEngine`, by queued signals only.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt, QThread, Signal
from shiboken6 import isValid

from app.core.messages import Message, say
from app.core.speech_advice import EngineFault
from app.core.voices import CONTEXT, Voice
from app.services.speech_engine import (
    NO_SPEECH_MODULE,
    TEST_ENGINES,
    EngineOpener,
    QtSpeechEngine,
    SpeechEngine,
    engine_faults,
    no_engine_problem,
    open_system_engine,
)

log = logging.getLogger(__name__)
QUEUED = Qt.ConnectionType.QueuedConnection
QUIT_WAIT_MS = 500  # at quit, for the thread to end by itself


_STARTED: list[EngineThread] = []  # every engine thread started, for ending them at exit


@atexit.register
def _end_threads() -> None:
    """Before Qt tears the application down (tests; a quit that does not end the process at
    once): a QThread still running then would abort the process."""
    for thread in _STARTED:
        if isValid(thread) and thread.isRunning():
            thread.end_now()


def start_engine_thread(open_engine: EngineOpener,
                        opened: Callable[[SpeechEngine | None, Message | None], None]) -> EngineThread:
    """An engine thread owned by the application, ended when the application quits; `opened`
    (a method of an object on the window's thread) is told on that thread."""
    thread = EngineThread(open_engine)
    thread.opened.connect(opened, QUEUED)
    application = QCoreApplication.instance()
    thread.setParent(application)  # a QThread let go while it runs aborts the process
    thread.finished.connect(thread.deleteLater)
    if application is not None:
        application.aboutToQuit.connect(thread.end_now)
    _STARTED.append(thread)
    thread.start()
    return thread


class EngineThread(QThread):
    """Opens an engine and keeps it, running its events until `quit`; `opened` tells the window."""

    opened = Signal(object, object)  # SpeechEngine (living here) | None, Message | None

    def __init__(self, open_engine: EngineOpener) -> None:
        super().__init__()
        self._open_engine = open_engine
        self._engine: SpeechEngine | None = None
        self._steps: SystemOpening | None = None
        self.relay: EngineRelay | None = None  # set before `opened` is sent
        self._in_python = False  # running Python code, as against waiting on the daemon in Qt's

    def run(self) -> None:
        with self.python_work():
            if self._open_engine is open_system_engine:
                self._steps = SystemOpening(self._report, self.python_work)  # runs in this thread's loop
                if not self._steps.begin():
                    self._steps = None
            if self._steps is None:
                self._report(*self._open_at_once())
        self.exec()  # returns at once if `_report` found nothing to keep
        if self._engine is not None:
            self._engine.deleteLater()  # deleted as the thread ends, on the thread it lives on

    @contextmanager
    def python_work(self) -> Iterator[None]:
        """Marks work in Python (an opener, describing thousands of voices): it ends by itself."""
        self._in_python = True
        try:
            yield
        finally:
            self._in_python = False

    def end_now(self) -> None:
        """At quit: a thread stuck in the daemon would abort the process as Qt tears it down.

        Ended by force only while it waits in Qt's code: ended in Python's, it would take
        Python's lock with it and the window would wait for that lock for ever."""
        self.quit()
        while not self.wait(QUIT_WAIT_MS):
            if not self._in_python:
                log.warning("the speech engine's thread is stuck; ending it")
                self.terminate()
                self.wait(QUIT_WAIT_MS)
                return

    def _open_at_once(self) -> tuple[SpeechEngine | None, Message | None]:
        try:
            return self._open_engine(None)
        except Exception as error:  # a plugin's failure: said on the bar, not lost in the thread
            log.exception("the speech engine could not be opened")
            return None, say(CONTEXT, NO_SPEECH_MODULE, error=str(error))

    def _report(self, engine: SpeechEngine | None, problem: Message | None) -> None:
        self._engine = engine
        if engine is not None:
            engine.voices()  # described once, here
            self.relay = EngineRelay(engine)  # made here: it lives on this thread, as the engine
        self.opened.emit(engine, problem)
        if engine is None:
            self.quit()


class SystemOpening(QObject):
    """Opens the system's engine step by step from the thread's event loop.

    Qt's binding keeps Python's lock through a call into Qt, so a QTextToSpeech made from
    Python holds up the window's Python for as long as speech-dispatcher takes to answer
    (for ever, when it hangs). Made here with Qt's test engine, which starts at once, and
    given the real one by a queued call that runs in C++ without the lock. `speech_class`
    stands in for QTextToSpeech in tests.
    """

    _step_done = Signal()

    def __init__(self, report: Callable[[SpeechEngine | None, Message | None], None],
                 python_work: Callable[[], AbstractContextManager[None]], *,
                 speech_class: Any = None) -> None:
        super().__init__()
        self._report, self._python_work = report, python_work
        self._speech_class = speech_class
        self._names: list[str] = []
        self._asked = ""  # the engine asked for last
        self._faults: list[EngineFault] = []  # what the engines that failed reported, for the reader
        self._speech: QObject | None = None
        self._step_done.connect(self._check, QUEUED)

    def begin(self) -> bool:
        """False when it cannot go step by step (no test engine to start with): open at once."""
        speech_class = self._speech_class
        if speech_class is None:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (only once reading aloud)
            except ImportError:
                return False
            speech_class = QTextToSpeech
        available = speech_class.availableEngines()
        if "mock" not in available:
            return False
        # the system's default first (by the plugins' priority), then any other but the test engine
        self._names = [""] + [name for name in available if name not in TEST_ENGINES]
        self._speech = speech_class("mock")
        self._next()
        return True

    def _next(self) -> None:
        assert self._speech is not None
        if not self._names:
            self._speech.deleteLater()
            self._report(None, no_engine_problem(self._faults))
            return
        self._asked = self._names.pop(0)
        QMetaObject.invokeMethod(self._speech, "setEngine", QUEUED, Q_ARG(str, self._asked))
        self._step_done.emit()  # queued after it: runs once the engine has started, or failed

    def _check(self) -> None:
        with self._python_work():  # listing and describing the voices
            self._check_engine()

    def _check_engine(self) -> None:
        speech: Any = self._speech
        if speech.engine() not in TEST_ENGINES and speech.state() != speech.State.Error:
            self._report(QtSpeechEngine(speech), None)
            return
        self._faults += engine_faults(speech, self._asked)
        self._next()


class EngineRelay(QObject):
    """On the engine's thread: numbers the texts the engine is given, and its notices with the
    text they are about. A notice crosses to the window in a queue; by the time it arrives the
    reader may have started elsewhere, and the notice is about a text no longer read."""

    spoken = Signal(int)  # the number of the text read to its end
    silent = Signal(int)  # the number of the text the engine never began

    def __init__(self, engine: SpeechEngine) -> None:
        super().__init__(engine)
        self.engine, self.texts = engine, 0
        engine.spoken.connect(self._spoken)
        engine.silent.connect(self._silent)

    def say(self, text: str) -> None:
        self.texts += 1
        self.engine.say(text)

    def _spoken(self) -> None:
        self.spoken.emit(self.texts)

    def _silent(self) -> None:
        self.silent.emit(self.texts)


class ThreadedEngine(SpeechEngine):
    """The window's side of an engine living on an `EngineThread`."""

    _say = Signal(str)
    _voice = Signal(object)
    _rate = Signal(float)
    _pause = Signal()
    _resume = Signal()
    _stop = Signal()

    def __init__(self, engine: SpeechEngine, thread: EngineThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices = engine.voices()  # described on the engine's thread already: a plain list
        self.engine = engine
        relay = thread.relay
        assert relay is not None and relay.engine is engine
        self._texts = 0  # given to the engine; counted there too, by `relay`
        for mine, theirs in ((self._say, relay.say), (self._voice, engine.set_voice),
                             (self._rate, engine.set_rate), (self._pause, engine.pause),
                             (self._resume, engine.resume), (self._stop, engine.stop)):
            mine.connect(theirs, QUEUED)
        engine.failed.connect(self.failed, QUEUED)
        relay.spoken.connect(self._spoken, QUEUED)
        relay.silent.connect(self._silent, QUEUED)
        self.destroyed.connect(thread.quit)

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def set_voice(self, voice: Voice) -> None:
        self._voice.emit(voice)

    def set_rate(self, rate: float) -> None:
        self._rate.emit(rate)

    def say(self, text: str) -> None:
        self._texts += 1
        self._say.emit(text)

    def pause(self) -> None:
        self._pause.emit()

    def resume(self) -> None:
        self._resume.emit()

    def stop(self) -> None:
        self._stop.emit()

    def _spoken(self, text: int) -> None:
        if text == self._texts:  # not a text given before the one read now
            self.spoken.emit()

    def _silent(self, text: int) -> None:
        if text == self._texts:
            self.silent.emit()
