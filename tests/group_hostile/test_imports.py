"""Imports never speak for others: a JSON-LD file holding another member's note does not put it
in one's own published notes, unless the reader asks to take it as their own."""

from __future__ import annotations

import json
import subprocess
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core import jsonld_import
from app.core.jsonld import JsonLdError, export_jsonld
from app.core.jsonld_import import read_jsonld_file
from app.core.messages import UserError
from app.core.notes import own_and_others
from app.ui.shell.main_window import MainWindow
from tests.core.test_group_processes import ROOT, command
from tests.group_hostile.hostile import ALICE, ME, note
from tests.ui.conftest import dialogs_of
from tests.ui.test_group import GroupAnswers


def test_others_notes_are_skipped_or_taken_as_ones_own_when_asked() -> None:
    mine, hers = note(ME, text="我"), note(ALICE, 5, text="她")
    reply = replace(note(ALICE, 5), reply_to=hers.id)
    kept, skipped = own_and_others([mine, hers, reply], ME, as_mine=False)
    assert kept == [mine] and skipped == 2
    taken, skipped = own_and_others([mine, hers, reply], ME, as_mine=True)
    assert skipped == 0 and taken[0] == mine and {n.author_id for n in taken} == {ME.id}
    copy, answer = taken[1], taken[2]
    assert copy.id != hers.id and answer.reply_to == copy.id and not copy.shared
    again, _ = own_and_others([hers, reply], ME, as_mine=True)
    assert [n.id for n in again] == [copy.id, answer.id]  # importing twice adds nothing


class Choosing(GroupAnswers):
    def __init__(self, path: Path, answer: int) -> None:
        super().__init__()
        self.opened, self.answer, self.asked = path, answer, 0

    def choose(self, _title: str, _label: str, items: list[str]) -> int | None:
        self.asked += 1
        return self.answer


def test_the_window_asks_and_skips_or_takes_others_notes(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "mail.jsonld"
    path.write_text(json.dumps(export_jsonld([note(ALICE, text="她")])), encoding="utf-8")
    for answer, expected in ((0, 0), (1, 1)):
        window.group_ui.group_dialogs = Choosing(path, answer)  # type: ignore[assignment]
        window.commands["import_jsonld"].trigger()
        window.group_ui.group.tasks.wait("import-jsonld")  # read off the window's thread
        notes = window.notes_ui.notes
        assert window.group_ui.group_dialogs.asked == 1  # type: ignore[attr-defined]
        assert len(notes.own_annotations()) == expected
    assert all(n.author_id == notes.identity.id for n in notes.own_annotations().values())


DEEP = "[" * 200_000 + "]" * 200_000  # JSON nested 200,000 deep


def test_a_file_nested_too_deep_or_too_big_is_refused_with_a_reason(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / "deep.jsonld"
    deep.write_text(DEEP, encoding="utf-8")
    with pytest.raises(JsonLdError, match="nested too deeply"):
        read_jsonld_file(deep)
    monkeypatch.setattr(jsonld_import, "MAX_JSONLD_BYTES", 1000)
    big = tmp_path / "big.jsonld"
    big.write_text(json.dumps(export_jsonld([note(ME, text="長" * 2000)])), encoding="utf-8")
    with pytest.raises(UserError, match="larger than"):
        read_jsonld_file(big)


def test_the_command_line_says_why_a_deep_file_is_not_imported(tmp_path: Path) -> None:
    deep = tmp_path / "deep.jsonld"
    deep.write_text(DEEP, encoding="utf-8")
    result = subprocess.run(command(tmp_path / "me", "notes", "import", str(deep)), cwd=ROOT,
                            capture_output=True, timeout=120, check=False)
    assert result.returncode != 0 and b"Traceback" not in result.stderr
    assert b"nested too deeply" in result.stderr


def test_the_window_reads_an_import_off_its_thread_and_warns_of_a_deep_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / "deep.jsonld"
    deep.write_text(DEEP, encoding="utf-8")
    window_thread = threading.get_ident()
    threads: list[int] = []
    real = jsonld_import.read_jsonld_file

    def watched(path: Path) -> object:
        threads.append(threading.get_ident())
        return real(path)
    monkeypatch.setattr(jsonld_import, "read_jsonld_file", watched)
    window.group_ui.group_dialogs = Choosing(deep, 0)  # type: ignore[assignment]
    window.commands["import_jsonld"].trigger()
    window.group_ui.group.tasks.wait("import-jsonld")
    assert threads and threads[0] != window_thread
    (warned,) = [s for s in dialogs_of(window).shown if s[0] == "warn"]
    assert "nested too deeply" in warned[2]
