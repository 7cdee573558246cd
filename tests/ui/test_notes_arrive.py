"""A large store's notes arriving after the first frame: the open essay's thousands of
highlights and panel rows are made over the following turns, never in the hand-over's one turn
(it held the window 130-260 ms at 100,000 notes), and all of them show once made."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.core.notes import new_annotation
from app.store import Store
from app.store import store as store_module
from app.ui.notes.highlighting import Highlighting
from app.ui.notes.rows import NoteRows
from app.ui.shell.application import build_window
from tests.ui.conftest import WindowFactory

NOTES = 2_500  # all on the opened essay: about 1.6 MB, read in two steps


def write_one_essay_store(folder: Path, library: Library) -> str:
    """A store whose notes all sit on the first essay, which it opens; that essay's id."""
    essay = library.essays()[0]
    room = max(1, len(essay.text) - 10)
    notes = [new_annotation(essay.id, essay.text, n % room, n % room + 4, color="yellow",
                            author="王老師", note="讨论要点" * 20).to_json() for n in range(NOTES)]
    store = Store(folder)
    store.data = {**store.data, "schema": 3, "prefs": {"last_essay": essay.id}, "annotations": notes}
    store.save()
    assert (folder / "store.json").stat().st_size > store_module.TWO_STEPS_FROM_BYTES
    return essay.id


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many highlights and panel rows the window has made so far."""
    counts = {"highlights": 0, "rows": 0}
    highlight, row = Highlighting.highlight, NoteRows._annotation_row

    def counted_highlight(self: Highlighting, *args: Any) -> Any:
        counts["highlights"] += 1
        return highlight(self, *args)

    def counted_row(self: NoteRows, *args: Any) -> Any:
        counts["rows"] += 1
        return row(self, *args)

    monkeypatch.setattr(Highlighting, "highlight", counted_highlight)
    monkeypatch.setattr(NoteRows, "_annotation_row", counted_row)
    return counts


def test_the_hand_over_makes_no_essay_worth_of_highlights_or_rows_in_one_turn(
        open_window: WindowFactory, data_dir: Path, library: Library, *, gate: threading.Event,
        made: dict[str, int], qtbot: QtBot) -> None:
    essay_id = write_one_essay_store(data_dir, library)
    window = open_window()
    assert window.reading.current is not None and window.reading.current.id == essay_id
    in_the_hand_over: dict[str, int] = {}
    # connected after the window's own listeners: runs at the end of the hand-over's turn
    window.workspace.notes_load.finished.connect(lambda _messages: in_the_hand_over.update(made))
    gate.set()
    qtbot.waitUntil(lambda: bool(in_the_hand_over), timeout=20_000)
    assert in_the_hand_over["highlights"] < NOTES // 4, in_the_hand_over  # was all 2,500
    assert in_the_hand_over["rows"] < NOTES // 4, in_the_hand_over
    controller = window.notes_ui
    qtbot.waitUntil(lambda: not controller.notes_arriving, timeout=20_000)
    assert len(controller.annotations_panel.visible_ids()) == NOTES  # every note listed
    first = window.notes_ui.notes.annotations(essay_id)[0]
    drawn = controller.reader.highlight_at(first.anchor.start)
    assert drawn is not None and drawn.start == first.anchor.start  # every note drawn


def test_a_note_added_while_the_highlights_are_made_is_drawn_with_them(
        open_window: WindowFactory, data_dir: Path, library: Library, gate: threading.Event,
        qtbot: QtBot) -> None:
    essay_id = write_one_essay_store(data_dir, library)
    window = open_window()
    essay = window.reading.current
    assert essay is not None and essay.id == essay_id
    controller = window.notes_ui
    added = new_annotation(essay.id, essay.text, 3, 4, color="green", author="me")
    window.workspace.notes_load.finished.connect(
        lambda _messages: controller.notes.add_annotation(added, "add"))  # the drawing just began
    gate.set()
    qtbot.waitUntil(lambda: controller.notes.annotation(added.id) is not None, timeout=20_000)
    assert controller.highlighting.drawing
    qtbot.waitUntil(lambda: not controller.notes_arriving, timeout=20_000)
    drawn = controller.reader.highlight_at(3)
    assert drawn is not None and drawn.id == added.id  # the innermost: one character
    assert added.id in controller.annotations_panel.visible_ids()
    assert len(controller.annotations_panel.visible_ids()) == NOTES + 1



def test_a_window_deleted_while_its_notes_are_listed_takes_the_next_step_with_it(
        data_dir: Path, library: Library, gate: threading.Event, qtbot: QtBot) -> None:
    """The panel's rows come a turn after the highlights; a window gone by then (a test's, or one
    closed at quit) must not be asked for its panel's widgets."""
    write_one_essay_store(data_dir, library)
    window = build_window(argparse.Namespace(data_dir=str(data_dir), smoke=False, open=None))
    assert window is not None and window.instance_guard is not None  # (not qtbot's: deleted here)
    window.show()
    qtbot.waitUntil(lambda: window.notes_ui.panels_ready)
    controller = window.notes_ui
    gate.set()
    qtbot.waitUntil(lambda: controller.highlighting.drawing, timeout=20_000)
    controller._fill_after_drawing = True  # noqa: SLF001  (as the drawing in steps leaves it)
    controller._drawn_in_steps()  # noqa: SLF001  (the rows' turn is now asked for)
    window.close()
    window.instance_guard.release()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # before the rows' turn
    qtbot.wait(50)  # pytest-qt fails the test on any exception raised in these turns
