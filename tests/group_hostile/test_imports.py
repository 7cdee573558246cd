"""Imports never speak for others: a JSON-LD file holding another member's note does not put it
in one's own published notes, unless the reader asks to take it as their own."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.jsonld import export_jsonld
from app.core.notes import own_and_others
from app.ui.shell.main_window import MainWindow
from tests.group_hostile.hostile import ALICE, ME, note
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
        notes = window.notes_ui.notes
        assert window.group_ui.group_dialogs.asked == 1  # type: ignore[attr-defined]
        assert len(notes.own_annotations()) == expected
    assert all(n.author_id == notes.identity.id for n in notes.own_annotations().values())
