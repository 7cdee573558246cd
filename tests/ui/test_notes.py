"""Bookmarks and annotations as a study group member uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.script import Form, convert
from app.ui.common.plain import plain_tooltip
from app.ui.notes.drafts import NoteDraft
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, dialogs_of

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]


def select_shown(window: MainWindow, fragment: str, occurrence: int = 0) -> None:
    """Select `fragment` as displayed, the way a mouse drag would."""
    text = window.reader.toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(fragment), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def highlighted_texts(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.reader.extraSelections()]


def open_essay(window: MainWindow, collection: int, number: int) -> Essay:
    essay = window.reading.library.collections[collection].essays[number]
    window.reading.open_essay(essay.id)
    return essay


def test_highlight_a_selection(qtbot: QtBot, window: MainWindow) -> None:
    dialogs_of(window).answers["ask_text"].append("王老師")
    select_shown(window, "真正具有“工匠精神”的組織")
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    [note] = window.notes_ui.notes.annotations()
    assert (note.color, note.author, note.anchor.exact) == ("yellow", "王老師", "真正具有“工匠精神”的組織")
    assert highlighted_texts(window) == ["真正具有“工匠精神”的組織"]
    assert window.notes_ui.annotations_panel.visible_ids() == [note.id]
    select_shown(window, "創新創業不應成為浮躁的代名詞")
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    assert dialogs_of(window).kinds().count("ask_text") == 1  # the name is asked once
    assert [n.color for n in window.notes_ui.notes.annotations()] == ["yellow", "blue"]
    select_shown(window, "寶貴財富")
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the last colour
    assert [n.color for n in window.notes_ui.notes.annotations()] == ["yellow", "blue", "blue"]


def test_a_highlight_made_in_taiwan_form_covers_the_same_words_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    essay, canonical = next(
        (e, p) for e in window.reading.library.collections[1].essays
        for p in ("信息", "网络", "质量", "水平") if p in e.text)
    window.reading.open_essay(essay.id)
    window.reading.set_form(Form.TAIWAN)
    at = essay.text.index(canonical)
    words = essay.text[at - 2:at + len(canonical) + 2]
    shown = convert(words, window.reading.views.source_script(essay), Form.TAIWAN.target(
        window.reading.views.source_script(essay))).text
    assert len(shown) != len(words) or shown != words
    select_shown(window, shown)
    window.commands["highlight_green"].trigger()
    [note] = window.notes_ui.notes.annotations()
    assert note.anchor.exact == words
    for form in Form:
        window.reading.set_form(form)
        source = window.reading.views.source_script(essay)
        assert highlighted_texts(window) == [convert(words, source, form.target(source)).text], form


def test_highlight_with_a_note_and_tags(qtbot: QtBot, window: MainWindow) -> None:
    dialogs_of(window).answers["edit_note"].append(NoteDraft("pink", "開篇點題", ("論點", "開頭")))
    select_shown(window, "隨着時代的進步")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    [note] = window.notes_ui.notes.annotations()
    assert (note.color, note.note, note.tags) == ("pink", "開篇點題", ("論點", "開頭"))
    assert len(note.id) == 36 and note.created == note.modified
    highlight = window.reader.highlight_at(note.anchor.start + 1)
    assert highlight is not None and highlight.tip == plain_tooltip("開篇點題\n#論點 #開頭")


def test_cancelled_note_dialog_adds_nothing(window: MainWindow) -> None:
    dialogs = dialogs_of(window)
    dialogs.answers["edit_note"].append(None)  # the user cancels
    select_shown(window, "隨着時代的進步")
    window.commands["highlight_note"].trigger()
    assert dialogs.shown == [("edit_note", "隨着時代的進步")]  # the dialog was asked, for this passage
    assert dialogs.answers["edit_note"] == []  # and answered with the cancel
    assert window.notes_ui.notes.annotations() == []
    assert highlighted_texts(window) == []


def test_edit_recolor_delete_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    select_shown(window, "隨着時代的進步")
    window.commands["highlight_yellow"].trigger()
    [note] = window.notes_ui.notes.annotations()
    panel = window.notes_ui.annotations_panel
    dialogs_of(window).answers["edit_note"].append(NoteDraft("yellow", "改過的筆記", ()))
    panel.edit_requested.emit(note.id)
    assert window.notes_ui.notes.annotation(note.id).note == "改過的筆記"  # type: ignore[union-attr]
    panel.recolor_requested.emit(note.id, "purple")
    assert window.notes_ui.notes.annotation(note.id).color == "purple"  # type: ignore[union-attr]
    panel.delete_requested.emit(note.id)
    assert window.notes_ui.notes.annotations() == [] and highlighted_texts(window) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    restored = window.notes_ui.notes.annotation(note.id)
    assert restored is not None and restored.color == "purple" and restored.note == "改過的筆記"
    assert highlighted_texts(window) == ["隨着時代的進步"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.notes_ui.notes.annotation(note.id).color == "yellow"  # type: ignore[union-attr]
    window.commands["redo"].trigger()
    assert window.notes_ui.notes.annotation(note.id).color == "purple"  # type: ignore[union-attr]


def test_panel_filters_by_colour_tag_and_text_and_scope(qtbot: QtBot, window: MainWindow) -> None:
    for fragment, color, tags in [("隨着時代的進步", "yellow", ("開頭",)),
                                  ("供給側", "green", ("經濟",)), ("寶貴財富", "green", ())]:
        dialogs_of(window).answers["edit_note"].append(NoteDraft(color, f"關於{fragment}", tags))
        select_shown(window, fragment)
        window.commands["highlight_note"].trigger()
    open_essay(window, 1, 0)
    select_shown(window, "光荣属于劳动者")
    window.commands["highlight_blue"].trigger()
    panel = window.notes_ui.annotations_panel
    assert len(panel.visible_ids()) == 1
    panel.all_notes.setChecked(True)
    assert len(panel.visible_ids()) == 4
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("green"))
    assert len(panel.visible_ids()) == 2
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("經濟"))
    assert len(panel.visible_ids()) == 1
    panel.tag_filter.setCurrentIndex(0)
    panel.text_filter.setText("寶貴")
    assert len(panel.visible_ids()) == 1


def test_clicking_a_note_opens_its_essay_and_flashes_it(qtbot: QtBot, window: MainWindow) -> None:
    essay = open_essay(window, 0, 3)
    fragment = essay.paragraphs[-1][:12]
    select_shown(window, fragment)
    window.commands["highlight_yellow"].trigger()
    open_essay(window, 1, 0)
    panel = window.notes_ui.annotations_panel
    panel.all_notes.setChecked(True)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualRect(panel.row_index(0)).center())
    assert window.reading.current == essay
    assert window.reader._flash is not None  # noqa: SLF001
    assert shows_offset(window, essay.text.index(fragment))
    qtbot.waitUntil(lambda: window.reader._flash is None, timeout=3000)  # noqa: SLF001


def shows_offset(window: MainWindow, offset: int) -> bool:
    """The passage at canonical `offset` is on screen in the reader."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.qt_position(offset))
    rect = window.reader.cursorRect(cursor)
    return 0 <= rect.top() and rect.bottom() <= window.reader.viewport().height()


def test_bookmarks(qtbot: QtBot, window: MainWindow) -> None:
    essay = open_essay(window, 0, 0)
    offset = essay.text.index("甘於沉潛")
    window.reader.scroll_to_offset(offset)
    window.reader.verticalScrollBar().valueChanged.emit(window.reader.verticalScrollBar().value())
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    [mark] = window.notes_ui.notes.bookmarks()
    assert mark.name == "甘於沉潛。當下社會前行的…"
    panel = window.notes_ui.bookmarks_panel
    assert "甘於沉潛" in panel.list.item(0).text()
    dialogs_of(window).answers["ask_text"].append("討論從這裏開始")
    panel.list.setCurrentRow(0)
    panel.rename_button.click()
    assert window.notes_ui.notes.bookmark(mark.id).name == "討論從這裏開始"  # type: ignore[union-attr]
    open_essay(window, 1, 5)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(0)).center())
    assert window.reading.current == essay
    assert window.reader.top_block_number() == 1 + essay.text[:offset].count("\n")
    panel.delete_button.click()
    assert window.notes_ui.notes.bookmarks() == []
    window.commands["undo"].trigger()
    assert [b.id for b in window.notes_ui.notes.bookmarks()] == [mark.id]


def test_notes_are_saved_within_a_second_and_survive_a_restart(
    qtbot: QtBot, open_window: WindowFactory, data_dir: Path
) -> None:
    first = open_window()
    select_shown(first, "隨着時代的進步")
    first.commands["highlight_green"].trigger()

    def on_disk() -> list[dict[str, object]]:
        return json.loads((data_dir / "store.json").read_text(encoding="utf-8"))["annotations"]

    qtbot.waitUntil(lambda: (data_dir / "store.json").exists() and len(on_disk()) == 1, timeout=1500)
    first.reading.set_form(Form.SIMPLIFIED)
    first.close()
    second = open_window()
    assert [n.color for n in second.notes_ui.notes.annotations()] == ["green"]
    assert highlighted_texts(second) == ["随着时代的进步"]


def test_an_orphaned_note_is_listed_not_dropped(open_window: WindowFactory, data_dir: Path) -> None:
    first = open_window()
    select_shown(first, "隨着時代的進步")
    first.commands["highlight_green"].trigger()
    first.close()
    document = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
    document["annotations"][0]["anchor"].update(text_hash="old", exact="這句話已經從文章裏刪掉了")
    (data_dir / "store.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    second = open_window()
    panel = second.notes_ui.annotations_panel
    text = panel.row_index(0).data()
    assert "⚠" in text and "這句話已經從文章裏刪掉了" in text
    assert highlighted_texts(second) == []
    second.close()
    saved = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
    assert saved["annotations"][0]["anchor"]["exact"] == "這句話已經從文章裏刪掉了"


def test_export_notes_writes_markdown(window: MainWindow, tmp_path: Path) -> None:
    select_shown(window, "隨着時代的進步")
    window.commands["highlight_green"].trigger()
    target = tmp_path / "notes.md"
    dialogs_of(window).answers["save_path"].append(target)
    window.commands["export_notes"].trigger()
    text = target.read_text(encoding="utf-8")
    assert "> 隨着時代的進步" in text and "### 學習工匠精神心得感悟 篇1" in text


def test_a_second_launch_hands_over_to_the_running_window(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    target = window.reading.library.collections[1].essays[2]
    second = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--open", target.id],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    qtbot.waitUntil(lambda: window.reading.current == target, timeout=15000)
    out, _err = second.communicate(timeout=15)
    assert second.returncode == 0 and b"already open" in out


def test_read_only_when_the_owner_does_not_answer(open_window: WindowFactory, data_dir: Path) -> None:
    (data_dir / "store.json").write_text(json.dumps({"schema": 2, "prefs": {"form": "taiwan"}}))
    lock = QLockFile(str(data_dir / "store.lock"))
    assert lock.tryLock(100)
    try:
        window = open_window()
        assert window.reading.keeper.read_only
        assert any("read-only" in str(m) for m in window.startup_messages)
        assert window.read_only_label.text() == "Read-only"
        select_shown(window, "時代的進步")
        assert not window.commands["highlight_yellow"].isEnabled()
        window.reading.set_form(Form.SIMPLIFIED)
        window.close()
        assert json.loads((data_dir / "store.json").read_text())["prefs"]["form"] == "taiwan"
    finally:
        lock.unlock()


def test_the_panels_buttons_are_enabled_only_with_a_row_to_act_on(qtbot: QtBot, window: MainWindow) -> None:
    """On an empty panel, Edit…, Rename… and Delete looked ready and did nothing."""
    notes_panel, marks_panel = window.notes_ui.annotations_panel, window.notes_ui.bookmarks_panel
    acting = [notes_panel.edit_button, notes_panel.delete_button,
              marks_panel.rename_button, marks_panel.delete_button]
    assert not any(button.isEnabled() for button in acting)
    dialogs_of(window).answers["ask_text"].append("王老師")
    select_shown(window, "寶貴財富")
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    notes_panel.list.setCurrentIndex(notes_panel.model.index(0, 0))
    marks_panel.list.setCurrentRow(0)
    assert all(button.isEnabled() for button in acting)
    notes_panel.delete_button.click()
    marks_panel.delete_button.click()
    assert window.notes_ui.notes.annotations() == [] and window.notes_ui.notes.bookmarks() == []
    assert not any(button.isEnabled() for button in acting)
