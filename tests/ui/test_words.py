"""Words in the window: double-click, word steps, snapping, find, library search, panels."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.script import Form
from app.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def words_ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.words_ui.words.index is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.reader.words is not None, timeout=5000)


def open_label(window: MainWindow, label: str) -> Essay:
    essay = next(e for e in window.reading.library.essays() if e.label == label)
    window.reading.open_essay(essay.id)
    return essay


def point_at(window: MainWindow, shown: str) -> QPoint:
    """Where a displayed fragment's second character sits in the reader's viewport."""
    reader = window.reader
    text = reader.toPlainText()
    position = text.index(shown, text.index("\n")) + 1  # in the body, not the title
    reader.reveal(reader.canonical_at(position))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    return reader.cursorRect(cursor).center() + QPoint(2, 0)


def test_double_click_selects_the_word(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    for label, form, shown in [("篇1", Form.ORIGINAL, "工匠精神"), ("篇1", Form.SIMPLIFIED, "精益求精"),
                               ("篇12", Form.ORIGINAL, "黨員幹部"), ("观后感五", Form.TAIWAN, "黨員幹部"),
                               ("观后感五", Form.SIMPLIFIED, "党员干部")]:
        open_label(window, label)
        window.reading.set_form(form)
        qtbot.mouseDClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_at(window, shown))
        assert window.reader.textCursor().selectedText() == shown, (label, form)


def test_ctrl_shift_arrows_extend_by_word(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    essay = open_label(window, "篇1")
    at = essay.text.index("工匠精神")
    window.reader.select_span(at, at)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, CTRL | SHIFT)
    assert window.reader.textCursor().selectedText() == "工匠精神"
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, CTRL | SHIFT)
    assert window.reader.textCursor().selectedText().startswith("工匠精神”")
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, CTRL | SHIFT)
    assert window.reader.textCursor().selectedText() == "工匠精神"


def test_a_highlight_snaps_to_whole_words(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    essay = open_label(window, "篇1")
    at = essay.text.index("工匠精神")
    window.reader.select_span(at + 1, at + 3)  # 匠精
    window.commands["highlight_yellow"].trigger()
    assert [a.anchor.exact for a in window.notes_ui.notes.annotations()] == ["工匠精神"]
    window.commands["snap_words"].setChecked(False)
    window.reader.select_span(at + 1, at + 3)
    window.commands["highlight_green"].trigger()
    assert sorted(a.anchor.exact for a in window.notes_ui.notes.annotations()) == ["匠精", "工匠精神"]


def test_a_snapped_highlight_leaves_out_a_stray_comma_and_half_a_quotation(
        qtbot: QtBot, window: MainWindow) -> None:
    """Selecting "，“工匠" took the opening mark but not the closing one: shown as ““工匠精神”."""
    words_ready(qtbot, window)
    essay = open_label(window, "篇1")
    at = essay.text.index("“工匠精神”")
    assert essay.text[at - 1] in "，,"
    window.reader.select_span(at - 1, at + 3)  # ，“工匠
    window.commands["highlight_yellow"].trigger()
    assert [a.anchor.exact for a in window.notes_ui.notes.annotations()] == ["工匠精神"]


def test_the_library_search_offered_for_a_selection_leaves_out_half_a_quotation(
        qtbot: QtBot, window: MainWindow) -> None:
    essay = open_label(window, "篇1")
    at = essay.text.index("“工匠精神”")
    window.reader.select_span(at, at + 5)  # “工匠精神, without the closing mark
    menu = QMenu()
    window.reader.context_menu_opening.emit(menu, "")
    offers = [action.text() for action in menu.actions() if "Search the Library" in action.text()]
    assert offers == ["Search the Library for “工匠精神”"]


def test_find_in_essay_in_any_script(qtbot: QtBot, window: MainWindow) -> None:
    essay = open_label(window, "篇1")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.insert("时代")  # as an input method commits it: Simplified query, Hong Kong text
    total = essay.text.count("時代")
    assert total >= 2 and bar.count.text() == f"1 of {total}"
    assert len(window.reader.extraSelections()) == total
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == f"1 of {total}"
    bar.field.setText("沒有這個詞")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.extraSelections() == []


def test_library_search_opens_the_essay_at_the_match(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.words_ui.search_panel
    assert window.words_ui.search_dock.isVisible() and panel.field.hasFocus()
    panel.field.setText("精益求精")
    panel.field.returnPressed.emit()
    assert panel.results.count() >= 10
    first = panel.results.item(0)
    essay_id, offset = first.data(Qt.ItemDataRole.UserRole + 3)
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.results.visualItemRect(first).center())
    assert window.reading.current is not None and window.reading.current.id == essay_id
    assert window.reading.current.text[offset:offset + 4] in {"精益求精"}
    assert window.reader._flash is not None  # noqa: SLF001
    assert window.find_bar.count.text().startswith("1 of")


def test_search_results_follow_the_form(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    panel = window.words_ui.search_panel
    window.words_ui.search_for("党员干部")
    html = [panel.results.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(panel.results.count())]
    assert any("<u>党员干部</u>" in h for h in html) and any("<u>黨員幹部</u>" in h for h in html)
    window.reading.set_form(Form.TAIWAN)
    html = [panel.results.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(panel.results.count())]
    assert all("<u>黨員幹部</u>" in h for h in html if "<u>" in h)


def test_essay_panel_shows_keywords_related_and_duplicates(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    open_label(window, "篇14")
    text = window.words_ui.info_panel.label.text()
    assert "Near-duplicates" in text and "篇6" in text and "篇15" in text
    # each by its title, which says its collection: a bare 篇6 could be in any of them
    essay6 = next(e for e in window.reading.library.essays() if e.label == "篇6")
    assert window.reading.views.essay_title(essay6, window.reading.form) in text
    assert "word:" in text and "\u00a0· " in text and " · " not in text  # no line starts with "·"
    links = re.findall(r'href="word:([^"]+)">([^<]+)</a>', text)  # no keyword breaks across lines
    assert links and all(shown == "\u2060".join(word) for word, shown in links)
    window.words_ui.info_panel.keyword_clicked.emit("审计")
    assert window.words_ui.search_panel.field.text() == "审计"
    assert window.words_ui.search_panel.results.count() >= 2
    essay15 = next(e for e in window.reading.library.essays() if e.label == "篇15")
    window.words_ui.info_panel.essay_clicked.emit(essay15.id)
    assert window.reading.current == essay15


def test_reloading_the_library_keeps_the_essay_and_notes(qtbot: QtBot, window: MainWindow) -> None:
    words_ready(qtbot, window)
    essay = open_label(window, "篇3")
    window.reader.select_span(0, 6)
    window.commands["highlight_blue"].trigger()
    window.commands["reload_library"].trigger()
    assert window.reading.current is not None and window.reading.current.id == essay.id
    assert window.reading.current is not essay  # a new object from the re-read file
    assert len(window.reader.extraSelections()) == 1
    words_ready(qtbot, window)
    assert window.tree_model.rowCount(window.tree_model.index(0, 0)) == 2  # in "Sample essays"


def test_a_failed_word_index_is_explained_not_left_preparing(window: MainWindow) -> None:
    window.words_ui.words.failed.emit("jieba could not be loaded")
    message = "Word features are unavailable: jieba could not be loaded"
    assert window.words_ui.search_panel.status.text() == message
    assert window.words_ui.info_panel.label.text() == message
    assert find_still_works(window)


def find_still_works(window: MainWindow) -> bool:
    window.words_ui.open_find()
    window.find_bar.field.setText("时代")
    return window.find_bar.count.text().startswith("1 of")
