"""Panels built on first sight: the window starts without them, yet each one's shortcut opens it
at once with its content, and a panel that was in front at the last quit is there at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from app.core.notes import COLORS
from app.core.vocabulary import new_item
from app.services.workspace import Folders, Workspace
from app.store.groupfiles import create_group_folder
from app.ui.common.docks import in_front
from app.ui.shell.main_window import MainWindow
from tests.app_process import started_app
from tests.ui.conftest import WindowFactory
from tests.ui.test_group import join

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROOT = Path(__file__).resolve().parents[2]


def lazy_panels(window: MainWindow) -> dict[str, object]:
    """Each panel built on first sight, by its dock's name: None while it is not built."""
    return {"vocabulary_dock": window.dictionary_ui._panel.built,
            "assignments_dock": window.study_ui.assignments._panel.built,
            "search_dock": window.words_ui._search.built,
            "essay_dock": window.words_ui._info.built,
            "members_dock": window.group_ui._panel.built}


def dock(window: MainWindow, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, name)
    assert found is not None
    return found


def add_word(window: MainWindow, word: str) -> None:
    essay = window.reading.current
    assert essay is not None
    start = essay.text.index(word)
    window.workspace.vocabulary.add(new_item(
        essay.text, start, start + len(word), essay_id=essay.id, word=word, reading="", gloss="a gloss",
        author_id=window.workspace.vocabulary.author_id))


def test_a_new_window_has_every_panel_but_builds_none_out_of_sight(window: MainWindow) -> None:
    assert all(panel is None for panel in lazy_panels(window).values())
    for name in lazy_panels(window):  # each dock is there, titled, for its tab and its action
        assert dock(window, name).windowTitle()
        assert not in_front(dock(window, name))


def test_each_shortcut_opens_its_panel_with_its_content(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    join(window, folder)
    add_word(window, "工匠精神")
    qtbot.waitUntil(lambda: window.words_ui.words.index is not None, timeout=30_000)

    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: in_front(dock(window, "vocabulary_dock")))
    assert window.dictionary_ui.panel.tree.topLevelItem(0).text(0) == "工匠精神"

    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: in_front(dock(window, "members_dock")))
    assert window.group_ui.panel.names() == ["Alice (you)"]

    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    qtbot.waitUntil(lambda: in_front(dock(window, "assignments_dock")))
    assert window.study_ui.assignments.panel.heading.text().startswith("No assignments yet")

    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    qtbot.waitUntil(lambda: in_front(dock(window, "essay_dock")))
    assert "Keywords" in window.words_ui.info_panel.label.text()  # not "preparing…": the index is ready

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: in_front(dock(window, "search_dock")))
    panel = window.words_ui.search_panel
    assert panel.field.hasFocus()
    panel.field.setText("工匠")  # as typed (QTest types Latin keys only)
    qtbot.waitUntil(lambda: panel.results.count() > 0)


def test_a_panel_in_front_at_quit_is_built_and_in_front_at_start(qtbot: QtBot,
                                                                 open_window: WindowFactory) -> None:
    first = open_window()
    add_word(first, "工匠精神")
    for _ in range(6):  # small print and no library: on the test's small screen the column
        first.commands["zoom_out"].trigger()  # leaves room for a panel at the next start too
    first.commands["toggle_library"].trigger()
    first.commands["vocabulary_panel"].trigger()
    qtbot.waitUntil(lambda: in_front(dock(first, "vocabulary_dock")))
    first.close()

    second = open_window()
    qtbot.waitUntil(lambda: in_front(dock(second, "vocabulary_dock")))
    panels = lazy_panels(second)
    assert panels["vocabulary_dock"] is not None
    assert second.dictionary_ui.panel.tree.topLevelItem(0).text(0) == "工匠精神"
    assert panels["assignments_dock"] is None  # behind a tab: still not built


def test_a_panel_built_later_follows_the_interface_language(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["language_zh_CN"].trigger()
    window.commands["assignments_panel"].trigger()
    qtbot.waitUntil(lambda: in_front(dock(window, "assignments_dock")))
    qtbot.waitUntil(lambda: dock(window, "assignments_dock").windowTitle() == "作业")
    assert window.study_ui.assignments.panel.heading.text() == "加入小组后即可看到小组的作业。"


def test_the_start_leaves_heavy_modules_unloaded(data_dir: Path, qtbot: QtBot) -> None:
    """What the first frame does not need stays on disk until used: OpenSSL (hashlib), the word
    index, the dictionary, the digest, the handout builder, the panels built on first sight,
    QtNetwork (the single-instance socket is Python's own where it can be), and the Python side
    of Qt classes the first frame does not use."""
    first = Workspace(Folders(data_dir, data_dir / "cache"))  # a first start makes the ids,
    first.prefs.font_size = 20  # saved with its first change
    assert first.close()
    script = ("import json, sys\n"
              "from app.__main__ import main\n"
              f"main(['--smoke', '--data-dir', {str(data_dir)!r}])\n"
              "from PySide6 import QtCore, QtGui, QtWidgets\n"
              "print(json.dumps(sorted(sys.modules)))\n"
              "print(json.dumps(sorted([*vars(QtCore), *vars(QtGui), *vars(QtWidgets)])))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=True)
    loaded = set(json.loads(done.stdout.splitlines()[-2]))
    qt_classes_built = set(json.loads(done.stdout.splitlines()[-1]))
    assert "app.ui.reader.vertical_view" in loaded  # the window was built
    assert loaded.isdisjoint({
        "hashlib", "_hashlib", "multiprocessing", "app.core.search", "app.core.words", "app.core.digest",
        "app.core.digest_export", "app.core.dictionary", "app.core.handout", "app.ui.dictionary.card",
        "app.ui.dictionary.panel", "app.ui.group.assignments_panel", "app.ui.group.members_panel",
        "app.ui.group.discussion_view", "app.ui.search.panel", "app.ui.reader.heat_strip",
        "app.ui.common.file_dialogs", "app.core.readings", "PySide6.QtNetwork",
        # vertical mode's own modules load when it is first turned on
        "app.core.vertical_page", "app.core.vertical_layout", "app.ui.reader.vertical_paint",
        "app.ui.reader.vertical_chrome", "app.ui.reader.vertical_glyphs", "app.ui.reader.vertical_keys",
        "app.services.speech_engine", "app.services.speech_thread",  # with the first Play
        "app.services.read_aloud", "app.ui.reader.read_aloud", "app.core.voices",  # the first command
        "app.core.speech_advice",
        "app.core.passage_ends", "unicodedata",  # the first highlight or search of a selection
        "app.core.vocabulary", "csv",  # My Words are read when first asked for
        "uuid", "platform",  # ids are made once, when missing: not at every start
        "socket", "app.services.local_channel",  # the window listens after its first frame
        "platformdirs", "logging.handlers",  # user folders worked out by hand; the log file opened lazily
        "html", "html.entities"})  # its 2,000-entity tables: escaping is ours (core.escaping)
    # PySide builds a Qt class's Python side when Python first meets it. Asking Qt for a widget
    # Python has not seen (a text view's own viewport) builds every widget class (12 ms), and
    # walking the application's children builds QStyle (7 ms): the first frame does neither.
    assert "QTextEdit" in qt_classes_built
    assert qt_classes_built.isdisjoint({"QCalendarWidget", "QWizard", "QStyle", "QMessageBox",
                                        "QDir", "QImage", "QTransform"})


def test_the_search_panel_stops_saying_preparing_once_the_index_is_ready(qtbot: QtBot,
                                                                         window: MainWindow) -> None:
    words = window.words_ui.words
    words.rebuild_soon(window.reading.library)  # the index is being made again
    window.commands["search_library"].trigger()
    panel = window.words_ui.search_panel
    assert panel.status.text() == "Preparing the word index…"
    with qtbot.waitSignal(words.ready, timeout=30_000):
        pass
    assert panel.status.text() == ""


def test_the_colours_get_their_swatches_once_the_first_frame_is_on_screen(window: MainWindow) -> None:
    """Python's QIcon class costs the start 2 ms: the swatches come right after the first frame,
    and stay when the filters are filled again (a new member, a language change)."""
    for color in COLORS:
        assert not window.commands[f"highlight_{color}"].icon().isNull()
    panel = window.notes_ui.annotations_panel
    for refill in (lambda: None, lambda: panel.set_members([("a1", "小李")]), panel.retranslate):
        refill()
        combo = panel.color_filter
        assert combo.count() == len(COLORS) + 1 and combo.itemIcon(0).isNull()  # "All colours"
        assert all(not combo.itemIcon(number).isNull() for number in range(1, combo.count()))


def test_no_icon_is_made_for_the_first_frame(data_dir: Path) -> None:
    hook = ("def hook(window):\n"
            "    window.reader.first_painted.connect(lambda: (print(json.dumps(\n"
            "        isinstance(vars(QtGui).get('QIcon'), type)), flush=True), os._exit(0)))\n")
    assert started_app(data_dir, hook) is False
