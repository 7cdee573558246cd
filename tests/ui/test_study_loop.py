"""Issue 23 in the window: kinds of note, 赞同, the asker's answer and resolved marks, assignments
with progress, sharing a collection, the heat strip and the Discussion view."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.library import Essay
from app.core.notes import CONFUSED, QUESTION, Author, new_annotation, new_reply
from app.core.script import Form
from app.core.study import assignment_record, note_key, progress_record, vote_record
from app.store.groupfiles import create_group_folder, write_member_file
from app.ui.group.assignment_dialog import AssignmentDraft
from app.ui.notes.dialog import NoteDialog
from app.ui.notes.drafts import NoteDraft
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import dialogs_of
from tests.ui.test_group import BOB, join
from tests.ui.test_notes import open_essay, select_shown
from tests.ui.test_reply_box import dispose

CAROL = Author("Carol", "carol-author-id", "#e999b4", "carol-laptop")
UNDERLINE = QTextCharFormat.UnderlineStyle


def in_group(window: MainWindow, tmp_path: Path, *, facilitator: bool = False) -> tuple[Path, Essay]:
    folder = tmp_path / "shared"
    me = window.notes_ui.notes.identity.id
    create_group_folder(folder, "讀書會", me if facilitator else "")
    essay = open_essay(window, 0, 0)
    join(window, folder)
    return folder, essay


def menu_texts(window: MainWindow, note_id: str) -> dict[str, object]:
    """The study actions a note's menu offers, by text (submenus by their title); the menu is
    the window's child, so it (and its actions) live while the test uses them."""
    menu = QMenu(window)
    window.study_ui.note_actions.extend_menu(menu, note_id)
    found: dict[str, object] = {}
    for action in menu.actions():
        if action.menu() is not None:
            found[action.text()] = action.menu()
        elif action.text():
            found[action.text()] = action
    return found


def underline_of(window: MainWindow, text: str) -> UNDERLINE:
    drawn = next(s for s in window.reader.extraSelections() if s.cursor.selectedText() == text)
    return drawn.format.underlineStyle()


def test_kinds_are_chosen_by_keyboard_and_marked_without_colour(qtbot: QtBot, window: MainWindow) -> None:
    dialog = NoteDialog("quote", NoteDraft("yellow", kind=QUESTION))
    qtbot.addWidget(dialog)
    assert dialog.draft().kind == QUESTION
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # access keys reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Don't understand
    qtbot.waitUntil(lambda: dialog.draft().kind == CONFUSED)  # (an access key clicks a moment later)
    dispose(qtbot, dialog)

    open_essay(window, 0, 0)
    select_shown(window, "真正具有“工匠精神”的組織")
    dialogs_of(window).answers["edit_note"].append(NoteDraft("blue", "为什么说是组织？", kind=QUESTION))
    window.commands["ask_question"].trigger()
    [question] = window.notes_ui.notes.annotations()
    assert (question.kind, question.note) == (QUESTION, "为什么说是组织？")
    assert "edit_note" in dialogs_of(window).kinds()
    assert underline_of(window, "真正具有“工匠精神”的組織") == UNDERLINE.WaveUnderline

    select_shown(window, "大勢所趨")
    window.commands["mark_confused"].trigger()  # 不懂 needs no words: no dialog
    confused = next(n for n in window.notes_ui.notes.annotations() if n.kind == CONFUSED)
    assert confused.anchor.exact == "大勢所趨" and dialogs_of(window).kinds().count("edit_note") == 1
    assert underline_of(window, "大勢所趨") == UNDERLINE.DashUnderline
    rows = {row.id: row for row in window.notes_ui.annotations_panel.model.rows}
    texts = [window.notes_ui.annotations_panel.row_index(n).data() for n in range(len(rows))]
    assert any(t.startswith("？ “真正具有") for t in texts)
    assert any(t.startswith("※ “大勢所趨") for t in texts)


def test_vote_once_and_the_asker_marks_the_answer_and_resolves(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder, essay = in_group(window, tmp_path)
    select_shown(window, "真正具有“工匠精神”的組織")
    dialogs_of(window).answers["edit_note"].append(NoteDraft("blue", "為什麼是組織？", kind=QUESTION))
    window.commands["ask_question"].trigger()
    [mine] = window.notes_ui.notes.annotations()
    start = essay.text.index("大勢所趨")
    bobs = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                          note="同意", by=BOB, shared=True)
    answer = new_reply(mine, "因为组织才能传承", BOB)
    write_member_file(folder, BOB, [bobs.to_json(), answer.to_json()],
                      study=[vote_record(note_key(mine, ""))])  # Bob gives Alice's question 赞同
    study = window.study_ui.study
    qtbot.waitUntil(lambda: study.votes(mine) == 1, timeout=5000)
    panel = window.notes_ui.annotations_panel
    qtbot.waitUntil(lambda: any("赞同 1" in (panel.row_index(n).data() or "")
                                for n in range(len(panel.model.rows))))

    assert "赞同 +1 (0 so far)" not in menu_texts(window, mine.id)  # not one's own note
    vote = menu_texts(window, bobs.id)["赞同 +1 (0 so far)"]
    vote.trigger()  # type: ignore[attr-defined]
    assert study.has_voted(bobs) and study.votes(bobs) == 1
    assert not study.vote(bobs)  # once

    assert "Mark as the Answer" not in menu_texts(window, bobs.id)  # only the asker marks
    options = menu_texts(window, mine.id)
    answers = options["Mark as the Answer"]
    [choice] = answers.actions()  # type: ignore[attr-defined]
    assert choice.text() == "Bob: 因为组织才能传承"
    choice.trigger()
    assert study.is_answer(answer, mine)
    options["Resolved"].trigger()  # type: ignore[attr-defined]
    assert study.is_resolved(mine)
    def question_row() -> str:
        return next(text for n in range(len(panel.model.rows))
                    if "為什麼是組織" in (text := panel.row_index(n).data() or ""))

    qtbot.waitUntil(lambda: "✓ resolved" in question_row())
    assert "✓ answered" in question_row() and "[✓ the answer]" in question_row()
    own_file = next((folder / "members" / mine.author_id).glob("*.json"))
    qtbot.waitUntil(lambda: {r["type"] for r in json.loads(own_file.read_text("utf-8")).get("study", [])}
                    >= {"vote", "answer", "resolve"}, timeout=5000)


def test_assignments_panel_tree_marks_and_progress_for_the_facilitator(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder, essay = in_group(window, tmp_path, facilitator=True)
    assert not window.commands["share_progress"].isChecked()  # off by default
    draft = AssignmentDraft("第一週", (essay.id,), "2099-01-31", ("什麼是工匠精神？",))
    dialogs_of(window).answers["new_assignment"].append(draft)
    window.commands["new_assignment"].trigger()
    assert dialogs_of(window).shown[-1] == ("new_assignment", essay.id)  # the open essay ticked
    panel = window.study_ui.assignments.panel
    qtbot.waitUntil(lambda: any("第一週" in line for line in panel.texts()))
    lines = panel.texts()
    assert lines[0] == "第一週" and lines[1].startswith("due 2099-01-31 (in") and "(facilitator)" in lines[2]
    assert any("？ 什麼是工匠精神？" in line for line in lines)
    tree = window.tree_model
    assert str(tree.data(tree.index_of(essay.id))).startswith("◆ ")

    bobs = assignment_record("bob-1", [essay.id], "2099-02-01", [], "Bob's")
    write_member_file(folder, BOB, [], study=[progress_record(essay.id, 1.0), bobs])
    qtbot.waitUntil(lambda: any("Finished: Bob" in line for line in panel.texts()), timeout=5000)
    assert "Posted by Bob" in panel.texts()

    study = window.study_ui.study
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    assert study.progress(essay.id).get(study.me) is None  # not shared until switched on
    window.commands["share_progress"].setChecked(True)
    assert study.share_progress and study.progress(essay.id)[study.me] == 1.0


def test_share_a_collection_with_the_group_from_the_tree(qtbot: QtBot, window: MainWindow,
                                                         tmp_path: Path) -> None:
    (tmp_path / "甲.txt").write_text("甲.txt\n\n我們一起讀的正文。", encoding="utf-8")
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.library_ui.import_paths([tmp_path / "甲.txt"])
    folder, _essay = in_group(window, tmp_path)
    share = window.study_ui.share_menu

    def offered() -> list[str]:
        menu = QMenu(window)
        share.extend_tree_menu(menu, window.tree_model.collection_index("my-甲"))
        texts = [a.text() for a in menu.actions() if a.text()]
        menu.deleteLater()
        return texts

    assert offered() == ["Share with Group…"]
    dialogs_of(window).answers["ask_yes_no"].append(False)
    share.share("my-甲")
    assert not list((folder / "essays").glob("*")) if (folder / "essays").exists() else True
    dialogs_of(window).answers["ask_yes_no"].append(True)
    share.share("my-甲")
    assert [p.suffix for p in (folder / "essays").iterdir()] == [".txt"]
    assert "shared with the group: 1 essay" in window.statusBar().currentMessage()
    assert offered() == ["Update Shared Copy…", "Remove from Group…"]
    assert not window.import_progress.isVisible()


def test_heat_strip_counts_members_lists_them_and_opens_the_thread(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.resize(1400, 900)
    folder, essay = in_group(window, tmp_path)
    start = essay.text.index("大勢所趨")
    question = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                              note="這是什麼意思？", by=BOB, shared=True, kind=QUESTION)
    confused = new_annotation(essay.id, essay.text, start, start + 2, color="blue", author="Carol",
                              note="", by=CAROL, shared=True, kind=CONFUSED)
    write_member_file(folder, BOB, [question.to_json()])
    write_member_file(folder, CAROL, [confused.to_json()])
    strip = window.study_ui.heat.strip
    qtbot.waitUntil(lambda: strip.isVisible() and len(strip.heat()) == 1, timeout=5000)
    [band] = strip.heat()
    assert (len(band.heat.asked), len(band.heat.confused), len(band.heat.marked)) == (1, 1, 2)
    window.reader.scroll_to_offset(start)
    rect, number = next(strip.bands())
    tip = strip._tips[number]
    assert "2 member(s) here" in tip and "Bob · Question: 這是什麼意思？" in tip
    assert "Carol · Don't understand" in tip
    window.reading.set_form(Form.SIMPLIFIED)
    qtbot.waitUntil(lambda: "这是什么意思？" in strip._tips[0])
    window.reader.scroll_to_offset(start)
    rect, number = next(strip.bands())

    image = strip.grab().toImage()
    greys = {QColor(image.pixel(x, y)).lightness() for x in range(image.width())
             for y in range(int(rect.top()), int(min(rect.bottom(), image.height() - 1)))}
    assert max(greys) - min(greys) > 80  # marks stand out from the page in greyscale too

    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, 
                     pos=QPoint(int(rect.center().x()), int(rect.top()) + 3))
    panel = window.notes_ui.annotations_panel
    assert panel.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == question.id


def test_discussion_view_lists_open_questions_and_news_on_start(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder, essay = in_group(window, tmp_path)
    window.reading.set_form(Form.SIMPLIFIED)
    select_shown(window, "大势所趋")
    window.commands["highlight"].trigger()
    [mine] = window.notes_ui.notes.annotations()
    study = window.study_ui.study
    study.mark_looked("2020-01-01T00:00:00.000+00:00")
    start = essay.text.index("真正具有")
    question = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                              note="這是什麼意思？", by=BOB, shared=True, kind=QUESTION)
    write_member_file(folder, BOB, [question.to_json(), new_reply(mine, "好句子", BOB).to_json()],
                      study=[vote_record(note_key(mine, ""))])  # the first read after a start
    discussion = window.study_ui.discussion
    qtbot.waitUntil(lambda: study.votes(mine) == 1, timeout=5000)
    discussion._told_news = False
    discussion._study_changed(None)  # as the first read of the folder after a start
    assert discussion.news.startswith("1 new reply to your notes")
    window.status_messages.show("a passing message", 1)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == discussion.news)  # it stands

    window.commands["discussion"].trigger()
    view = window.study_ui.discussion.view
    assert view is not None and view.isVisible()
    lines = view.texts()
    assert lines[0] == "Open questions (1)" and "Bob: 这是什么意思？" in lines[1]
    assert "New since you last looked (2)" in lines
    assert study.last_looked > "2020" and window.statusBar().currentMessage() != discussion.news

    for fmt, says in (("md", "这是什么意思？"), ("csv", "这是什么意思？"), ("json", '"question"')):
        dialogs_of(window).answers["save_path"].append(tmp_path / f"discussion.{fmt}")
        view.export_buttons[fmt].click()
        assert says in (tmp_path / f"discussion.{fmt}").read_text(encoding="utf-8")
    assert "Open questions" in (tmp_path / "discussion.md").read_text(encoding="utf-8")
    view.close()


def test_heat_strip_follows_the_text_column_when_the_window_narrows(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.resize(1400, 900)
    folder, essay = in_group(window, tmp_path)
    start = essay.text.index("大勢所趨")
    write_member_file(folder, BOB, [new_annotation(essay.id, essay.text, start, start + 4, color="pink",
                                                   author="Bob", note="？", by=BOB, shared=True,
                                                   kind=QUESTION).to_json()])
    strip = window.study_ui.heat.strip
    qtbot.waitUntil(lambda: strip.isVisible() and bool(strip.heat()), timeout=5000)

    def beside_the_text() -> bool:
        side = window.reader.document().rootFrame().frameFormat().leftMargin()
        return strip.isVisible() and strip.geometry().right() < side and strip.width() >= 16

    assert beside_the_text()
    window.resize(800, 600)  # the panels and the tree take their room: the column moves
    qtbot.waitUntil(beside_the_text)
    window.resize(1400, 900)
    qtbot.waitUntil(beside_the_text)
    window.commands["vertical_text"].setChecked(True)  # columns have no paragraphs' heights to mark
    qtbot.waitUntil(lambda: not strip.isVisible())
    window.commands["vertical_text"].setChecked(False)
    qtbot.waitUntil(beside_the_text)
