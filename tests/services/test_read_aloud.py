"""The read-aloud player: sentence by sentence, pause and stop, A–B loop, voice by script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from app.core.dialects import Dialect
from app.core.messages import Message
from app.core.script import Script
from app.core.sentences import sentence_spans
from app.services.read_aloud import Passage, PlayState, ReadAloud
from app.services.speech_engine import SpeechEngine
from tests.speech_stub import CANTONESE, ENGLISH, MANDARIN, StubEngine, opener

TEXT = "第一句。第二句！第三句？第四句。"
SPANS = sentence_spans(TEXT)


def passage(script: Script = Script.SIMPLIFIED) -> Passage:
    return Passage(SPANS, lambda span: TEXT[span[0]:span[1]], script)


@pytest.fixture
def engine(qapp: object) -> StubEngine:
    return StubEngine([ENGLISH, MANDARIN, CANTONESE])


@pytest.fixture
def player(engine: StubEngine) -> ReadAloud:
    return ReadAloud(open_engine=opener(engine), platform="linux")


def finish(engine: StubEngine, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The engine reads the current sentence to its end; the player hands it the next."""
    before = len(engine.said)
    engine.finish()
    qtbot.waitUntil(lambda: len(engine.said) == before + 1, timeout=1000)


def test_sentences_are_read_one_after_another_and_each_is_announced(player: ReadAloud, engine: StubEngine,
                                                                      qtbot) -> None:
    seen: list[tuple[int, int]] = []
    player.sentence_changed.connect(lambda s, e: seen.append((s, e)))
    assert player.play(passage(), first=1)
    assert engine.said == ["第二句！"] and seen == [SPANS[1]] and player.state is PlayState.PLAYING
    finish(engine, qtbot)
    assert engine.said[-1] == "第三句？" and seen[-1] == SPANS[2]
    finish(engine, qtbot)
    assert seen[-1] == SPANS[3]
    with qtbot.waitSignal(player.state_changed, timeout=1000):
        engine.finish()
    assert player.state is PlayState.STOPPED and seen[-1] == (-1, -1)
    assert engine.said == ["第二句！", "第三句？", "第四句。"]


def test_pause_holds_the_sentence_and_stop_ends_the_reading(player: ReadAloud, engine: StubEngine,
                                                            qtbot) -> None:
    player.play(passage())
    player.pause()
    assert engine.paused and player.state is PlayState.PAUSED and player.current_span() == SPANS[0]
    player.resume()
    assert not engine.paused and player.state is PlayState.PLAYING
    player.stop()
    assert engine.stops == 1 and player.state is PlayState.STOPPED and player.current_span() is None
    engine.spoken.emit()  # a late "finished" from the engine after stop
    QCoreApplication.processEvents()
    assert engine.said == ["第一句。"]


def test_a_b_loop_goes_back_to_a_after_the_sentence_holding_b(player: ReadAloud, engine: StubEngine,
                                                              qtbot) -> None:
    player.set_a(SPANS[1][0] + 1, SPANS)  # inside the second sentence: A at its start
    player.set_b(SPANS[2][0] + 1, SPANS)  # inside the third: B at its end
    assert (player.loop_a, player.loop_b) == (SPANS[1][0], SPANS[2][1])
    player.play(passage(), first=1)
    for _ in range(4):
        finish(engine, qtbot)
    assert engine.said == ["第二句！", "第三句？", "第二句！", "第三句？", "第二句！"]
    assert player.repeats == 2
    player.clear_loop()
    finish(engine, qtbot)
    assert engine.said[-1] == "第三句？"
    finish(engine, qtbot)
    assert engine.said[-1] == "第四句。"


def test_b_before_a_loops_the_same_passage(player: ReadAloud) -> None:
    player.set_a(SPANS[2][0], SPANS)
    player.set_b(SPANS[0][0], SPANS)
    assert (player.loop_a, player.loop_b) == (SPANS[0][0], SPANS[2][1])


def test_voice_follows_the_script_and_the_readers_choice(player: ReadAloud, engine: StubEngine) -> None:
    picks: list[object] = []
    player.voice_chosen.connect(picks.append)
    player.play(passage(Script.HONGKONG))
    assert engine.voice == CANTONESE
    player.play(passage(Script.TAIWAN))
    assert engine.voice == MANDARIN
    player.set_dialect(Dialect.MANDARIN)
    player.play(passage(Script.HONGKONG))
    assert engine.voice == MANDARIN
    assert len(picks) == 3


def test_speed_reaches_the_engine(player: ReadAloud, engine: StubEngine) -> None:
    player.set_rate(0.4)
    player.play(passage())
    player.set_rate(5)
    assert engine.rates[-2:] == [0.4, 1.0]


def test_no_chinese_voice_says_how_to_add_one(qapp: object) -> None:
    player = ReadAloud(open_engine=opener(StubEngine([ENGLISH])), platform="linux")
    said: list[object] = []
    player.unavailable.connect(said.append)
    assert not player.play(passage())
    assert player.state is PlayState.STOPPED
    assert "No Chinese voice" in str(said[0]) and "espeak-ng" in str(said[0])


def test_no_engine_says_so_once_per_attempt_and_each_play_tries_again(qapp: object) -> None:
    opened: list[bool] = []

    def no_engine(parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        opened.append(True)
        return None, None

    player = ReadAloud(open_engine=no_engine, platform="win32")
    said: list[object] = []
    player.unavailable.connect(said.append)
    assert not player.play(passage())
    assert not player.play(passage())  # the reader may have installed a voice meanwhile
    assert len(said) == 2 and "No speech engine" in str(said[0]) and "Speech" in str(said[0])
    assert len(opened) == 2


def test_an_engine_failure_stops_and_is_reported(player: ReadAloud, engine: StubEngine) -> None:
    said: list[object] = []
    player.unavailable.connect(said.append)
    player.play(passage())
    engine.failed.emit("audio device lost")
    assert player.state is PlayState.STOPPED and "audio device lost" in str(said[0])

