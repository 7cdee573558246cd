"""Issue 23: the reply box shows what is answered and takes several lines; others' notes read in
the reader's own script form, with the original on hover."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.note_form import in_form
from app.core.notes import new_annotation, new_reply
from app.core.script import Form
from app.store.groupfiles import create_group_folder, write_member_file
from app.ui.notes.drafts import ReplyContext
from app.ui.notes.reply_dialog import ReplyDialog
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import dialogs_of
from tests.ui.test_group import BOB, join
from tests.ui.test_notes import open_essay

CONTEXT = ReplyContext("真正具有工匠精神的组织", "Bob", "这句话是什么意思？", (("Carol", "我也想知道"),))


def test_the_reply_box_shows_the_note_answered_and_sends_with_ctrl_enter(qtbot: QtBot) -> None:
    dialog = ReplyDialog(CONTEXT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    answered = dialog.findChild(QLabel, "answered")
    assert answered is not None and answered.textFormat() == Qt.TextFormat.PlainText
    for part in ("真正具有工匠精神的组织", "Bob: 这句话是什么意思？", "↳ Carol: 我也想知道"):
        assert part in answered.text()
    send = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not send.isEnabled()  # nothing written, nothing to send
    qtbot.keyClick(dialog.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reply, "first")  # (QTest types Latin letters only)
    qtbot.keyClick(dialog.reply, Qt.Key.Key_Return)  # Enter is a new line, not "send"
    dialog.reply.insertPlainText("第二行")
    assert dialog.isVisible() and send.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text() == "first\n第二行"
    dispose(qtbot, dialog)


def test_escape_cancels_the_reply(qtbot: QtBot) -> None:
    dialog = ReplyDialog(CONTEXT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.reply, "never mind")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.reply, Qt.Key.Key_Escape)
    dispose(qtbot, dialog)


def dispose(qtbot: QtBot, widget: QWidget) -> None:
    """Deleted here, on the window's thread: left to the garbage collector, a dialog whose text
    field blinks its caret could be freed on a worker's thread, which Qt warns about."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(widget)


def test_others_text_follows_the_chosen_form() -> None:
    assert in_form("這句話是什麼意思？", Form.SIMPLIFIED) == "这句话是什么意思？"
    assert in_form("这句话是什么意思？", Form.TAIWAN) == "這句話是什麼意思？"
    assert in_form("這句話是什麼意思？", Form.ORIGINAL) == "這句話是什麼意思？"


def _set_form(window: MainWindow, form: Form) -> None:
    window.notes_ui.reading.set_form(form)


def test_a_reply_goes_through_the_box_and_others_read_in_my_form(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    essay = open_essay(window, 0, 0)
    join(window, folder)
    start = essay.text.index("大勢所趨")
    question = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                              note="這句話是什麼意思？", by=BOB, shared=True)
    answer = new_reply(question, "我覺得是潮流", BOB)
    write_member_file(folder, BOB, [question.to_json(), answer.to_json()])
    panel = window.notes_ui.annotations_panel
    qtbot.waitUntil(lambda: question.id in panel.visible_ids(), timeout=3000)

    _set_form(window, Form.SIMPLIFIED)
    qtbot.waitUntil(lambda: "这句话是什么意思？" in (panel.row_index(0).data() or ""))
    row_text = panel.row_index(0).data()
    assert "↳ Bob: 我觉得是潮流" in row_text
    tip = panel.row_index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "這句話是什麼意思？" in tip and "我覺得是潮流" in tip  # the original on hover
    drawn = window.reader.highlight_at(start)
    assert drawn is not None and "Bob: 这句话是什么意思？" in drawn.tip and "這句話是什麼意思？" in drawn.tip

    dialogs_of(window).answers["write_reply"].append("意思是：\n大家都这么做")
    window.notes_ui.reply_to(question.id)
    [context] = dialogs_of(window).reply_contexts
    assert (context.author, context.note) == ("Bob", "这句话是什么意思？")
    assert context.replies == (("Bob", "我觉得是潮流"),)
    mine = next(a for a in window.notes_ui.notes.annotations() if a.author_id != BOB.id)
    assert (mine.reply_to, mine.note, mine.shared) == (question.id, "意思是：\n大家都这么做", True)
    qtbot.waitUntil(lambda: "大家都这么做" in (panel.row_index(0).data() or ""))
