"""Read-aloud in the window, with a stub engine: the sentence mark follows the engine, pause
and stop, A–B repeat, the voice chosen by the script shown, and the "no Chinese voice" advice."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from app.core.script import Form
from app.core.sentences import sentence_spans
from app.services.read_aloud import ReadAloud
from app.ui.reader.read_aloud import ReadAloudController
from app.ui.reader.read_aloud_bar import ReadAloudBar
from app.ui.shell.main_window import MainWindow
from tests.speech_stub import CANTONESE, ENGLISH, MANDARIN, StubEngine, opener
from tests.ui.conftest import WindowFactory


def with_engine(window: MainWindow, voices: list) -> StubEngine:  # type: ignore[type-arg]
    engine = StubEngine(voices)
    window.workspace.read_aloud.open_engines_with(opener(engine))
    return engine


@pytest.fixture
def engine(window: MainWindow) -> StubEngine:
    return with_engine(window, [ENGLISH, MANDARIN, CANTONESE])


def spoken_text(window: MainWindow) -> str:
    """The text under the read-aloud mark (the one underlined selection: no group notes here)."""
    marked = [s for s in window.reader.extraSelections()
              if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline]
    assert len(marked) <= 1
    return marked[0].cursor.selectedText() if marked else ""


def put_caret(window: MainWindow, canonical: int) -> None:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.qt_position(canonical))
    window.reader.setTextCursor(cursor)


def shown(window: MainWindow, start: int, end: int) -> str:
    view = window.reading.current_view()
    assert view is not None
    return view.text[view.offsets.to_display(start):view.offsets.to_display(end, end=True)]


def finish(engine: StubEngine, qtbot: QtBot) -> None:
    before = len(engine.said)
    engine.finish()
    qtbot.waitUntil(lambda: len(engine.said) == before + 1, timeout=1000)


def test_the_mark_follows_the_engine_sentence_by_sentence_in_the_form_shown(
        window: MainWindow, engine: StubEngine, qtbot: QtBot) -> None:
    window.reading.set_form(Form.SIMPLIFIED)
    essay = window.reading.current
    assert essay is not None
    spans = sentence_spans(essay.text)
    put_caret(window, spans[1][0] + 2)
    window.commands["read_aloud"].trigger()
    assert window.read_aloud.controller.bar.isVisible()
    assert engine.said == [shown(window, *spans[1])] and spoken_text(window) == engine.said[0]
    assert engine.said[0] != essay.text[spans[1][0]:spans[1][1]]  # the Simplified text, not the source's
    finish(engine, qtbot)
    assert spoken_text(window) == shown(window, *spans[2]) == engine.said[-1]


def test_the_sentence_read_is_kept_in_view(window: MainWindow, engine: StubEngine, qtbot: QtBot) -> None:
    essay = window.reading.current
    assert essay is not None
    spans = sentence_spans(essay.text)
    put_caret(window, 0)
    window.commands["read_aloud"].trigger()
    reader = window.reader
    for _ in range(len(spans) - 1):
        finish(engine, qtbot)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(spans[-1][0]))
    assert reader.verticalScrollBar().value() > 0
    assert reader.viewport().rect().contains(reader.cursorRect(cursor).center())


def test_the_bar_is_made_on_first_use_not_at_start_up(window: MainWindow) -> None:
    assert window.findChild(ReadAloudBar) is None
    window.commands["read_aloud_stop"].trigger()  # nothing to stop: still no bar
    assert window.findChild(ReadAloudBar) is None
    # nor a controller or a player: a Stop before any Play loads nothing of read-aloud
    assert window.findChild(ReadAloudController) is None and window.workspace.findChild(ReadAloud) is None


def test_another_essay_stops_the_reading_before_it_is_shown(window: MainWindow, engine: StubEngine,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    put_caret(window, 0)
    window.commands["read_aloud"].trigger()
    assert spoken_text(window)
    marks_when_shown = []
    show_view = window.reader.show_view

    def showing(*args: object) -> None:
        show_view(*args)  # type: ignore[arg-type]
        marks_when_shown.append(spoken_text(window))

    monkeypatch.setattr(window.reader, "show_view", showing)
    window.commands["next_essay"].trigger()
    # the new essay is never drawn with the old one's sentence mark on it
    assert marks_when_shown == [""] and window.workspace.read_aloud.state == "stopped"


def test_a_b_set_while_stopped_starts_at_a(window: MainWindow, engine: StubEngine) -> None:
    essay = window.reading.current
    assert essay is not None
    spans = sentence_spans(essay.text)
    loop = window.commands["read_aloud_loop"]
    put_caret(window, spans[1][0] + 1)
    loop.trigger()
    assert window.read_aloud.controller.bar.isVisible() and engine.said == []
    put_caret(window, spans[2][0] + 1)
    loop.trigger()
    assert engine.said == [shown(window, *spans[1])]


def test_pause_and_stop_from_the_bar(window: MainWindow, engine: StubEngine) -> None:
    bar = window.read_aloud.controller.bar
    window.commands["read_aloud"].trigger()
    first = spoken_text(window)
    assert first and bar.play_button.text() == "❚❚"
    bar.play_button.click()
    assert engine.paused and bar.play_button.text() == "▶" and spoken_text(window) == first
    bar.play_button.click()
    assert not engine.paused
    bar.stop_button.click()
    assert engine.stops == 1 and spoken_text(window) == ""
    window.commands["read_aloud"].trigger()
    bar.close_button.click()
    assert not bar.isVisible() and spoken_text(window) == "" and engine.stops == 2


def test_a_selection_is_read_and_nothing_after_it(window: MainWindow, engine: StubEngine,
                                                  qtbot: QtBot) -> None:
    essay = window.reading.current
    assert essay is not None
    spans = sentence_spans(essay.text)
    window.reader.select_span(spans[0][0] + 1, spans[1][1])
    window.commands["read_aloud"].trigger()
    finish(engine, qtbot)
    engine.finish()
    qtbot.waitUntil(lambda: spoken_text(window) == "")
    assert engine.said == [shown(window, spans[0][0] + 1, spans[0][1]), shown(window, *spans[1])]


def test_a_b_repeat_goes_back_to_a(window: MainWindow, engine: StubEngine, qtbot: QtBot) -> None:
    bar, loop = window.read_aloud.controller.bar, window.commands["read_aloud_loop"]
    essay = window.reading.current
    assert essay is not None
    spans = sentence_spans(essay.text)
    put_caret(window, spans[0][0])
    window.commands["read_aloud"].trigger()
    voice = bar.voice_label.full_text()
    loop.trigger()  # A at the first sentence, being read
    assert bar.loop_button.text() == "A–…"
    finish(engine, qtbot)
    loop.trigger()  # B at the second
    assert bar.loop_button.isChecked()
    finish(engine, qtbot)
    assert spoken_text(window) == shown(window, *spans[0])
    finish(engine, qtbot)
    finish(engine, qtbot)
    assert engine.said == [shown(window, *spans[n]) for n in (0, 1, 0, 1, 0)]
    assert bar.voice_label.full_text() == "Repeats: 2"
    loop.trigger()
    assert not bar.loop_button.isChecked() and bar.loop_button.text() == "A–B"
    assert bar.voice_label.full_text() == voice != ""


def test_the_voice_follows_the_form(window: MainWindow, engine: StubEngine, qtbot: QtBot) -> None:
    essay = window.reading.current
    assert essay is not None
    first = sentence_spans(essay.text)[0]
    window.reading.set_form(Form.HONGKONG)
    put_caret(window, first[0])
    window.commands["read_aloud"].trigger()
    assert engine.voice == CANTONESE and "Sinji" in window.read_aloud.controller.bar.voice_label.full_text()
    window.reading.set_form(Form.TAIWAN)  # while reading: on from the same sentence, in Mandarin
    assert engine.voice == MANDARIN and engine.said[-1] == shown(window, *first) == spoken_text(window)
    assert len(engine.said) == 2
    window.read_aloud.controller.bar.dialect_box.setCurrentIndex(2)
    window.read_aloud.controller.bar.dialect_box.activated.emit(2)  # the reader picks Cantonese
    assert engine.voice == CANTONESE and window.prefs.speech_dialect.value == "cantonese"


def test_cantonese_wanted_but_only_mandarin_installed_is_said(open_window: WindowFactory) -> None:
    window = open_window()
    engine = with_engine(window, [MANDARIN])
    window.reading.set_form(Form.HONGKONG)
    window.commands["read_aloud"].trigger()
    assert engine.voice == MANDARIN
    assert "No Cantonese voice" in window.read_aloud.controller.bar.voice_label.full_text()


def test_no_engine_says_how_to_add_one_instead_of_starting_for_ever(open_window: WindowFactory) -> None:
    window = open_window()
    window.workspace.read_aloud.open_engines_with(opener(None))
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    assert "No speech engine" in bar.problem_label.text() and bar.voice_label.full_text() == ""


def test_no_chinese_voice_says_how_to_add_one(open_window: WindowFactory) -> None:
    window = open_window()
    engine = with_engine(window, [ENGLISH])
    window.commands["read_aloud"].trigger()
    bar = window.read_aloud.controller.bar
    assert engine.said == [] and bar.isVisible() and bar.problem_label.isVisible()
    assert "No Chinese voice" in bar.problem_label.text() and bar.voice_label.full_text() == ""
    assert any(word in bar.problem_label.text() for word in ("espeak-ng", "Speech", "Spoken Content"))
    assert spoken_text(window) == ""


def test_speed_and_voice_choice_are_remembered(window: MainWindow, engine: StubEngine) -> None:
    bar = window.read_aloud.controller.bar
    bar.speed.setValue(5)
    window.commands["read_aloud"].trigger()
    assert engine.rates[-1] == 0.5 and window.prefs.speech_rate == 0.5


def test_the_voice_choice_survives_a_change_of_interface_language(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.read_aloud.controller.bar
    bar.dialect_box.setCurrentIndex(2)
    window.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: bar.speed_label.text() == "语速")  # the language change arrives as an event
    assert bar.dialect_box.currentIndex() == 2 and bar.dialect_box.currentText() == "粤语"
