"""The study group in the window: join, see others' notes arrive, reply, filter, leave."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from app.core.group_folder import member_file_path
from app.core.notes import Author, new_annotation
from app.paths import seeds_dir
from app.store.groupfiles import create_group_folder, write_member_file
from app.ui.notes.panels import ONLY_MINE
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, dialogs_of
from tests.ui.test_notes import highlighted_texts, open_essay, select_shown

BOB = Author("Bob", "bob-author-id", "#2f9e44", "bob-phone")


class GroupAnswers:
    """Stands in for the user in the group's folder and file choosers."""

    def __init__(self, folder: Path | None = None, names: list[str] | None = None) -> None:
        self.folder, self.names = folder, list(names or [])
        self.opened: Path | None = None

    def choose_folder(self, _title: str) -> Path | None:
        return self.folder

    def open_path(self, _title: str, _filters: str) -> Path | None:
        return self.opened

    def ask_text(self, _title: str, _label: str, text: str) -> str | None:
        return self.names.pop(0) if self.names else text

    def choose(self, _title: str, _label: str, items: list[str]) -> int | None:
        return items.index("Bob") if "Bob" in items else 0


def join(window: MainWindow, folder: Path, name: str = "Alice") -> None:
    window.group_ui.group_dialogs = GroupAnswers(folder, [name])  # type: ignore[assignment]
    window.commands["group_join"].trigger()


def file_records(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["notes"])


def test_a_group_read_together(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    essay = open_essay(window, 0, 0)
    join(window, folder)
    group = window.group_ui.group
    assert group.joined and window.commands["share_new_notes"].isChecked()
    assert window.group_ui.panel.names() == ["Alice (you)"]

    select_shown(window, "真正具有“工匠精神”的組織")
    window.commands["highlight"].trigger()
    [mine] = window.notes_ui.notes.annotations()
    assert mine.shared and mine.author == "Alice"
    own = member_file_path(folder, mine.author_id, mine.device)
    qtbot.waitUntil(lambda: own.exists() and [r["id"] for r in file_records(own)] == [mine.id], timeout=3000)

    window.reader.verticalScrollBar().setValue(120)
    top = window.reader.top_offset()
    start = essay.text.index("大勢所趨")
    bobs = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                          note="同意這句", by=BOB, shared=True)
    write_member_file(folder, BOB, [bobs.to_json()])  # Bob's file arrives through the sync tool
    qtbot.waitUntil(lambda: "大勢所趨" in highlighted_texts(window), timeout=3000)
    assert window.reader.top_offset() == top  # the reader did not move
    drawn = next(s for s in window.reader.extraSelections() if s.cursor.selectedText() == "大勢所趨")
    # a note with words is a comment: dotted, in Bob's colour (issue 23: kinds differ by pattern)
    assert drawn.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert drawn.format.underlineColor().name() == "#2f9e44"  # Bob's colour
    tip = window.reader.highlight_at(start)
    assert tip is not None and ">Bob: 同意這句" in tip.tip  # a plain-text tooltip, name first
    qtbot.waitUntil(lambda: "Bob" in window.group_ui.panel.names())

    window.notes_ui.edit_annotation(bobs.id)  # others' notes are read-only
    assert "only its author changes it" in window.statusBar().currentMessage()
    assert "edit_note" not in dialogs_of(window).kinds()
    dialogs_of(window).answers["write_reply"].append("我也同意")
    window.notes_ui.reply_to(bobs.id)
    reply = next(a for a in window.notes_ui.notes.annotations() if a.reply_to == bobs.id)
    assert (reply.author, reply.note, reply.shared) == ("Alice", "我也同意", True)
    assert "↳ Alice: 我也同意" in window.notes_ui.reader.highlight_at(start).tip  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: reply.id in {r["id"] for r in file_records(own)}, timeout=3000)

    panel = window.notes_ui.annotations_panel
    assert set(panel.visible_ids()) == {mine.id, bobs.id}
    panel.member_filter.setCurrentIndex(panel.member_filter.findData(ONLY_MINE))
    assert panel.visible_ids() == [mine.id]
    panel.member_filter.setCurrentIndex(panel.member_filter.findData(BOB.id))
    assert panel.visible_ids() == [bobs.id]
    window.commands["show_others"].setChecked(False)
    assert "大勢所趨" not in highlighted_texts(window)
    window.commands["show_others"].setChecked(True)

    write_member_file(folder, BOB, [bobs.tombstone().to_json()])  # Bob deletes his note
    qtbot.waitUntil(lambda: "大勢所趨" not in highlighted_texts(window), timeout=3000)

    window.commands["group_leave"].trigger()
    assert not group.joined
    assert [a.id for a in window.notes_ui.notes.annotations()] == [mine.id, reply.id]  # ours stay


def test_a_half_synced_file_is_a_quiet_notice(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "g")
    path = member_file_path(folder, BOB.id, BOB.device)
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "jiangxin-reader-member", "notes": [{"id": ', encoding="utf-8")
    join(window, folder)
    panel = window.group_ui.panel
    qtbot.waitUntil(lambda: "skipped until it is whole" in panel.notice.text(), timeout=3000)
    assert dialogs_of(window).kinds() == []  # no dialog interrupts the reader
    assert path.read_text(encoding="utf-8").endswith('{"id": ')
    window.commands["language_zh_TW"].trigger()  # the notice is said again in the new language
    qtbot.waitUntil(lambda: "暫時略過，直到它完整為止" in panel.notice.text(), timeout=3000)


def test_the_groups_essays_appear_as_they_arrive(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "g")
    seed = sorted(seeds_dir().glob("*.txt"))[0]
    (folder / "essays" / "第一週.txt").write_bytes(seed.read_bytes())
    join(window, folder)
    group_ids = lambda: [c.id for c in window.reading.library.collections if c.id.startswith("g-")]  # noqa: E731
    window.library_service.wait(10)  # essays/ is read off the window's thread
    assert [cid.rsplit("-", 1)[1] for cid in group_ids()] == ["第一週"]
    (folder / "essays" / "第二週.txt").write_bytes(seed.read_bytes())
    qtbot.waitUntil(lambda: len(group_ids()) == 2, timeout=3000)
    window.commands["group_leave"].trigger()
    assert group_ids() == []


def test_new_notes_can_stay_private_and_notes_travel_as_web_annotations(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "g")
    open_essay(window, 0, 0)
    join(window, folder)
    window.commands["share_new_notes"].setChecked(False)
    select_shown(window, "寶貴財富")
    window.commands["highlight"].trigger()
    [note] = window.notes_ui.notes.annotations()
    assert not note.shared
    window.notes_ui.set_shared(note.id, True)
    assert window.notes_ui.notes.annotation(note.id).shared  # type: ignore[union-attr]

    exported = tmp_path / "notes.jsonld"
    dialogs_of(window).answers["save_path"].append(exported)
    window.commands["export_jsonld"].trigger()
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["first"]["items"][0]["target"]["selector"][0]["exact"] == "寶貴財富"
    window.notes_ui.delete_annotation(note.id)
    assert window.notes_ui.notes.annotations() == []
    window.group_ui.group_dialogs.opened = exported  # type: ignore[attr-defined]
    window.commands["import_jsonld"].trigger()
    window.group_ui.group.tasks.wait("import-jsonld")  # read off the window's thread
    # an older copy never revives a deleted note: the tombstone is newer
    assert window.notes_ui.notes.annotations() == []
    assert "Imported 0" in window.statusBar().currentMessage()


def test_others_notes_stay_while_the_group_folder_is_out_of_reach(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A network share away from the office: Bob's notes are still there, from the last-seen copy."""
    folder = tmp_path / "shared"
    create_group_folder(folder, "g")
    essay = open_essay(window, 0, 0)
    join(window, folder)
    group, panel = window.group_ui.group, window.group_ui.panel
    start = essay.text.index("大勢所趨")
    bobs = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                          note="同意", by=BOB, shared=True)
    write_member_file(folder, BOB, [bobs.to_json()])
    qtbot.waitUntil(lambda: "大勢所趨" in highlighted_texts(window), timeout=3000)
    copy = group._copy
    assert copy is not None
    copied = copy.root / "members" / BOB.id / f"{BOB.device}.json"
    qtbot.waitUntil(copied.exists, timeout=3000)

    folder.rename(tmp_path / "away")  # the share is unmounted
    group.refresh()
    qtbot.waitUntil(lambda: "out of reach" in panel.notice.text(), timeout=3000)
    assert "大勢所趨" in highlighted_texts(window) and "Bob" in panel.names()
    select_shown(window, "真正具有“工匠精神”的組織")
    window.commands["highlight"].trigger()  # a note made while away waits to be shared
    qtbot.waitUntil(lambda: "will be shared when it is back" in panel.notice.text(), timeout=3000)
    assert not folder.exists()  # never made anew on the local disk, where no one would see it

    (tmp_path / "away").rename(folder)
    group.refresh()
    mine = next(a for a in window.notes_ui.notes.annotations() if a.author_id != BOB.id)
    own = member_file_path(folder, mine.author_id, mine.device)
    qtbot.waitUntil(lambda: own.exists() and mine.id in {r["id"] for r in file_records(own)}, timeout=3000)
    window.commands["group_leave"].trigger()
    assert not copy.root.exists()  # others' notes leave with the group


def test_a_member_starts_the_app_and_reads_where_they_left_off(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, data_dir: Path) -> None:
    """Joined before this start: the group's essays/ joins the library while the window is built,
    and the essay last read is still shown."""
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    (folder / "essays" / "小組文章.txt").write_text("小組文章\n\n大家一起讀的文章。\n", encoding="utf-8")
    first = open_window()
    join(first, folder)
    essay = first.reading.library.essays()[3]
    first.reading.open_essay(essay.id)
    first.close()
    assert first.instance_guard is not None
    first.instance_guard.release()
    bobs = new_annotation(essay.id, essay.text, 0, 4, color="pink", author="Bob", by=BOB, shared=True)
    write_member_file(folder, BOB, [bobs.to_json()])  # arrived while the app was closed

    again = open_window(data_dir)
    assert again.reading.current is not None and again.reading.current.id == essay.id
    qtbot.waitUntil(lambda: essay.text[:20] in again.reader.toPlainText(), timeout=3000)
    # the group's files are read once the text is up, and Bob's note is drawn
    qtbot.waitUntil(lambda: essay.text[:4] in highlighted_texts(again), timeout=3000)
    model = again.tree.model()
    assert "讀書會" in [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_group_essay_last_read_opens_again_once_essays_is_read(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, data_dir: Path) -> None:
    """The group's essays/ is read in the background at start: the essay last read there is
    opened when it arrives (a sample stands in meanwhile, and does not become 'last read')."""
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    (folder / "essays" / "小組文章.txt").write_text("小組文章\n\n大家一起讀的文章。\n", encoding="utf-8")
    first = open_window()
    join(first, folder)
    first.library_service.wait(10)
    essay = next(e for e in first.reading.library.essays() if e.text == "大家一起讀的文章。")
    first.reading.open_essay(essay.id)
    first.close()
    assert first.instance_guard is not None
    first.instance_guard.release()

    again = open_window(data_dir)
    qtbot.waitUntil(lambda: again.reading.current is not None and again.reading.current.id == essay.id,
                    timeout=3000)
    qtbot.waitUntil(lambda: "大家一起讀的文章" in again.reader.toPlainText(), timeout=3000)


def test_out_of_a_group_the_panel_offers_both_ways_in_and_each_works(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.commands["members_panel"].trigger()
    panel = window.group_ui.panel
    qtbot.waitUntil(panel.isVisible)
    heading = panel.heading.text()
    assert "not in a study group" in heading and "Join" in heading and "create" in heading
    assert panel.join_button.isVisible() and panel.create_button.isVisible()
    assert not panel.tree.isVisible()  # no empty list of members with its headings

    new_folder = tmp_path / "our-group"  # Create: a folder of our own, named, and we are in it
    window.group_ui.group_dialogs = GroupAnswers(new_folder, ["讀書會", "Alice"])  # type: ignore[assignment]
    with qtbot.waitSignal(window.commands["group_create"].triggered):
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert window.group_ui.group.joined and (new_folder / "group.json").is_file()
    assert panel.heading.text() == "Group: 讀書會" and panel.names() == ["Alice (you)"]
    assert panel.tree.isVisible() and not panel.ways_in.isVisible()  # the buttons give way to the list

    window.commands["group_leave"].trigger()
    assert not window.group_ui.group.joined and panel.join_button.isVisible()

    theirs = tmp_path / "their-group"  # Join: the folder another member made and shared
    create_group_folder(theirs, "晨讀")
    window.group_ui.group_dialogs = GroupAnswers(theirs, ["Alice"])  # type: ignore[assignment]
    with qtbot.waitSignal(window.commands["group_join"].triggered):
        qtbot.mouseClick(panel.join_button, Qt.MouseButton.LeftButton)
    assert window.group_ui.group.folder == theirs
    assert panel.heading.text() == "Group: 晨讀" and panel.tree.isVisible()
