"""The adapter over Qt's TextToSpeech, driven by Qt's own test engine ("mock"), which reads
nothing aloud but goes through the states a real engine does."""

from __future__ import annotations

import pytest

QtTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech", reason="PySide6-Addons or libpulse missing")

from app.core.script import Script  # noqa: E402
from app.core.sentences import sentence_spans  # noqa: E402
from app.services.read_aloud import Passage, ReadAloud  # noqa: E402
from app.services.speech_engine import QtSpeechEngine, open_system_engine  # noqa: E402


@pytest.fixture
def mock_engine(qapp: object) -> QtSpeechEngine:
    if "mock" not in QtTextToSpeech.QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech plugin is not installed")
    return QtSpeechEngine(QtTextToSpeech.QTextToSpeech("mock"))


def test_voices_carry_their_language_and_territory(mock_engine: QtSpeechEngine) -> None:
    voices = mock_engine.voices()
    assert voices and all(v.language == "en" for v in voices)
    assert {v.territory for v in voices} <= {"GB", "US"}


def test_a_text_read_to_its_end_is_told_apart_from_a_stopped_one(mock_engine: QtSpeechEngine, qtbot) -> None:
    mock_engine.set_voice(mock_engine.voices()[0])
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
    mock_engine.voices = lambda: [v.__class__(v.key, v.name, "zh", "CN") for v in  # type: ignore[method-assign]
                                  QtSpeechEngine.voices(mock_engine)]
    mock_engine.set_rate(1.0)
    seen: list[tuple[int, int]] = []
    player.sentence_changed.connect(lambda s, e: seen.append((s, e)))
    assert player.play(Passage(spans, lambda span: text[span[0]:span[1]], Script.SIMPLIFIED))
    qtbot.waitUntil(lambda: seen and seen[-1] == (-1, -1), timeout=10000)
    assert seen == [*spans, (-1, -1)]


# a machine without speech-dispatcher's library: Qt says so, and so do we
@pytest.mark.qt_log_ignore("Error loading text-to-speech plug-in")
def test_the_system_engine_is_never_qts_test_engine(qapp: object) -> None:
    engine, problem = open_system_engine()
    assert (engine is None) != (problem is None)
    if engine is not None:
        assert engine._speech.engine() != "mock"
