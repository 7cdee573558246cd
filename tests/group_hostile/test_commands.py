"""`group status` and `notes` on a folder with hostile files: no traceback, every file set aside
told, the rest of the group shown (real processes, a real group folder)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from app.core.group import member_document
from app.core.notes import Author
from tests.core.test_group_processes import ESSAY, ROOT, app, command
from tests.group_hostile.hostile import forged

FAR = "9999-12-31T23:59:59.999"
EVE = Author("Eve", "eve-id", "#000000", "eve-pc")


def test_status_and_notes_list_the_group_and_tell_what_was_set_aside(tmp_path: Path) -> None:
    folder, alice, bob = tmp_path / "shared", tmp_path / "alice", tmp_path / "bob"
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(bob, "group", "join", str(folder), "--member", "Bob")
    kept = app(bob, "annotate", ESSAY, "--quote", "工匠精神", "--note", "好")
    bob_file = next(p for p in (folder / "members").glob("*/*.json") if kept in p.read_text(encoding="utf-8"))
    record = json.loads(bob_file.read_text(encoding="utf-8"))["notes"][0]
    bad = [{**record, "id": "n-list", "author_id": ["x"]},
           {**record, "id": "n-far", "modified": FAR, "deleted": FAR},
           {**record, "id": kept, "deleted": "2026-01-01T00:00:00+00:00", "author_id": bob_file.parent.name}]
    forged(folder, EVE.id, EVE, bad)
    (folder / "members" / EVE.id / "posing.json").write_text(json.dumps(member_document(
        Author("Bob", bob_file.parent.name, "#111111", "x"), "2026-01-01T00:00:00+00:00", [])))
    result = subprocess.run(command(alice, "group", "status"), cwd=ROOT, capture_output=True, timeout=120,
                            check=False)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    status = json.loads(result.stdout)
    told = " ".join(status["notices"])
    assert "wrong type" in told and "a day ahead" in told and "another author" in told
    assert "posing.json is set aside" in told
    assert {m["name"]: m["notes"] for m in status["members"]} == {"Alice": 0, "Bob": 1, "Eve": 0}
    seen = json.loads(app(alice, "notes", "--format", "json"))["notes"]
    assert [(n["id"], n["note"], n["mine"]) for n in seen] == [(kept, "好", False)]


def test_joining_on_the_command_line_pins_every_member_already_in_the_folder(tmp_path: Path) -> None:
    folder, alice, bob = tmp_path / "shared", tmp_path / "alice", tmp_path / "bob"
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(alice, "annotate", ESSAY, "--quote", "工匠精神", "--note", "好")
    alice_id = next(p.name for p in (folder / "members").iterdir())
    app(bob, "group", "join", str(folder), "--member", "Bob")
    keys = json.loads((bob / "store.json").read_text(encoding="utf-8"))["keys"]
    alice_file = next((folder / "members" / alice_id).glob("*.json"))
    alice_key = json.loads(alice_file.read_text(encoding="utf-8"))["key"]
    assert keys[alice_id] == [alice_key]  # pinned at join, before any later read could see another
