"""Add to My Words while the word's meaning is still on its way: kept when it comes, and when it
will not come (another word looked up first, a dictionary that cannot be read) the reader is
told it was not added; nothing is added later behind the reader's back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import MainWindow
from tests.ui.test_dictionary_card import card_done, point_of, right_click_and_pick, word_span


def test_a_word_the_reader_moved_on_from_is_said_not_added_and_never_added_later(
        qtbot: QtBot, window: MainWindow) -> None:
    ui, vocabulary = window.dictionary_ui, window.workspace.vocabulary
    government = word_span(window, "政府")
    window.reader.select_span(*government)
    window.commands["add_word"].trigger()  # its meaning is on its way (the dictionary loads)
    window.reader.select_span(0, 0)
    ui.look_up(*word_span(window, "時代"))  # the reader looks another word up at once
    card_done(qtbot, window)
    assert window.status_messages.current() == "政府 was not added to My Words."
    ui.close_card()
    ui.look_up(*government)  # later, only looked up
    card_done(qtbot, window)
    assert vocabulary.items() == []
    window.reader.select_span(*government)
    window.commands["add_word"].trigger()  # asked again, with the meaning on the card
    assert [item.word for item in vocabulary.items()] == ["政府"]


def test_with_a_dictionary_that_cannot_be_read_add_says_so(qtbot: QtBot, window: MainWindow,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(b"\x1f\x8b garbage")
    dictionary = window.dictionary_ui.dictionary
    monkeypatch.setattr(dictionary, "_path", broken)  # the file it is about to read
    window.reader.select_span(*word_span(window, "政府"))
    with qtbot.waitSignal(dictionary.failed, timeout=20000):
        window.commands["add_word"].trigger()
    assert window.status_messages.current() == "政府 was not added to My Words."
    window.commands["add_word"].trigger()  # once it is known, at once
    assert window.status_messages.current().startswith("The dictionary could not be loaded:")
    assert window.workspace.vocabulary.items() == []


def test_a_word_whose_look_up_breaks_is_said_not_added_and_hovering_looks_up_again(
        qtbot: QtBot, window: MainWindow) -> None:
    ui, dictionary = window.dictionary_ui, window.dictionary_ui.dictionary
    with qtbot.waitSignal(dictionary.ready, timeout=20000):
        dictionary.load_in_background()
    book = dictionary._book  # noqa: SLF001  (its look-up breaks, as a reading library's bug would)
    assert book is not None
    lookup = book.lookup
    book.lookup = lambda word, source=None: 1 / 0  # type: ignore[method-assign, assignment, misc]
    window.reader.select_span(*word_span(window, "政府"))
    window.commands["add_word"].trigger()
    qtbot.waitUntil(lambda: window.status_messages.current() == "政府 was not added to My Words.")
    assert "could not be looked up" in ui.card.readings.text()  # not "Looking up…" for ever
    book.lookup = lookup  # type: ignore[method-assign]
    window.reader.select_span(0, 0)
    ui.close_card()
    ui._hover_at = point_of(window, word_span(window, "時代")[0])  # noqa: SLF001
    ui._hovered()  # noqa: SLF001  (the pointer rests on another word: a card for it)
    card_done(qtbot, window)
    start, end = word_span(window, "時代")
    assert ui.span is not None and start <= ui.span[0] < ui.span[1] <= end  # the word, or its character
    assert window.workspace.vocabulary.items() == []


def test_the_menus_add_keeps_the_selection_even_when_clicked_beside_it(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = window.reader
    reader.select_span(*word_span(window, "政府"))
    beside = point_of(window, word_span(window, "時代")[0])  # a right-click on another word

    right_click_and_pick(window, monkeypatch, beside, "add_word")
    vocabulary = window.workspace.vocabulary
    qtbot.waitUntil(lambda: len(vocabulary.items()) == 1, timeout=20000)
    assert vocabulary.items()[0].word == "政府"
