"""The tester's walk (issues 21 and 24): where the keyboard is at start, Esc on the find bar."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import notes as core_notes
from app.ui.common.dialogs import text_dialog
from app.ui.library.tree import ESSAY_ID_ROLE
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import dialogs_of


def test_the_text_has_the_keyboard_at_start_so_page_down_pages(qtbot: QtBot, window: MainWindow) -> None:
    opened = window.reading.current
    assert opened is not None
    qtbot.waitUntil(lambda: window.focusWidget() is window.reader)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert window.reading.current is opened  # paged, not jumped to the collection's last essay
    assert window.reader.top_offset() > 0


def test_enter_on_an_essay_in_the_tree_gives_the_text_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))  # a group's row: nothing to read
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)  # arrows browse the tree: the keyboard stays there
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.hasFocus()
    chosen = window.tree.currentIndex().data(ESSAY_ID_ROLE)
    assert chosen and window.reading.current is not None and window.reading.current.id == chosen
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.focusWidget() is window.reader)


def _find_second_match(qtbot: QtBot, window: MainWindow, query: str) -> tuple[int, int]:
    window.commands["find"].trigger()
    window.find_bar.field.setText(query)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)  # to the next match: not the first
    controller = window.words_ui
    assert len(controller._matches) > 2
    return controller._matches[controller._current]


def test_esc_on_the_find_bar_leaves_the_match_selected(qtbot: QtBot, window: MainWindow) -> None:
    start, end = _find_second_match(qtbot, window, "的")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.focusWidget() is window.reader
    assert window.reader.selection_span() == (start, end)  # the caret is at the match, for a lookup


def test_esc_from_the_text_also_leaves_the_match_selected(qtbot: QtBot, window: MainWindow) -> None:
    start, end = _find_second_match(qtbot, window, "的")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.selection_span() == (start, end)


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_name_prompt_is_wide_enough_for_its_whole_title(qtbot: QtBot, window: MainWindow,
                                                            language: str) -> None:
    """The window manager shows "Your name — Jiangxin Reader" in a bold title bar: all of it fits."""
    window.translations.apply(language)
    qtbot.waitUntil(lambda: language == "en" or "Jiangxin" not in QGuiApplication.applicationDisplayName())
    title = QCoreApplication.translate("NotesController", "Your name")
    shown = f"{title} \u2014 {QGuiApplication.applicationDisplayName()}"
    dialog = text_dialog(window, title, "", "")
    qtbot.addWidget(dialog)
    dialog.show()  # QInputDialog sizes itself when shown
    qtbot.waitExposed(dialog)
    bold = QApplication.font()
    bold.setBold(True)
    assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(shown) + 100  # icon, buttons


def test_the_name_prompt_is_empty_and_never_offers_root(window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    monkeypatch.setattr(core_notes, "_full_name", lambda: "")
    window.notes_ui.change_display_name()
    [(_kind, _title, text)] = [entry for entry in dialogs_of(window).shown if entry[0] == "ask_text"]
    assert text == ""
    assert window.notes_ui.notes.identity.name == "Me"


def test_the_dictionary_card_is_reached_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+D opens the card with the keyboard on it: Tab between its buttons, Enter adds
    the word to My words, Esc gives the keyboard back to the text."""
    from tests.ui.test_dictionary_card import card_done, word_span, words_ready

    words_ready(qtbot, window)
    window.commands["look_up_on_hover"].setChecked(False)
    start, end = word_span(window, "政府")
    window.reader.select_span(start, end)
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    qtbot.keyClick(window.reader, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    card = window.dictionary_ui.card
    card_done(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.add_button)
    qtbot.keyClick(card.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.close_button
    qtbot.keyClick(card.close_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.add_button
    qtbot.keyClick(card.add_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [item.word for item in window.workspace.vocabulary.items()] == ["政府"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert QApplication.focusWidget() is window.reader
    assert window.reader.selection_span() == (start, end)
