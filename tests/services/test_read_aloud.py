"""The read-aloud player: sentence by sentence, pause and stop, A–B loop, voice by script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from app.core.dialects import Dialect
from app.core.messages import Message
from app.core.script import Script
from app.core.sentences import sentence_spans
from app.services.read_aloud import Passage, PlayState, ReadAloud, longest_reading_ms
from app.services.speech_engine import SILENCE_MS, SpeechEngine
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
    assert player.blocked == said[0]


def test_no_engine_is_said_at_each_play_and_opened_again_only_on_try_again(qapp: object) -> None:
    opened: list[bool] = []

    def no_engine(parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        opened.append(True)
        return None, None

    player = ReadAloud(open_engine=no_engine, platform="win32")
    said: list[object] = []
    player.unavailable.connect(said.append)
    assert not player.play(passage())
    assert not player.play(passage())  # said again at once, without asking the system again
    assert len(said) == 2 and "No speech engine" in str(said[0]) and "Speech" in str(said[0])
    assert said[1] == said[0] == player.blocked and len(opened) == 1
    player.try_again()  # the reader may have installed a voice meanwhile
    assert player.blocked is None
    assert not player.play(passage())
    assert len(opened) == 2 and len(said) == 3


def test_an_engine_failure_stops_and_is_reported(player: ReadAloud, engine: StubEngine) -> None:
    said: list[object] = []
    player.unavailable.connect(said.append)
    player.play(passage())
    engine.failed.emit("audio device lost")
    assert player.state is PlayState.STOPPED and "audio device lost" in str(said[0])


SHORT_MS = 50  # the time a sentence may take, in these tests (the real one is 20 s and more)


class FreshEngines:
    """Opens a new stub engine each time, as a new connection to the daemon would."""

    def __init__(self) -> None:
        self.made: list[StubEngine] = []

    def __call__(self, parent: QObject | None) -> tuple[SpeechEngine | None, Message | None]:
        self.made.append(StubEngine([MANDARIN], parent))
        return self.made[-1], None


def test_a_sentence_never_reported_read_stops_the_reading_and_says_why(qapp: object, qtbot) -> None:
    engines = FreshEngines()
    asked: list[tuple[str, float]] = []

    def time_allowed(text: str, rate: float) -> int:
        asked.append((text, rate))
        return SHORT_MS

    player = ReadAloud(open_engine=engines, platform="linux", time_allowed=time_allowed)
    said: list[object] = []
    stalled: list[tuple[int, int]] = []
    player.unavailable.connect(said.append)
    player.stalled.connect(lambda start, end: stalled.append((start, end)))
    player.set_a(SPANS[0][0], SPANS)
    player.set_b(SPANS[1][0], SPANS)
    player.set_rate(-0.5)
    player.play(passage())
    finish(engines.made[0], qtbot)  # the first sentence is read in time; the second never is
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert asked == [("第一句。", -0.5), ("第二句！", -0.5)]  # each sentence's own time
    text = str(said[0])
    assert "stopped answering" in text and "Press Try again" in text and "pkill" in text
    assert stalled == [SPANS[1]] and engines.made[0].stops == 1
    assert player.state is PlayState.STOPPED and player.current_span() is None
    assert (player.loop_a, player.loop_b) == (SPANS[0][0], SPANS[1][1])  # the loop is kept

    # Play again says so at once: a daemon still stuck would hold a new engine as long again
    assert not player.play(passage(), first=1)
    assert len(engines.made) == 1 and said[-1] == said[0] and len(said) == 2
    player.try_again()  # the reader asks for it: a new engine, not the stuck one
    assert player.play(passage(), first=1)
    assert len(engines.made) == 2 and engines.made[1].said == ["第二句！"]


def test_pause_and_stop_are_not_taken_for_a_stuck_engine(qapp: object, qtbot) -> None:
    player = ReadAloud(open_engine=FreshEngines(), platform="linux", time_allowed=lambda text, rate: SHORT_MS)
    said: list[object] = []
    player.unavailable.connect(said.append)
    player.play(passage())
    player.pause()
    qtbot.wait(SHORT_MS * 4)
    assert said == [] and player.state is PlayState.PAUSED
    player.resume()  # and the engine still does not finish the sentence
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    said.clear()
    player.try_again()
    player.play(passage())
    player.stop()
    qtbot.wait(SHORT_MS * 4)
    assert said == []


def test_the_time_allowed_outlasts_any_voice_and_grows_with_the_sentence() -> None:
    short, long = "好。", "好" * 200
    assert longest_reading_ms(long, 0.0) > longest_reading_ms(short, 0.0)
    # a second a character: a voice reads 3 to 6; three at the slowest speed, a third as fast
    assert longest_reading_ms(long, 0.0) >= 200 * 1000 and longest_reading_ms(long, -1.0) >= 3 * 200 * 1000
    assert longest_reading_ms(long, 1.0) == longest_reading_ms(long, 0.0)  # faster is given no less
    assert longest_reading_ms(short, 1.0) > SILENCE_MS  # a text never begun is the engine's to report
