"""The adapter over Qt's TextToSpeech, driven by Qt's own test engine ("mock"), which reads
nothing aloud but goes through the states a real engine does."""

from __future__ import annotations

import pytest

QtTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech", reason="PySide6-Addons or libpulse missing")

from PySide6.QtCore import QObject, Signal, Slot  # noqa: E402

from app.core.script import Script  # noqa: E402
from app.core.sentences import sentence_spans  # noqa: E402
from app.core.voices import Voice  # noqa: E402
from app.services.read_aloud import Passage, ReadAloud  # noqa: E402
from app.services.speech_engine import QtSpeechEngine, all_voices, describe  # noqa: E402


@pytest.fixture
def mock_engine(qapp: object) -> QtSpeechEngine:
    if "mock" not in QtTextToSpeech.QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech plugin is not installed")
    return QtSpeechEngine(QtTextToSpeech.QTextToSpeech("mock"))


def test_every_languages_voices_are_gathered_with_language_and_territory(qapp: object) -> None:
    speech = QtTextToSpeech.QTextToSpeech("mock")
    # Qt's availableVoices() gives only the current locale's: English here, never Chinese
    described = [describe(number, voice) for number, voice in enumerate(all_voices(speech))]
    places = {(v.language, v.territory) for v in described}
    assert {("en", "GB"), ("nb", "NO"), ("fi", "FI")} <= places


def test_only_chinese_voices_are_offered(mock_engine: QtSpeechEngine) -> None:
    assert mock_engine.voices() == []  # the mock engine speaks English, Norwegian and Finnish


def test_a_text_read_to_its_end_is_told_apart_from_a_stopped_one(mock_engine: QtSpeechEngine, qtbot) -> None:
    mock_engine.set_voice(Voice(0, "Bob", "en", "GB"))
    mock_engine.set_rate(1.0)
    with qtbot.waitSignal(mock_engine.spoken, timeout=5000):
        mock_engine.say("one two")
    mock_engine.say("one two three four five six seven eight nine ten")
    mock_engine.stop()
    with qtbot.assertNotEmitted(mock_engine.spoken, wait=300):
        pass


def test_the_player_walks_the_sentences_with_qts_engine(mock_engine: QtSpeechEngine, qtbot) -> None:
    text = "one two. three four! five."
    spans = sentence_spans(text)
    player = ReadAloud(open_engine=lambda parent: (mock_engine, None))
    # the mock engine speaks English only: choose its voice as if it were Mandarin
    mock_engine.voices = lambda: [Voice(0, "Bob", "zh", "CN")]  # type: ignore[method-assign]
    mock_engine.set_rate(1.0)
    seen: list[tuple[int, int]] = []
    player.sentence_changed.connect(lambda s, e: seen.append((s, e)))
    assert player.play(Passage(spans, lambda span: text[span[0]:span[1]], Script.SIMPLIFIED))
    qtbot.waitUntil(lambda: seen and seen[-1] == (-1, -1), timeout=10000)
    assert seen == [*spans, (-1, -1)]


class Mute(QObject):
    """speech-dispatcher without sound: takes each text, never changes state, never errs.
    Its calls are slots, as QTextToSpeech's are: the adapter calls them from the event loop."""

    stateChanged = Signal(object)  # noqa: N815 (Qt's names)
    errorOccurred = Signal(object, str)  # noqa: N815

    def allVoices(self, _locale: object) -> list[object]:  # noqa: N802
        return []

    @Slot(str)
    def say(self, _text: str) -> None:
        pass

    @Slot()
    def stop(self) -> None:
        pass

    @Slot(float)
    def setRate(self, _rate: float) -> None:  # noqa: N802
        pass


def test_an_engine_that_never_begins_to_speak_is_reported(qapp: object, qtbot) -> None:
    engine = QtSpeechEngine(Mute(), silence_ms=50)
    engine.voices = lambda: [Voice(0, "Tingting", "zh", "CN")]  # type: ignore[method-assign]
    engine.set_voice = lambda voice: None  # type: ignore[method-assign]
    player = ReadAloud(open_engine=lambda parent: (engine, None))
    said: list[object] = []
    player.unavailable.connect(said.append)
    player.play(Passage([(0, 2)], lambda span: "你好", Script.SIMPLIFIED))
    qtbot.waitUntil(lambda: bool(said), timeout=2000)
    assert player.current_span() is None and "did not begin to speak" in str(said[0])


def test_a_late_ready_from_a_stopped_text_does_not_end_the_next(qapp: object) -> None:
    speech = Mute()
    engine = QtSpeechEngine(speech)
    state = QtTextToSpeech.QTextToSpeech.State
    spoken: list[bool] = []
    engine.spoken.connect(lambda: spoken.append(True))
    engine.say("第一句。")
    speech.stateChanged.emit(state.Speaking)
    engine.stop()  # the reader changed the script: the same sentence again, in another voice
    engine.say("第一句。")
    speech.stateChanged.emit(state.Ready)  # the stopped text's end, arriving late
    assert spoken == []
    speech.stateChanged.emit(state.Speaking)
    speech.stateChanged.emit(state.Ready)
    assert spoken == [True]
