"""A large store: the window shows the essay first and reads the notes behind it; nothing is
saved before they are in, a note made meanwhile joins them, damage is told as ever, and a quit
waits for them."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.handout import HandoutOptions
from app.core.library import Library
from app.core.notes import new_annotation
from app.store import Store
from app.store import store as store_module
from app.ui.print.dialog import HandoutChoice
from tests.ui.conftest import WindowFactory, dialogs_of

NOTES = 2_500  # about 1.6 MB: above the size read in two steps
DELETED = 27  # this one is a deletion (a tombstone): kept in the store, never shown


def write_large_store(folder: Path, library: Library, count: int = NOTES) -> None:
    """A store as this version saves it (notes last), its notes spread over the seed essays."""
    essays = library.essays()
    notes = []
    for number in range(count):
        essay = essays[number % len(essays)]
        start = number % max(1, len(essay.text) - 20)
        note = new_annotation(essay.id, essay.text, start, start + 4, color="yellow", author="王老師",
                              note="讨论要点" * 20)
        notes.append((note.tombstone() if number == DELETED else note).to_json())
    store = Store(folder)
    store.data = {**store.data, "schema": 3, "prefs": {"last_essay": essays[0].id}, "annotations": notes}
    store.save()
    assert (folder / "store.json").stat().st_size > store_module.TWO_STEPS_FROM_BYTES


def saved_notes(folder: Path) -> list[str]:
    return [note["id"] for note in json.loads((folder / "store.json").read_text("utf-8"))["annotations"]]


def test_text_first_then_the_notes_with_the_one_made_meanwhile(
        open_window: WindowFactory, data_dir: Path, library: Library, gate: threading.Event,
        qtbot: QtBot) -> None:
    write_large_store(data_dir, library)
    before = (data_dir / "store.json").read_bytes()
    window = open_window()
    assert window.reader.toPlainText().strip()  # the essay is on screen
    assert window.workspace.notes_load.pending
    assert window.statusBar().currentMessage() == "Loading notes…"
    essay = window.reading.current
    assert essay is not None
    made = new_annotation(essay.id, essay.text, 2, 6, color="green", author="me", note="while loading")
    window.notes_ui.notes.add_annotation(made, "add")
    assert window.notes_ui.notes.annotation(made.id) is not None  # shown at once
    qtbot.wait(1200)  # past every save delay: a save now would lose the 2,500 notes
    assert (data_dir / "store.json").read_bytes() == before
    gate.set()
    qtbot.waitUntil(lambda: not window.workspace.notes_load.pending, timeout=20_000)
    assert len(window.notes_ui.notes.own_annotations()) == NOTES + 1
    shown = window.notes_ui.notes.annotations(essay.id)
    assert len(shown) > 1 and made.id in {note.id for note in shown}  # the loaded ones are drawn too
    deleted = json.loads(before)["annotations"][DELETED]
    assert deleted["deleted"] and window.notes_ui.notes.annotation(deleted["id"]) is None
    assert deleted["id"] not in {note.id for note in window.notes_ui.notes.annotations()}
    qtbot.waitUntil(lambda: made.id in saved_notes(data_dir), timeout=5_000)  # saved without a quit
    ids = saved_notes(data_dir)
    assert len(ids) == NOTES + 1 and made.id in ids
    assert window.statusBar().currentMessage() != "Loading notes…"


def test_a_quit_before_the_notes_are_in_waits_for_them(
        open_window: WindowFactory, data_dir: Path, library: Library, gate: threading.Event) -> None:
    write_large_store(data_dir, library)
    window = open_window()
    essay = window.reading.current
    assert essay is not None and window.workspace.notes_load.pending
    made = new_annotation(essay.id, essay.text, 2, 6, color="green", author="me")
    window.notes_ui.notes.add_annotation(made, "add")
    threading.Timer(0.3, gate.set).start()  # still reading when the quit comes
    assert window.prepare_to_quit(interactive=False)
    ids = saved_notes(data_dir)
    assert len(ids) == NOTES + 1 and made.id in ids


def test_damage_in_the_notes_is_told_after_the_first_frame(
        open_window: WindowFactory, data_dir: Path, library: Library, qtbot: QtBot) -> None:
    write_large_store(data_dir, library, NOTES - 100)
    Store(data_dir).load()  # the backup: the last file that loaded
    write_large_store(data_dir, library)
    raw = (data_dir / "store.json").read_bytes()
    late = raw.index(b"{", len(raw) - 100_000)  # past the head's first megabyte
    (data_dir / "store.json").write_bytes(raw[:late] + b"garbage" + raw[late:])
    window = open_window()
    assert window.reader.toPlainText().strip()
    qtbot.waitUntil(lambda: not window.workspace.notes_load.pending, timeout=20_000)
    told = [text for kind, _title, text in dialogs_of(window).shown if kind == "warn"]
    assert any("store.json could not be read" in text and "It was kept as store.json.corrupt-" in text
               and "restored from the backup" in text for text in told), told
    assert len(window.notes_ui.notes.own_annotations()) == NOTES - 100  # the backup's
    assert len(list(data_dir.glob("store.json.corrupt-*"))) == 1


@pytest.mark.parametrize("command", ["export_notes", "export_jsonld"])
def test_an_export_while_the_notes_load_waits_for_them(
        open_window: WindowFactory, data_dir: Path, library: Library, gate: threading.Event,
        tmp_path: Path, *, command: str) -> None:
    """Exported before the notes are in, the file would hold none of them, and say nothing."""
    write_large_store(data_dir, library)
    window = open_window()
    assert window.workspace.notes_load.pending
    out = tmp_path / "notes.json"
    dialogs_of(window).answers["save_path"].append(out)
    threading.Timer(0.3, gate.set).start()  # still reading when the export is asked
    window.commands[command].trigger()
    exported = json.loads(out.read_text("utf-8"))
    held = exported["annotations"] if command == "export_notes" else exported["first"]["items"]
    assert len(held) == NOTES - 1  # every live note (the deleted one is not exported)


def test_a_handout_made_while_the_notes_load_prints_them(
        open_window: WindowFactory, data_dir: Path, library: Library, gate: threading.Event) -> None:
    """Printed before the notes are in, the handout would show the passages bare."""
    write_large_store(data_dir, library)
    window = open_window()
    assert window.workspace.notes_load.pending
    essay = library.essays()[0]
    threading.Timer(0.3, gate.set).start()  # still reading when the handout is asked
    handout = window.print_ui._handout(HandoutChoice((essay.id,), HandoutOptions()))  # noqa: SLF001
    assert len(handout.essays[0].notes) > 0
