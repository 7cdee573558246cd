"""A group window at rest stays at rest: reading the folder back never republishes or redraws.

Publishing writes our member file, the folder watcher sees it, and the group is read again; the
slow poll reads it too. None of that changes our own notes, so nothing may be written or redrawn
(it once looped: a write every second, each one a sync event for every member). The service's
timers are shortened so that minutes of the app's life pass in a second or two.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import app.services.group as group_module
from app.core.group_folder import member_file_path
from app.core.library import Essay
from app.core.notes import Annotation, new_annotation
from app.services import group_write
from app.store.groupfiles import create_group_folder, write_member_file
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.test_group import BOB, file_records, join
from tests.ui.test_notes import highlighted_texts, open_essay, select_shown

POLL_MS = 100  # a hundred times the pace of the real poll: 12 reads stand for two idle minutes
IDLE_READS = 12


@dataclass
class Counts:
    """What the window did: member files written, group reads applied, notes panel and reader redraws."""

    writes: int = 0
    reads: int = 0
    panel: int = 0
    highlights: int = 0
    _marks: dict[str, int] = field(default_factory=dict)

    def mark(self) -> None:
        self._marks = {"writes": self.writes, "reads": self.reads, "panel": self.panel,
                       "highlights": self.highlights}

    def since_mark(self, name: str) -> int:
        return int(getattr(self, name)) - self._marks[name]


def counting(counts: Counts, name: str, wrapped: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        setattr(counts, name, getattr(counts, name) + 1)
        return wrapped(*args, **kwargs)
    return call


@pytest.fixture
def fast_group(monkeypatch: pytest.MonkeyPatch) -> Counts:
    """The group service's timers shortened, and its member-file writer counted."""
    monkeypatch.setattr(group_module, "POLL_MS", POLL_MS)
    monkeypatch.setattr(group_module, "SETTLE_MS", 20)
    monkeypatch.setattr(group_module, "PUBLISH_MS", 30)
    counts = Counts()
    monkeypatch.setattr(group_write, "write_member_file",
                        counting(counts, "writes", group_write.write_member_file))
    return counts


@dataclass
class Scene:
    window: MainWindow
    folder: Path
    essay: Essay
    counts: Counts
    bobs: Annotation  # Bob's note on the open essay, in his file from the start

    def own_file(self) -> Path:
        me = self.window.group_ui.group.me
        return member_file_path(self.folder, me.id, me.device)

    def wait_reads(self, qtbot: QtBot, reads: int) -> None:
        """Until `reads` more group reads reached the notes (every poll is one), and a moment after."""
        target = self.counts.reads + reads
        qtbot.waitUntil(lambda: self.counts.reads >= target, timeout=POLL_MS * reads * 10)
        qtbot.wait(3 * POLL_MS)  # the watcher's and the publish timer's turn after the last read


@pytest.fixture
def scene(qtbot: QtBot, fast_group: Counts, open_window: WindowFactory, tmp_path: Path) -> Scene:
    """Alice has joined a group in which Bob has a note on the open essay; all is quiet again."""
    window = open_window()
    counts = fast_group
    notes, notes_ui = window.notes_ui.notes, window.notes_ui
    notes.set_group = counting(counts, "reads", notes.set_group)  # type: ignore[method-assign]
    panel = notes_ui.annotations_panel
    for name in ("set_rows", "show_parts", "patch_row"):  # any change to what the panel lists
        setattr(panel, name, counting(counts, "panel", getattr(panel, name)))
    notes_ui.reader.set_highlights = counting(  # type: ignore[method-assign]
        counts, "highlights", notes_ui.reader.set_highlights)
    folder = tmp_path / "shared"
    create_group_folder(folder, "讀書會")
    essay = open_essay(window, 0, 0)
    start = essay.text.index("大勢所趨")
    bobs = new_annotation(essay.id, essay.text, start, start + 4, color="pink", author="Bob",
                          note="同意這句", by=BOB, shared=True)
    write_member_file(folder, BOB, [bobs.to_json()])
    join(window, folder)
    here = Scene(window, folder, essay, counts, bobs)
    qtbot.waitUntil(lambda: "大勢所趨" in highlighted_texts(window), timeout=3000)
    qtbot.waitUntil(here.own_file().exists, timeout=3000)
    here.wait_reads(qtbot, 3)
    return here


def test_an_idle_group_window_writes_and_redraws_nothing(qtbot: QtBot, scene: Scene) -> None:
    own = scene.own_file()
    before = os.stat(own)
    scene.counts.mark()
    scene.wait_reads(qtbot, IDLE_READS)
    after = os.stat(own)
    assert scene.counts.since_mark("writes") == 0
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert scene.counts.since_mark("panel") == 0
    assert scene.counts.since_mark("highlights") == 0


def test_a_new_note_is_published_once(qtbot: QtBot, scene: Scene) -> None:
    window, counts = scene.window, scene.counts
    counts.mark()
    select_shown(window, "真正具有“工匠精神”的組織")
    window.commands["highlight"].trigger()
    [mine] = [a for a in window.notes_ui.notes.annotations() if a.author_id != BOB.id]
    qtbot.waitUntil(lambda: mine.id in {r["id"] for r in file_records(scene.own_file())}, timeout=3000)
    scene.wait_reads(qtbot, IDLE_READS)
    assert counts.since_mark("writes") == 1
    assert counts.since_mark("panel") == 1  # the highlight's own redraw, none from reading it back


def test_another_members_change_redraws_once(qtbot: QtBot, scene: Scene) -> None:
    essay, counts = scene.essay, scene.counts
    counts.mark()
    start = essay.text.index("工匠精神")
    more = new_annotation(essay.id, essay.text, start, start + 4, color="blue", author="Bob",
                          note="好", by=BOB, shared=True)
    write_member_file(scene.folder, BOB, [scene.bobs.to_json(), more.to_json()])
    qtbot.waitUntil(lambda: more.id in scene.window.notes_ui.annotations_panel.visible_ids(), timeout=3000)
    scene.wait_reads(qtbot, IDLE_READS)
    assert counts.since_mark("panel") == 1
    assert counts.since_mark("highlights") == 1
    assert counts.since_mark("writes") == 0


def test_a_change_to_another_essay_leaves_the_open_one_alone(qtbot: QtBot, scene: Scene) -> None:
    window, counts = scene.window, scene.counts
    elsewhere = window.reading.library.collections[0].essays[1]
    counts.mark()
    theirs = new_annotation(elsewhere.id, elsewhere.text, 0, 4, color="blue", author="Bob", by=BOB,
                            shared=True)
    write_member_file(scene.folder, BOB, [scene.bobs.to_json(), theirs.to_json()])
    qtbot.waitUntil(lambda: window.notes_ui.notes.annotation(theirs.id) is not None, timeout=3000)
    assert (counts.since_mark("panel"), counts.since_mark("highlights")) == (0, 0)
    window.notes_ui.annotations_panel.all_notes.setChecked(True)  # all notes in the library
    # other essays' rows are made a slice of time at a time: on a busy machine after this turn
    qtbot.waitUntil(lambda: theirs.id in window.notes_ui.annotations_panel.visible_ids(), timeout=3000)


def test_a_members_new_colour_redraws_their_highlights(qtbot: QtBot, scene: Scene) -> None:
    window = scene.window
    write_member_file(scene.folder, replace(BOB, color="#e03131"), [scene.bobs.to_json()])

    def drawn_color() -> str:
        drawn = next(s for s in window.reader.extraSelections() if s.cursor.selectedText() == "大勢所趨")
        return str(drawn.format.underlineColor().name())

    qtbot.waitUntil(lambda: drawn_color() == "#e03131", timeout=3000)
