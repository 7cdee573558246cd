"""The user's library in the window: import by menu, drop and paste; remove, undo, rename,
reorder, update, hide the samples; notes whose essay is not in the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.core.library import SAMPLES
from app.core.script import Form
from app.services.library import DEFER_ABOVE
from app.store.user_library import UserLibrary
from app.ui.library.tree import ESSAY_ID_ROLE, GROUP_ROLE
from app.ui.shell.main_window import MainWindow
from tests.make_files import make_docx
from tests.ui.conftest import WindowFactory, dialogs_of
from tests.ui.test_notes import select_shown
from tests.ui.test_plain_text import shown_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
BOOK = ("匠心\n\n第一章 起步\n\n学徒的第一天，师傅说：慢慢来，把每一件小事做好。\n\n"
        "第二章 成长\n\n三年以后，他成了车间里最细心的人。\n")


def collection_ids(window: MainWindow) -> list[str]:
    return [c.id for c in window.reading.library.collections]


def groups(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.index(row, 0).data(GROUP_ROLE) for row in range(model.rowCount())]


def import_done(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.library_service.busy, timeout=20_000)


def test_import_from_the_menu_copies_files_and_opens_the_new_essay(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path) -> None:
    book = tmp_path / "匠心.txt"
    book.write_bytes(BOOK.encode("gb18030"))
    lecture = make_docx(tmp_path / "lecture.docx", [("Heading1", "第一讲"), ("", "敬业。"),
                                                     ("Heading1", "第二讲"), ("", "创新。")])
    dialogs_of(window).answers["open_paths"].append([book, lecture])
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert collection_ids(window)[:2] == ["my-匠心", "my-lecture"]
    assert groups(window) == ["library", SAMPLES]
    assert window.reading.current is not None and window.reading.current.id == "my-lecture#1"
    book.unlink()  # the library keeps its own copy
    window.commands["reload_library"].trigger()
    assert window.reading.library.essay("my-匠心#2") is not None
    assert (data_dir / "library" / "my-匠心" / "source.txt").is_file()


def test_dropping_a_folder_imports_what_it_can_and_names_what_it_cannot(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    (folder / "a.md").write_text("# 甲\n\n## 一\n\n甲一。\n\n## 二\n\n甲二。\n", encoding="utf-8")
    (folder / "broken.epub").write_bytes(b"PK\x03\x04 not really")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, data, buttons, keys)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()  # the window takes files
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, buttons, keys)
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        QApplication.sendEvent(window, drop)
    assert "my-a" in collection_ids(window)
    [warning] = [entry for entry in dialogs_of(window).shown if entry[0] == "warn"]
    assert "broken.epub is damaged" in warning[2]


def test_paste_as_new_essay_keeps_the_article_of_copied_html(qtbot: QtBot, window: MainWindow) -> None:
    data = QMimeData()
    data.setHtml("<nav><a href='/'>首页</a></nav><h1>一篇短文</h1><p>工匠精神，是一种态度。</p>"
                 "<footer>版权所有</footer>")
    data.setText("首页 一篇短文 工匠精神，是一种态度。 版权所有")
    QGuiApplication.clipboard().setMimeData(data)
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.commands["paste_essay"].trigger()
    essay = window.reading.current
    assert essay is not None and essay.collection_id.startswith("my-")
    assert essay.title == "一篇短文" and essay.text == "工匠精神，是一种态度。"


def test_removed_collection_keeps_its_notes_in_view_and_they_return(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    book = tmp_path / "匠心.txt"
    book.write_text(BOOK, encoding="utf-8")
    dialogs_of(window).answers["open_paths"].append([book])
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.commands["import"].trigger()
    window.reading.open_essay("my-匠心#1")
    dialogs_of(window).answers["ask_text"].append("老师")
    select_shown(window, "把每一件小事做好")
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    panel = window.notes_ui.annotations_panel
    [note_id] = panel.visible_ids()

    window.library_ui.remove("my-匠心")
    assert "my-匠心" not in collection_ids(window)
    assert panel.visible_ids() == [note_id]  # still shown, under "not in the library"
    assert "not in the library" in panel.row_index(0).data()
    exported = tmp_path / "notes.md"
    dialogs_of(window).answers["save_path"].append(exported)
    window.commands["export_notes"].trigger()
    assert "## Not in the library" in exported.read_text(encoding="utf-8")
    assert "> 把每一件小事做好" in exported.read_text(encoding="utf-8")

    window.commands["undo"].trigger()
    assert window.reading.library.essay("my-匠心#1") is not None
    window.reading.open_essay("my-匠心#1")
    assert panel.visible_ids() == [note_id]
    assert "not in the library" not in panel.row_index(0).data()

    window.commands["redo"].trigger()  # removed again; importing the file again brings it back
    dialogs_of(window).answers["open_paths"].append([book])
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.commands["import"].trigger()
    assert "my-匠心" in collection_ids(window)
    window.reading.open_essay("my-匠心#1")
    assert [s.cursor.selectedText() for s in window.reader.extraSelections()] == ["把每一件小事做好"]


def test_rename_reorder_update_and_hide_samples(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    for name in ("甲.txt", "乙.txt"):
        (tmp_path / name).write_text(f"{name}\n\n正文{name}。", encoding="utf-8")
    dialogs_of(window).answers["open_paths"].append([tmp_path / "甲.txt", tmp_path / "乙.txt"])
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.commands["import"].trigger()
    dialogs_of(window).answers["ask_text"].append("我的甲")
    window.library_ui.rename("my-甲")
    assert window.reading.library.collection("my-甲").title == "我的甲"  # type: ignore[union-attr]
    menu = window.library_ui._menu_for(window.tree_model.collection_index("my-乙"))
    assert menu is not None
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == ["Rename…", "Update from File…", "Move Up", "Move Down", "Remove from Library"]
    assert actions["Move Up"].isEnabled() and not actions["Move Down"].isEnabled()
    actions["Move Up"].trigger()
    assert collection_ids(window)[:2] == ["my-乙", "my-甲"]

    (tmp_path / "甲.txt").write_text("甲.txt\n\n改过的正文。", encoding="utf-8")
    dialogs_of(window).answers["ask_yes_no"].append(True)
    window.library_ui.import_paths([tmp_path / "甲.txt"])  # same name: asked, then updated
    import_done(qtbot, window)
    assert [e[0] for e in dialogs_of(window).shown].count("ask_yes_no") == 1
    assert window.reading.library.essay("my-甲#1").text == "改过的正文。"  # type: ignore[union-attr]
    assert collection_ids(window).count("my-甲") == 1

    window.commands["show_samples"].setChecked(False)
    assert groups(window) == ["library"]
    assert window.reading.prefs.show_samples is False
    window.commands["show_samples"].setChecked(True)
    assert groups(window) == ["library", SAMPLES]


def test_a_large_library_finishes_loading_after_the_window_shows(
        qtbot: QtBot, open_window: WindowFactory, data_dir: Path) -> None:
    user = UserLibrary(data_dir, data_dir / "cache")
    for n in range(DEFER_ABOVE + 1):
        user.import_data(f"{n:02}.txt", f"文{n}\n\n正文{n}。".encode(), reserved=set(),
                         may_update=lambda _m: False)
    window = open_window()
    qtbot.waitUntil(lambda: not window.library_service.loading, timeout=20_000)
    assert collection_ids(window)[:DEFER_ABOVE + 1] == [f"my-{n:02}" for n in range(DEFER_ABOVE + 1)]
    assert groups(window) == ["library", SAMPLES]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # a popup
def test_right_clicking_a_collection_opens_its_whole_menu_at_once(qtbot: QtBot, window: MainWindow,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "甲.txt").write_text("甲.txt\n\n正文。", encoding="utf-8")
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.library_ui.import_paths([tmp_path / "甲.txt"])
    menus: list[list[str]] = []
    looks = iter(range(20))

    def record_and_close() -> None:  # runs inside a menu's own event loop
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menus.append([a.text() for a in menu.actions() if a.text()])
            menu.close()
        if next(looks, None) is not None:
            QTimer.singleShot(0, record_and_close)  # a second menu would be recorded too

    QTimer.singleShot(0, record_and_close)
    row = window.tree.visualRect(window.tree_model.collection_index("my-甲")).center()
    window.tree.customContextMenuRequested.emit(row)
    qtbot.waitUntil(lambda: next(looks, None) is None)
    assert menus == [["Copy Title", "Rename…", "Update from File…", "Move Up", "Move Down",
                      "Remove from Library"]]


def test_import_and_remove_say_it_plainly_and_undo_takes_back_the_removal(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    (tmp_path / "甲.txt").write_text("甲.txt\n\n正文。", encoding="utf-8")
    with qtbot.waitSignal(window.library_service.import_finished, timeout=20_000):
        window.library_ui.import_paths([tmp_path / "甲.txt"])
    assert window.status_messages.current() == "Imported 1 collection."
    window.library_ui.remove("my-甲")
    assert window.status_messages.current().startswith("Removed “")
    window.commands["undo"].trigger()
    assert "my-甲" in collection_ids(window)
    assert window.status_messages.current() == ""  # no longer true


def test_an_essays_tooltip_shows_more_of_its_opening_than_its_row(window: MainWindow) -> None:
    """Its row cuts the first line at 14 characters; the tooltip named only the title."""
    essay = window.reading.library.collections[0].essays[0]
    index = window.tree.currentIndex()
    assert index.data(ESSAY_ID_ROLE) == essay.id
    window.reading.set_form(Form.SIMPLIFIED)
    lines = shown_text(index.data(Qt.ItemDataRole.ToolTipRole)).split("\n")
    assert lines[1].startswith("随着时代的进步，“工匠精神”被政府高度重视成为时代的必然要求")
    assert lines[1].endswith("…") and len(lines[1]) == 61 and "精神" in lines[0]
