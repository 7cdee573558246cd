"""The dictionary card in the window: the same entry in all five forms, by pointer or key; My words."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.core.script import Form
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, dialogs_of
from tests.ui.test_plain_text import shown_text

# the first sample essay is written in Traditional: 時代 there is 时代 in Simplified
SHOWN = {Form.ORIGINAL: "時代", Form.SIMPLIFIED: "时代", Form.TRADITIONAL: "時代",
         Form.TAIWAN: "時代", Form.HONGKONG: "時代"}


def words_ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.words_ui.words.index is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.reader.words is not None, timeout=5000)


def word_span(window: MainWindow, word: str = "時代") -> tuple[int, int]:
    essay = window.reading.current
    assert essay is not None
    start = essay.text.index(word)
    return start, start + len(word)


def card_done(qtbot: QtBot, window: MainWindow) -> None:
    card = window.dictionary_ui.card
    qtbot.waitUntil(lambda: card.isVisible() and card.definition is not None, timeout=20000)


def point_of(window: MainWindow, canonical: int) -> QPoint:
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(canonical) + 1)
    return reader.cursorRect(cursor).center() - QPoint(4, 0)


def right_click_and_pick(window: MainWindow, monkeypatch: pytest.MonkeyPatch, point: QPoint,
                         command: str) -> QMenu:
    """A right-click on the text at `point` (the viewport's); the reader picks `command` in the
    menu it opens. Returns that menu."""
    reader, action = window.reader, window.commands[command]
    offered: list[QMenu] = []

    class PickingMenu(QMenu):
        def exec(self, *_at: object) -> None:  # type: ignore[override]
            offered.append(self)
            action.trigger()

    monkeypatch.setattr(reader, "createStandardContextMenu", lambda _pos: PickingMenu(reader))
    QApplication.sendEvent(reader.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point)))
    assert len(offered) == 1, "no menu was opened"
    return offered[0]


@pytest.mark.parametrize("form", list(Form))
def test_the_card_shows_the_same_entry_in_every_form(qtbot: QtBot, window: MainWindow, form: Form) -> None:
    words_ready(qtbot, window)
    window.reading.set_form(form)
    window.dictionary_ui.look_up(*word_span(window))
    card_done(qtbot, window)
    card = window.dictionary_ui.card
    assert card.headword.text() == SHOWN[form]  # the reader's form…
    assert card.other_form.text() == ("時代" if form is Form.SIMPLIFIED else "时代")  # …the other beside it
    assert "shí dài" in card.readings.text() and "ㄕˊ ㄉㄞˋ" in card.readings.text()
    assert "si4 doi6" in card.readings.text()  # jyutping
    assert any("age; era; epoch" in text for text in card.entry_texts())


def test_hovering_a_word_opens_its_card_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    start, end = word_span(window)
    window.reader.reveal(start)
    viewport = window.reader.viewport()
    QTest.mouseMove(viewport, point_of(window, start))
    card_done(qtbot, window)
    assert window.dictionary_ui.span == (start, end)  # the jieba word, not one character
    assert window.dictionary_ui.card.headword.text() == "時代"
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.dictionary_ui.card.isVisible()


def test_the_key_opens_the_card_for_the_word_at_the_caret(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    window.commands["look_up_on_hover"].setChecked(False)
    start, _end = word_span(window, "政府")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.qt_position(start) + 1)
    window.reader.setTextCursor(cursor)
    window.commands["look_up"].trigger()
    card_done(qtbot, window)
    assert window.dictionary_ui.card.headword.text() == "政府"
    assert any("government" in text for text in window.dictionary_ui.card.entry_texts())


def test_the_card_closes_when_the_reader_moves_on(qtbot: QtBot, window: MainWindow) -> None:
    """It stayed over the text when the keyboard went to the find bar, and when another
    passage was selected, still naming the word looked up before."""
    words_ready(qtbot, window)
    window.commands["look_up_on_hover"].setChecked(False)
    start, end = word_span(window, "政府")

    def card_on_the_word() -> None:
        window.reader.select_span(start, end)
        window.reader.setFocus()
        window.commands["look_up"].trigger()
        card_done(qtbot, window)

    card_on_the_word()
    window.commands["find"].trigger()
    qtbot.waitUntil(window.find_bar.field.hasFocus)
    assert not window.dictionary_ui.card.isVisible()
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    card_on_the_word()
    window.reader.select_span(end + 1, end + 6)
    assert not window.dictionary_ui.card.isVisible()
    window.reader.select_span(start + 1, start + 1)  # the caret in the word, nothing selected
    window.commands["look_up"].trigger()
    card_done(qtbot, window)
    window.reader.select_span(start, end)  # its own word selected: the card stays
    assert window.dictionary_ui.card.isVisible()
    window.tree.setFocus()  # the keyboard was in the library when the reader left the window…
    card_on_the_word()
    QApplication.instance().focusChanged.emit(None, window.tree)  # …and it comes back there
    assert window.dictionary_ui.card.isVisible()


def test_look_up_from_the_context_menu_takes_the_word_clicked_not_the_caret(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    words_ready(qtbot, window)
    reader = window.reader
    caret_word, _end = word_span(window, "政府")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.qt_position(caret_word) + 1)
    reader.setTextCursor(cursor)
    start, end = word_span(window)
    reader.reveal(start)
    point = point_of(window, start)

    menu = right_click_and_pick(window, monkeypatch, point, "look_up")
    assert window.commands["look_up"] in menu.actions()
    card_done(qtbot, window)
    assert window.dictionary_ui.span == (start, end)
    assert window.dictionary_ui.card.headword.text() == "時代"
    assert reader.menu_point is None  # the key afterwards looks at the caret again


def test_look_up_on_hover_is_remembered_for_the_next_window(open_window: WindowFactory) -> None:
    first = open_window()
    assert first.commands["look_up_on_hover"].isChecked()  # on at first
    first.commands["look_up_on_hover"].setChecked(False)
    first.close()
    second = open_window()
    assert not second.commands["look_up_on_hover"].isChecked()


def test_a_word_missing_from_the_dictionary_shows_its_parts(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    window.dictionary_ui.look_up(*word_span(window, "工匠精神"))
    card_done(qtbot, window)
    texts = window.dictionary_ui.card.entry_texts()
    assert texts[0].startswith("Not in the dictionary")
    assert len(texts) == 3  # 工匠 and 精神, each with its reading
    assert texts[1].startswith("工匠  gōng jiàng  artisan")
    assert texts[2].startswith("精神  jīng shén  spirit; mind")


def test_a_missing_word_kept_in_my_words_has_every_part_as_its_card_shows_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """工匠精神 was kept with the glosses of 工, 匠 and 精 only: 神 was lost."""
    words_ready(qtbot, window)
    ui = window.dictionary_ui
    ui.look_up(*word_span(window, "“工匠精神”"))  # a selection with its quotation marks
    card_done(qtbot, window)
    assert ui.span == word_span(window, "工匠精神")
    assert ui.card.headword.text() == "工匠精神"
    shown = [t.split("\n")[0] for t in ui.card.entry_texts()[1:]]  # each part's first entry
    ui.card.add_button.click()
    item = window.workspace.vocabulary.items()[0]
    assert (item.word, item.reading) == ("工匠精神", "gōng jiàng jīng shén")
    assert item.gloss.startswith("工匠 gōng jiàng: artisan")
    assert "精神 jīng shén: spirit" in item.gloss
    kept = item.gloss.split(" | ")
    assert [k.replace(": ", "  ").replace(" ", "") for k in kept] == [
        s.replace(" ", "") for s in shown]  # the card and the kept word agree
    assert ui.panel.words() == ["工匠精神"]
    tip = shown_text(ui.panel.tree.model().index(0, 2).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.split("\n")[1:len(kept) + 1] == kept  # every part of the meaning, each on its line
    out = tmp_path / "words.csv"
    dialogs_of(window).answers["save_path"].append(out)
    ui.panel.export_button.click()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["front"], r["back"], r["reading"]) for r in rows] == [
        ("工匠精神", item.gloss, "gōng jiàng jīng shén")]


def test_add_to_my_words_then_delete_undo_jump_and_export(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    words_ready(qtbot, window)
    ui = window.dictionary_ui
    ui.look_up(*word_span(window))
    card_done(qtbot, window)
    ui.card.add_button.click()
    assert ui.panel.words() == ["時代"]
    item = window.workspace.vocabulary.items()[0]
    assert "隨着時代的進步" in item.sentence and "era" in item.gloss and item.reading == "shí dài"
    ui.panel.tree.setCurrentItem(ui.panel.tree.topLevelItem(0))
    ui.panel.delete_button.click()
    assert ui.panel.words() == []
    window.commands["undo"].trigger()
    assert ui.panel.words() == ["時代"]
    window.reading.open_essay(window.reading.library.essays()[3].id)  # elsewhere, then back by the list
    ui.go_to_item(item.id)
    assert window.reader.selection_span() == word_span(window)
    out = tmp_path / "words.csv"
    dialogs_of(window).answers["save_path"].append(out)
    ui.panel.export_button.click()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["front"], r["reading"]) for r in rows] == [("時代", "shí dài")]
    assert rows[0]["sentence"] == item.sentence


def test_about_credits_cc_cedict_with_its_licence(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["about"].trigger()
    kind, _title, text = dialogs_of(window).shown[-1]
    assert kind == "about"
    assert "CC-CEDICT" in text and "Attribution-ShareAlike 4.0" in text and "2023-11-07" in text


def test_in_vertical_text_the_word_pointed_at_is_looked_up(qtbot: QtBot, window: MainWindow,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    words_ready(qtbot, window)
    window.commands["vertical_text"].setChecked(True)
    reader = window.reader
    start, end = word_span(window)
    box = reader.box_of(start)
    assert box is not None
    window.commands["ruby_all"].trigger()
    box = reader.box_of(start)
    assert box is not None
    point = QPoint(round(box.right() + box.width() * 0.4), round(box.center().y()))  # on its reading

    right_click_and_pick(window, monkeypatch, point, "look_up")
    card_done(qtbot, window)
    assert window.dictionary_ui.span == (start, end)
    assert window.dictionary_ui.card.headword.text() == "時代"
    beside = window.dictionary_ui.card.geometry()
    assert not beside.intersects(box.toAlignedRect())  # the card leaves the word in sight
    QTest.keyClick(reader, Qt.Key.Key_PageDown)  # the columns move on: the card goes
    assert not window.dictionary_ui.card.isVisible()


def test_add_to_my_words_from_the_readers_menu_on_a_selection(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the card offered it: now the reader's menu does too, on a selection, kept as the
    card keeps it (the same meaning, reading and sentence)."""
    words_ready(qtbot, window)
    reader = window.reader
    start, end = word_span(window, "政府")
    reader.select_span(start, end)
    menu = right_click_and_pick(window, monkeypatch, point_of(window, start), "add_word")
    assert window.commands["add_word"] in menu.actions()
    vocabulary = window.workspace.vocabulary
    qtbot.waitUntil(lambda: len(vocabulary.items()) == 1, timeout=20000)
    item = vocabulary.items()[0]
    assert (item.word, item.reading) == ("政府", "zhèng fǔ") and "government" in item.gloss
    assert "政府" in item.sentence
    window.commands["vocabulary_panel"].trigger()
    assert window.dictionary_ui.panel.words() == ["政府"]
    assert window.status_messages.current() == "政府 added to My Words."
    window.commands["add_word"].trigger()  # the key, again on the same selection
    assert window.status_messages.current() == "政府 is in My Words already."
    assert len(vocabulary.items()) == 1


def test_add_to_my_words_with_nothing_chinese_says_what_to_do(window: MainWindow) -> None:
    window.reader.select_span(0, 0)
    window.reader.moveCursor(QTextCursor.MoveOperation.End)  # the caret after the last word
    window.commands["add_word"].trigger()
    assert window.status_messages.current() == "Select a Chinese word to add it to My Words."
    assert window.workspace.vocabulary.items() == []


def test_the_readers_menu_offers_add_to_my_words_only_on_a_selection(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = window.reader
    menus: list[QMenu] = []

    class SeenMenu(QMenu):
        def exec(self, *_at: object) -> None:  # type: ignore[override]
            menus.append(self)

    monkeypatch.setattr(reader, "createStandardContextMenu", lambda _pos: SeenMenu(reader))
    point = point_of(window, word_span(window)[0])
    QApplication.sendEvent(reader.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point)))
    assert window.commands["look_up"] in menus[0].actions()
    assert window.commands["add_word"] not in menus[0].actions()
