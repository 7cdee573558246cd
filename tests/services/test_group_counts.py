"""The Group panel counts what the group can see: a member's private notes are theirs alone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.notes import new_annotation

from .test_group_publish import TEXT, add_shared_note, joined


def test_private_notes_are_not_counted_as_the_groups(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    group = joined(data_dir, tmp_path / "shared")
    add_shared_note(group)
    private = new_annotation("c#1", TEXT, 5, 8, color="blue", author="Alice", by=group.me)
    group.notes.add_annotation(private, "highlight")
    me = group.members()[0]
    assert (me.notes, me.replies) == (1, 0)
    group.stop()
