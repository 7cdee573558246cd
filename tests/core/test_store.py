"""The store keeps its promises: atomic, backed up, never overwrites what it cannot read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.store import Store, atomic_write_json
from app.store import store as store_module


def saved_store(folder: Path, **prefs: object) -> Store:
    store = Store(folder)
    store.load()
    store.prefs.update(prefs)
    store.reading["c#1"] = {"offset": 42}
    store.save()
    return store


def test_round_trip(data_dir: Path) -> None:
    saved_store(data_dir, form="taiwan")
    again = Store(data_dir)
    assert again.load() == []
    assert again.prefs["form"] == "taiwan"
    assert again.reading["c#1"]["offset"] == 42


def test_unknown_fields_are_preserved(data_dir: Path) -> None:
    (data_dir / "store.json").write_text(json.dumps(
        {"schema": 1, "prefs": {"future_pref": [1, 2]}, "reading": {}, "groups": {"a": 1}}))
    store = Store(data_dir)
    store.load()
    store.prefs["form"] = "simplified"
    store.save()
    written = json.loads((data_dir / "store.json").read_text())
    assert written["groups"] == {"a": 1}
    assert written["prefs"]["future_pref"] == [1, 2]


def test_backup_is_the_last_file_that_loaded(data_dir: Path) -> None:
    saved_store(data_dir, form="hongkong")
    Store(data_dir).load()
    backup = json.loads((data_dir / "store.json.bak").read_text())
    assert backup["prefs"]["form"] == "hongkong"


def test_a_backup_differing_in_one_byte_past_the_first_megabyte_is_replaced(data_dir: Path) -> None:
    """The backup is compared a piece at a time: a change deep in a large file still counts,
    and a backup that already holds the file is left as it is."""
    saved_store(data_dir, form="hongkong", long="長" * 1_000_000)  # 3 MB: several pieces
    Store(data_dir).load()
    backup = data_dir / "store.json.bak"
    written = backup.read_bytes()
    at = written.index("長".encode()) + 3 * 500_000
    backup.write_bytes(written[:at] + "短".encode() + written[at + 3:])  # the same size
    Store(data_dir).load()
    assert backup.read_bytes() == (data_dir / "store.json").read_bytes()
    before = backup.stat().st_ino
    Store(data_dir).load()
    assert backup.stat().st_ino == before  # the same: not written again


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b'{"schema": 1, "prefs": {"form"', "not valid JSON"), (b"{}", "schema"),
     (b"[1, 2]", "object"), (b'{"schema": 1, "prefs": []}', "prefs"),
     (b'{"schema": 1, "reading": {"x": {"offset": "3"}}}', "reading place"),
     (b"\xff\xfe\x00garbage", "UTF-8"),
     (b'{"schema": 2, "bookmarks": {}}', "bookmarks"),
     (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
     (b'{"schema": 2, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply")],
)
def test_a_damaged_file_is_set_aside_and_the_backup_loaded(
    data_dir: Path, content: bytes, reason: str
) -> None:
    saved_store(data_dir, form="taiwan")
    Store(data_dir).load()  # makes the backup
    (data_dir / "store.json").write_bytes(content)
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert store.prefs["form"] == "taiwan"
    assert any(reason in m for m in messages)
    assert any("restored from the backup" in m for m in messages)
    aside = list(data_dir.glob("store.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    store.save()  # the next save writes a fresh main file, the damaged one stays aside
    assert aside[0].read_bytes() == content


def test_damaged_file_without_backup_starts_empty_but_keeps_the_file(data_dir: Path) -> None:
    (data_dir / "store.json").write_text("not json")
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert store.prefs == {} and messages
    assert list(data_dir.glob("store.json.corrupt-*"))[0].read_text() == "not json"


def test_newer_schema_opens_read_only(data_dir: Path) -> None:
    (data_dir / "store.json").write_text(json.dumps({"schema": 99, "prefs": {"form": "taiwan"}}))
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert store.read_only and "newer version" in messages[0]
    assert store.prefs["form"] == "taiwan"
    with pytest.raises(store_module.StoreError):
        store.save()


def test_version_1_files_gain_empty_notes(data_dir: Path) -> None:
    (data_dir / "store.json").write_text(json.dumps({"schema": 1, "prefs": {"form": "taiwan"}}))
    store = Store(data_dir)
    store.load()
    assert store.data["schema"] == 3
    assert store.notes("annotations") == [] and store.notes("bookmarks") == []
    assert store.prefs["form"] == "taiwan"
    assert (data_dir / "store.json.schema-1").exists()


def test_migrations_run_in_order_and_keep_a_copy(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []

    def one_to_two(data: dict[str, object]) -> dict[str, object]:
        steps.append(1)
        return {**data, "schema": 2, "notes": []}

    def two_to_three(data: dict[str, object]) -> dict[str, object]:
        steps.append(2)
        return {**data, "schema": 3}

    monkeypatch.setattr(store_module, "SCHEMA", 3)
    monkeypatch.setattr(store_module, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    (data_dir / "store.json").write_text(json.dumps({"schema": 1, "prefs": {}, "reading": {}}))
    store = Store(data_dir)
    store.load()
    assert steps == [1, 2] and store.data["schema"] == 3 and store.data["notes"] == []
    assert json.loads((data_dir / "store.json.schema-1").read_text())["schema"] == 1


def test_an_interrupted_write_leaves_the_previous_file_intact(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_store(data_dir, form="taiwan")
    before = (data_dir / "store.json").read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    store = Store(data_dir)
    store.load()
    store.prefs["form"] = "simplified"
    with pytest.raises(OSError):
        store.save()
    assert (data_dir / "store.json").read_bytes() == before
    assert [p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_atomic_write_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "file.json"
    atomic_write_json(target, {"字": 1})
    assert json.loads(target.read_text(encoding="utf-8")) == {"字": 1}
