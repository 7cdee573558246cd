"""Every command opens the window's workspace: the group's essays and notes are listed, searched
and printed exactly as the window shows them (real processes, a real group folder)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_group_processes import app

GROUP_ESSAY = "小組文章\n\n匠人的手藝在於日復一日的打磨。\n"


def test_list_search_and_notes_see_the_groups_essays_and_notes(tmp_path: Path) -> None:
    folder, alice, bob = tmp_path / "shared", tmp_path / "alice", tmp_path / "bob"
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(bob, "group", "join", str(folder), "--member", "Bob")
    (folder / "essays" / "第一週.txt").write_text(GROUP_ESSAY, encoding="utf-8")
    # an editor's lock and an Office owner file are never essays, in any listing
    (folder / "essays" / ".~lock.第一週.txt").write_text("lock", encoding="utf-8")
    (folder / "essays" / "~$第二週.txt").write_text("owner", encoding="utf-8")

    collections = json.loads(app(alice, "list", "--json"))
    group = [c for c in collections if c["title"] == "小組文章"]
    assert len(group) == 1 and len(collections) == 3  # the two samples and the group's essay
    essay_id = group[0]["essays"][0]["id"]
    assert essay_id.startswith("g-")

    note_id = app(bob, "annotate", essay_id, "--quote", "日复一日", "--note", "打磨")  # any script form
    hits = json.loads(app(alice, "search", "日复一日", "--json"))
    assert essay_id in [h["id"] for h in hits]
    seen = json.loads(app(alice, "notes", "--format", "json"))["notes"]
    assert [(n["id"], n["author"], n["note"]) for n in seen] == [(note_id, "Bob", "打磨")]
    markdown = app(alice, "notes")
    assert "小組文章" in markdown and "打磨" in markdown  # as the window's Export Notes writes it
