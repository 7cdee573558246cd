"""Notes schema 3: authors with ids, tombstones, sharing and replies, migrated from schema 2."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app.core.notes import Annotation, Author, new_annotation, new_reply, parse_instant
from app.store import Store
from app.store.store import SCHEMA, migrate_2_to_3

TEXT = "真正具有工匠精神的組織，會把每一件小事做到極致。"
ME = Author("王老師", "author-1", "#1971c2", "device-1")


def schema_2_note() -> dict[str, object]:
    note = new_annotation("c#1", TEXT, 2, 6, color="green", author="王老師", note="好").to_json()
    for key in ("author_id", "device", "deleted", "shared", "reply_to"):
        del note[key]
    return note


def test_schema_2_stores_migrate_and_keep_a_copy(data_dir: Path) -> None:
    original = {"schema": 2, "prefs": {"form": "taiwan"}, "reading": {},
                "profile": {"display_name": "王老師"}, "annotations": [schema_2_note()], "bookmarks": []}
    (data_dir / "store.json").write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    store = Store(data_dir)
    assert store.load() == []
    assert store.data["schema"] == SCHEMA == 3
    profile = store.profile
    assert profile["display_name"] == "王老師" and len(profile["author_id"]) == 36
    assert profile["color"].startswith("#") and profile["device_id"] != profile["author_id"]
    note = Annotation.from_json(store.notes("annotations")[0])
    assert (note.author_id, note.device) == (profile["author_id"], profile["device_id"])
    assert note.deleted is None and note.shared is False and note.reply_to is None
    assert note.note == "好" and note.anchor.exact == TEXT[2:6]
    kept = json.loads((data_dir / "store.json.schema-2").read_text(encoding="utf-8"))
    assert kept == original


def test_migration_keeps_ids_made_before() -> None:
    data = {"schema": 2, "profile": {"author_id": "a", "device_id": "d", "color": "#000000"},
            "annotations": [], "bookmarks": []}
    assert migrate_2_to_3(data)["profile"] == data["profile"]


def test_a_damaged_schema_3_field_is_reported(data_dir: Path) -> None:
    note = {**schema_2_note(), "shared": "yes"}
    (data_dir / "store.json").write_text(json.dumps({"schema": 3, "annotations": [note]}))
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert any('its "shared" is not a bool' in m and "set aside" in m for m in messages)
    assert store.notes("annotations") == [] and store.data["set_aside"][0]["entry"] == note


def test_notes_round_trip_with_author_tombstone_and_reply() -> None:
    note = new_annotation("c#1", TEXT, 0, 4, color="blue", author=ME.name, by=ME, shared=True)
    reply = new_reply(note, "同意", ME)
    assert (reply.reply_to, reply.essay_id, reply.anchor, reply.shared) == (note.id, "c#1", note.anchor, True)
    gone = note.tombstone()
    assert gone.deleted == gone.modified and parse_instant(gone.modified) > parse_instant(note.modified)
    for value in (note, reply, gone):
        assert Annotation.from_json(json.loads(json.dumps(value.to_json()))) == value


def test_an_edit_sorts_after_a_version_from_a_clock_that_runs_ahead() -> None:
    note = new_annotation("c#1", TEXT, 0, 4, color="blue", author=ME.name, by=ME)
    ahead = replace(note, note="x", modified="2099-01-01T00:00:00.000+00:00")
    assert ahead.modified.startswith("2099")
    assert parse_instant(ahead.edited(note="y").modified) > parse_instant(ahead.modified)


def test_older_callers_still_build_annotations_positionally() -> None:
    note = new_annotation("c#1", TEXT, 0, 4, color="blue", author="小李")
    rebuilt = Annotation(note.id, note.essay_id, note.anchor, note.color, note.note, note.tags,
                         note.author, note.created, note.modified)
    assert rebuilt == note and rebuilt.shared is False and rebuilt.deleted is None
