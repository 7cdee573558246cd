"""The main window as a reader uses it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.script import Form
from app.ui.common.plain import without_access_key
from app.ui.common.theme import DARK
from app.ui.library.tree import ESSAY_ID_ROLE
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier


def essays_in_tree(window: MainWindow) -> list[str]:
    """Every essay row, through the groups (my library, sample essays) and collections."""
    model = window.tree_model
    collections = [model.index(c, 0, model.index(g, 0))
                   for g in range(model.rowCount()) for c in range(model.rowCount(model.index(g, 0)))]
    return [model.index(row, 0, c).data(ESSAY_ID_ROLE)
            for c in collections for row in range(model.rowCount(c))]


def click_essay(qtbot: QtBot, window: MainWindow, essay_id: str) -> None:
    index = window.tree_model.index_of(essay_id)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tree_lists_all_27_essays(window: MainWindow, qtmodeltester: object) -> None:
    assert len(essays_in_tree(window)) == 27
    qtmodeltester.check(window.tree_model)  # type: ignore[attr-defined]


def test_first_start_opens_the_first_essay(window: MainWindow) -> None:
    assert window.reading.current is not None
    assert window.reading.current.label == "篇1"
    assert "隨着時代的進步" in window.reader.toPlainText()
    assert window.reader.verticalScrollBar().value() == 0


def test_clicking_an_essay_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    essay = window.reading.library.collections[1].essays[2]
    click_essay(qtbot, window, essay.id)
    text = window.reader.toPlainText()
    assert text.startswith(essay.title)
    assert essay.paragraphs[0] in text
    assert essay.title in window.windowTitle()
    assert f"{essay.char_count:,} characters" in window.status_label.text()


def test_switching_the_form_changes_reader_tree_and_title(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # 简体
    assert window.reading.form is Form.SIMPLIFIED
    assert "随着时代的进步" in window.reader.toPlainText()
    assert window.windowTitle().startswith("学习工匠精神心得感悟 篇1")
    samples = window.tree_model.index(0, 0)
    assert samples.data() == "Sample essays"
    assert window.tree_model.index(0, 0, samples).data() == "学习工匠精神心得感悟（通用15篇）"
    assert window.form_box.currentText() == "简体"
    window.form_box.setCurrentIndex(list(Form).index(Form.TAIWAN))
    assert "隨著時代的進步" in window.reader.toPlainText()
    assert window.commands.form_action(Form.TAIWAN).isChecked()
    window.commands["next_form"].trigger()
    assert window.reading.form is Form.HONGKONG
    assert "隨着時代的進步" in window.reader.toPlainText()


def test_the_top_paragraph_stays_at_the_top_across_forms(qtbot: QtBot, window: MainWindow) -> None:
    longest = max(window.reading.library.essays(), key=lambda e: len(e.text))
    window.reading.open_essay(longest.id)
    paragraph = 6
    offset = sum(len(p) + 1 for p in longest.paragraphs[:paragraph])
    window.reader.scroll_to_offset(offset + 3)
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    top_block = window.reader.top_block_number()
    assert top_block == paragraph + 1  # block 0 is the title
    for form in [Form.TAIWAN, Form.SIMPLIFIED, Form.HONGKONG, Form.TRADITIONAL, Form.ORIGINAL]:
        window.reading.set_form(form)
        assert window.reader.top_block_number() == top_block, form


def test_preferences_survive_a_restart(qtbot: QtBot, open_window: WindowFactory) -> None:
    first = open_window()
    first.reading.set_form(Form.TAIWAN)
    qtbot.keyClick(first, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(first, Qt.Key.Key_Equal, CTRL)
    essay = first.reading.library.collections[1].essays[4]
    click_essay(qtbot, first, essay.id)
    offset = sum(len(p) + 1 for p in essay.paragraphs[:3])
    first.reader.scroll_to_offset(offset)
    first.reader.verticalScrollBar().valueChanged.emit(first.reader.verticalScrollBar().value())
    first.resize(700, 500)  # within the offscreen screen (800×600)
    font_size = first.prefs.font_size
    first.close()

    second = open_window()
    assert second.reading.form is Form.TAIWAN
    assert second.form_box.currentText() == "臺灣正體"

    assert second.prefs.font_size == font_size == 18
    assert second.reading.current == essay
    assert second.reader.top_block_number() == 4
    assert (second.width(), second.height()) == (700, 500)


def test_font_size_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    size = window.reader.document().defaultFont().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.reader.document().defaultFont().pointSize() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.reader.document().defaultFont().pointSize() == size - 1


def test_reader_font_suits_the_displayed_script(window: MainWindow) -> None:
    families = window.reader.document().defaultFont().families()
    window.reading.set_form(Form.SIMPLIFIED)
    simplified = window.reader.document().defaultFont().families()
    if any("CJK" in f for f in families):  # the machine has Noto CJK: check the variant
        assert families[0].endswith("HK") and simplified[0].endswith("SC")
    assert families != simplified


def test_dark_theme(window: MainWindow) -> None:
    window.commands["theme_dark"].trigger()
    paper = window.reader.palette().color(QPalette.ColorRole.Base)
    assert paper == QColor(DARK.paper)
    assert window.prefs.theme == "dark"


def test_interface_language_can_be_changed(qtbot: QtBot, window: MainWindow) -> None:
    def menu_title_becomes(title: str) -> None:
        qtbot.waitUntil(lambda: window.file_menu.title() == title)

    assert window.file_menu.title() == "&File"
    window.commands["language_zh_CN"].trigger()
    menu_title_becomes("文件(&F)")
    assert "字" in window.status_label.text()
    assert window.commands["quit"].text() == "退出(&Q)"
    window.commands["language_zh_TW"].trigger()
    menu_title_becomes("檔案(&F)")
    # Qt shows "title — display name": the essay's title and one name, the interface's
    assert QApplication.applicationDisplayName() == "匠心閱讀"
    assert "Jiangxin" not in window.windowTitle() and "匠心" not in window.windowTitle()
    window.commands["language_en"].trigger()
    menu_title_becomes("&File")
    assert window.prefs.language == "en"


def test_next_and_previous_essay(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.reading.current is not None and window.reading.current.label == "篇2"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.reading.current.label == "篇1"


def test_a_damaged_store_is_reported(qtbot: QtBot, open_window: WindowFactory, data_dir: Path) -> None:
    (data_dir / "store.json").write_text("{broken")
    window = open_window()
    qtbot.waitUntil(lambda: bool(window.dialogs.shown))  # type: ignore[attr-defined]
    kind, _title, text = window.dialogs.shown[0]  # type: ignore[attr-defined]
    assert kind == "warn" and "store.json could not be read" in text


def test_an_unexpected_error_is_reported_not_fatal(window: MainWindow, monkeypatch: object) -> None:
    import sys

    from app.ui.shell import application

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # type: ignore[attr-defined]
    application._report_unexpected_errors(window)  # noqa: SLF001
    sys.excepthook(KeyError, KeyError("x"), None)
    assert "Something went wrong (KeyError)" in window.statusBar().currentMessage()
    assert window.isVisible()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_back_and_forward_are_not_named_as_page_turns(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Back and Forward walk the reading history; "previous/next page" (上一頁) would read as
    PgUp/PgDn beside 上一篇 (previous essay) in the Go menu."""
    window.commands[f"language_{language}"].trigger()
    qtbot.waitUntil(lambda: window.commands["back"].text() != "&Back")
    names = {window.commands[key].text() for key in ("back", "forward")}
    assert len(names) == 2 and not any(page in name for name in names for page in "页頁篇")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS reaches its menu bar by its own keys")
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # a popup
def test_f10_opens_the_first_menu_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F10)
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.file_menu.isVisible())


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_each_panels_view_menu_entry_names_it_as_its_tab_does(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    """The View menu said "Members Panel" for the panel whose tab said "Group"."""
    window.commands[f"language_{language}"].trigger()
    qtbot.waitUntil(lambda: (window.file_menu.title() == "&File") == (language == "en"))
    notes = window.notes_ui
    docks = {"notes_panel": notes.annotations_dock, "bookmarks_panel": notes.bookmarks_dock,
             "members_panel": window.group_ui.dock, "vocabulary_panel": window.dictionary_ui.dock,
             "assignments_panel": window.study_ui.assignments.dock, "essay_panel": window.words_ui.info_dock}
    for name, dock in docks.items():
        assert dock.windowTitle() in without_access_key(window.commands[name].text()), name
