"""The study group's modules load with a group: a reader in no group starts without them (they
cost some 14 ms before the first frame), and a member starts with the group's notes as before.
Both are real starts in a fresh process, where nothing the tests import is loaded already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.notes import Author, new_annotation
from app.services.workspace import Access, Folders, Workspace
from app.store.groupfiles import create_group_folder, write_member_file

ROOT = Path(__file__).resolve().parents[2]
BOB = Author("Bob", "bob-author-id", "#2f9e44", "bob-phone")
# Reading, merging, checking, signing and writing a group folder, and the study records.
GROUP_STACK = frozenset({
    "app.core.group", "app.core.group_folder", "app.core.group_identity", "app.core.group_replay",
    "app.core.member_file", "app.core.signing", "app.core.trust", "app.core.study", "app.core.shared_text",
    "app.core.thread_facts", "app.services.group_read", "app.services.group_write",
    "app.services.study_share", "app.services.study_changes", "app.store.groupfiles",
    "app.store.group_copy", "app.store.device_key", "app.store.shared_texts", "nacl"})

# A window built as `python -m app` builds it, read-only (no lock); once the group's notes by
# Bob are in (or 30 s passed) it prints them and the modules loaded, and quits.
MEMBER_START = """\
import argparse, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.shell.application import build_window

window = build_window(argparse.Namespace(data_dir=sys.argv[1], smoke=True, open=None))
app = QApplication.instance()

def look():
    bobs = [n.note for n in window.workspace.notes.annotations() if n.author_id == sys.argv[2]]
    if bobs:
        print(json.dumps({"notes": bobs, "modules": sorted(sys.modules)}))
        app.quit()

timer = QTimer()
timer.timeout.connect(look)
timer.start(20)
QTimer.singleShot(30_000, app.quit)
window.show()
app.exec()
"""


def run_python(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=True)
    return done.stdout


def test_a_reader_in_no_group_starts_without_the_group_s_modules(data_dir: Path) -> None:
    script = ("import json, sys\n"
              "from app.__main__ import main\n"
              f"main(['--smoke', '--data-dir', {str(data_dir)!r}])\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    loaded = set(json.loads(run_python("-c", script).splitlines()[-1]))
    assert "app.ui.shell.main_window" in loaded  # the window was built and its text painted
    assert loaded.isdisjoint(GROUP_STACK), sorted(loaded & GROUP_STACK)


def join_with_a_note_waiting(data_dir: Path, folder: Path) -> None:
    """A data folder whose reader joined a group; then Bob wrote a note on the first essay."""
    create_group_folder(folder, "讀書會")
    workspace = Workspace(Folders(data_dir, data_dir / "cache"), Access(read_group_later=True))
    workspace.group.join(folder, "Alice")
    workspace.group.wait()
    essay = workspace.library.essays()[0]
    assert workspace.close()
    note = new_annotation(essay.id, essay.text, 0, 4, color="pink", author="Bob", note="同感",
                          by=BOB, shared=True)
    write_member_file(folder, BOB, [note.to_json()])


def test_a_member_starts_with_the_group_s_notes(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    join_with_a_note_waiting(data_dir, tmp_path / "shared")
    found = json.loads(run_python("-c", MEMBER_START, str(data_dir), BOB.id).splitlines()[-1])
    assert found["notes"] == ["同感"]
    assert {"app.core.group", "app.services.group_read"} <= set(found["modules"])
