"""Damaged and hostile store files, odd paths and full disks: nothing the user wrote is lost."""

from __future__ import annotations

import errno
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.store import Store, encode_document
from app.store import atomic as atomic_module
from app.store import store as store_module


def note(note_id: str, **changes: Any) -> dict[str, Any]:
    anchor = {"start": 0, "end": 2, "text_hash": "h", "exact": "工匠", "prefix": "", "suffix": ""}
    return {"id": note_id, "essay_id": "c#1", "anchor": anchor, "color": "yellow", "note": "n",
            "tags": ["t"], "author": "me", "created": "2024", "modified": "2024", **changes}


def write_store(folder: Path, **sections: Any) -> None:
    (folder / "store.json").write_text(json.dumps({"schema": 2, **sections}), "utf-8")


def saved(folder: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((folder / "store.json").read_text("utf-8"))
    return document


@pytest.mark.parametrize("damage", [
    {"tags": [1, 2]}, {"author": 42}, {"note": None}, {"anchor": {"start": "0"}}, {"created": True},
])
def test_a_damaged_note_is_set_aside_and_the_others_load(data_dir: Path, damage: dict[str, Any]) -> None:
    write_store(data_dir, annotations=[note("a"), note("bad", **damage), note("c")])
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert [n["id"] for n in store.notes("annotations")] == ["a", "c"]
    assert any("set aside" in m and "bad" in m for m in messages)
    store.save()
    kept = saved(data_dir)["set_aside"]
    assert kept[0]["entry"] == note("bad", **damage)  # unchanged, nothing lost
    assert not list(data_dir.glob("store.json.corrupt-*"))  # the file itself was fine


def test_two_notes_with_one_id_are_both_kept(data_dir: Path) -> None:
    write_store(data_dir, annotations=[note("same", note="first"), note("same", note="second")],
                bookmarks=[])
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    notes = store.notes("annotations")
    assert sorted(n["note"] for n in notes) == ["first", "second"]
    assert len({n["id"] for n in notes}) == 2
    assert any("new id" in m for m in messages)


def test_a_fresh_id_never_takes_the_id_of_a_later_note(data_dir: Path) -> None:
    # "same-2" is a note of its own (replies and the group know it by that id): it keeps it.
    write_store(data_dir, annotations=[note("same", note="first"), note("same", note="second"),
                                       note("same-2", note="third")])
    store = Store(data_dir)
    store.load()
    ids = {n["note"]: n["id"] for n in store.notes("annotations")}
    assert ids["first"] == "same" and ids["third"] == "same-2"
    assert len(set(ids.values())) == 3


def test_an_unreadable_backup_is_set_aside_never_overwritten(data_dir: Path) -> None:
    (data_dir / "store.json").write_text("{broken")
    (data_dir / "store.json.bak").write_text("[also broken")
    store = Store(data_dir)
    store.load()
    store.save()
    Store(data_dir).load()  # the next start would write a fresh backup
    contents = {p.read_text() for p in data_dir.glob("store.json*.corrupt-*")}
    assert contents == {"{broken", "[also broken"}


def test_two_files_set_aside_in_the_same_second_keep_both(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> FrozenClock:
            return cls(2026, 1, 1, 12, 0, 0)

    monkeypatch.setattr(store_module, "datetime", FrozenClock)
    for content in ("first damage", "second damage"):
        (data_dir / "store.json").write_text(content)
        Store(data_dir).load()
    contents = sorted(p.read_text() for p in data_dir.glob("store.json.corrupt-*"))
    assert contents == ["first damage", "second damage"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_symlinked_store_stays_a_link_and_its_target_is_written(tmp_path: Path) -> None:
    folder, elsewhere = tmp_path / "data", tmp_path / "synced"
    folder.mkdir()
    elsewhere.mkdir()
    (elsewhere / "store.json").write_text(json.dumps({"schema": 2, "prefs": {"form": "taiwan"}}))
    (folder / "store.json").symlink_to(elsewhere / "store.json")
    store = Store(folder)
    store.load()
    store.prefs["form"] = "hongkong"
    store.save()
    assert (folder / "store.json").is_symlink()
    assert json.loads((elsewhere / "store.json").read_text())["prefs"]["form"] == "hongkong"
    assert not list(folder.glob(".store.json.*.tmp")) and not list(elsewhere.glob(".*.tmp"))


def test_temp_files_of_an_interrupted_save_are_removed_at_start(data_dir: Path) -> None:
    leftover, live = data_dir / ".store.json.abc123.tmp", data_dir / ".store.json.def456.tmp"
    leftover.write_text('{"half a')
    live.write_text('{"being written')  # by another process, right now
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    Store(data_dir).load()
    assert not leftover.exists() and live.exists()


def test_a_migration_on_a_full_disk_leaves_the_original(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = json.dumps({"schema": 1, "prefs": {"form": "taiwan"}, "reading": {}})
    (data_dir / "store.json").write_text(original)

    def full_disk(path: Path, data: bytes, **_options: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(store_module, "atomic_write_bytes", full_disk)
    store = Store(data_dir)
    messages = [str(m) for m in store.load()]
    assert store.read_only
    assert any("No space left" in m and "Nothing was changed" in m for m in messages)
    assert (data_dir / "store.json").read_text() == original
    assert not list(data_dir.glob("store.json.schema-*"))


def test_a_full_disk_during_a_save_keeps_the_old_file_and_no_temp(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(data_dir)
    store.load()
    store.prefs["form"] = "taiwan"
    store.save()

    real_fdopen = os.fdopen

    class FullFile:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "fdopen", lambda fd, mode: FullFile(real_fdopen(fd, mode)))
    store.prefs["form"] = "hongkong"
    with pytest.raises(OSError, match="No space"):
        store.save()
    assert saved(data_dir)["prefs"]["form"] == "taiwan"
    assert not list(data_dir.glob(".store.json.*.tmp"))


def test_a_lone_surrogate_is_saved_as_a_replacement_character(data_dir: Path) -> None:
    store = Store(data_dir)
    store.load()
    store.notes("annotations").append(note("a", note="broken \ud800 text"))
    assert store.save() == 1  # one character replaced
    assert saved(data_dir)["annotations"][0]["note"] == "broken \ufffd text"


def test_encoding_matches_json_for_ordinary_documents() -> None:
    document = {"schema": 2, "prefs": {"a": [1, 2.5, None, True]}, "annotations": [note("x")],
                "bookmarks": [], "text": "引號“”\n\t"}
    assert json.loads(encode_document(document).data) == document


def test_a_lone_surrogate_does_not_stop_a_group_file_from_being_written(tmp_path: Path) -> None:
    from app.store import atomic_write_json
    path = tmp_path / "member.json"
    atomic_write_json(path, {"note": "名\udc80字"})
    assert json.loads(path.read_text("utf-8")) == {"note": "名\ufffd字"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_written_file_has_ordinary_permissions_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    from app.store import atomic_write_bytes
    old_umask = os.umask(0o022)
    try:
        handout = tmp_path / "handout.pdf"  # for the group to read, in a shared folder
        atomic_write_bytes(handout, b"%PDF")
        private = tmp_path / "store.json"
        private.write_bytes(b"{}")
        private.chmod(0o600)
        atomic_write_bytes(private, b"{}\n")
    finally:
        os.umask(old_umask)
    assert handout.stat().st_mode & 0o777 == 0o644
    assert private.stat().st_mode & 0o777 == 0o600
    opened = tmp_path / "opened.json"  # the user let others read it: that stays so
    opened.write_bytes(b"{}")
    opened.chmod(0o644)
    atomic_write_bytes(opened, b"{}\n", private=True)
    assert opened.stat().st_mode & 0o777 == 0o644
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_store_file_is_the_owners_alone(data_dir: Path) -> None:
    store = Store(data_dir)
    store.load()
    store.save()
    assert (data_dir / "store.json").stat().st_mode & 0o777 == 0o600


def test_a_save_proves_ownership_right_before_the_file_is_replaced(data_dir: Path) -> None:
    store = Store(data_dir)
    store.load()
    store.save()
    before = store.path.read_bytes()
    proofs: list[bool] = []

    def lost_while_encoding() -> bool:
        proofs.append(False)  # asked once the temp file is whole, not before
        return False

    store.owner_proof = lost_while_encoding
    store.prefs["language"] = "en"
    with pytest.raises(store_module.StoreError):
        store.save()
    assert proofs == [False]
    assert store.path.read_bytes() == before
    assert not list(data_dir.glob(".store.json.*.tmp"))


def at_stack_depth(frames: int, work: Any) -> Any:
    """Call `work` from deep in the call stack (a window's close event, a command)."""
    return work() if frames == 0 else at_stack_depth(frames - 1, work)


@pytest.fixture(params=[1000, 3000], ids=["default-limit", "higher-limit"])
def recursion_limit(request: pytest.FixtureRequest) -> Iterator[int]:
    """Python's recursion limit differs between platforms, threads and call stacks: the
    store's own limit must not depend on it."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(request.param)
    yield request.param
    sys.setrecursionlimit(before)


@pytest.mark.parametrize("frames", [0, 800])
@pytest.mark.parametrize("where", ["prefs", "note"])
def test_a_field_nested_990_deep_is_damage_at_any_stack_depth(
    data_dir: Path, frames: int, where: str, recursion_limit: int
) -> None:
    deep = '["bottom"' + "]" * 990
    deep = "[" * 989 + deep  # json.dumps itself could not write it
    sections = ({"prefs": {"x": "DEEP"}} if where == "prefs" else {"annotations": [note("a", x="DEEP")]})
    text = json.dumps({"schema": 3, **sections}).replace('"DEEP"', deep)
    (data_dir / "store.json").write_text(text, "utf-8")
    (data_dir / "store.json.bak").write_text(json.dumps({"schema": 3, "prefs": {"font_size": 17}}), "utf-8")
    store = Store(data_dir)
    messages = at_stack_depth(frames, store.load)  # the window and `notes` read alike
    assert "nested too deeply" in str(messages[0].fields["reason"])
    assert store.prefs == {"font_size": 17}  # from the backup



def load_without_blocking(store: Store) -> list[Any]:
    """Store.load in a thread that must end quickly: a FIFO opened for reading never would."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(store.load()), daemon=True)
    thread.start()
    thread.join(20)
    assert result, "loading blocked on a FIFO"
    return list(result[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
@pytest.mark.parametrize("fifo", ["store.json", "store.json.bak"])
def test_a_fifo_as_store_or_backup_is_refused_at_once_with_a_message(data_dir: Path, fifo: str) -> None:
    if fifo == "store.json.bak":
        (data_dir / "store.json").write_text("{damaged")
    os.mkfifo(data_dir / fifo)
    store = Store(data_dir)
    messages = load_without_blocking(store)
    assert any("not a regular file" in str(m.fields.get("reason")) for m in messages), messages
    store.prefs["font_size"] = 20
    store.save()  # and the store goes on working
    assert saved(data_dir)["prefs"] == {"font_size": 20}
