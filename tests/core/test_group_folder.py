"""The group folder: every member file and conflict copy merged, sync tools' temp files ignored."""

from __future__ import annotations

import gc
import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.file_names import is_temporary
from app.core.group import UNSIGNED_TAKEN, GroupReader, member_document
from app.core.group_folder import GroupError, is_conflict_copy, member_file_path, read_group_info
from app.core.library import Library
from app.core.merge import is_note_record
from app.core.messages import Message
from app.core.notes import Annotation, Author, new_annotation, new_reply
from app.store.groupfiles import create_group_folder, join_group, write_member_file


def unsigned_aside(notices: list[Message]) -> list[Message]:
    """The notices but those saying a file is unsigned (these tests write files without keys)."""
    return [n for n in notices if n.text != UNSIGNED_TAKEN]

TEXT = "真正具有工匠精神的組織，會把每一件小事做到極致。"
ALICE = Author("Alice", "alice-id", "#1971c2", "alice-laptop")
BOB = Author("Bob", "bob-id", "#2f9e44", "bob-phone")


def note(by: Author, start: int = 0, *, shared: bool = True, text: str = "") -> Annotation:
    return new_annotation("c#1", TEXT, start, start + 4, color="yellow", author=by.name, note=text,
                          by=by, shared=shared)


def now() -> datetime:
    return datetime.now(UTC)


@pytest.mark.parametrize("name", [
    "bob-phone.sync-conflict-20260501-101010-ABCDEFG.json",
    "bob-phone (Alice's conflicted copy 2026-05-01).json",
    "bob-phone (conflicted copy 2026-05-01 101010).json",
    "bob-phone_conflict-20260501-101010.json",
    "bob-phone (1).json"])
def test_conflict_copies_are_recognised(name: str) -> None:
    assert is_conflict_copy(name) and not is_temporary(name)


@pytest.mark.parametrize("name", [
    ".syncthing.bob-phone.json.tmp", "~syncthing~bob-phone.json.tmp", "bob-phone.json.partial",
    "~$bob-phone.json", ".~tmp~bob-phone.json", ".bob-phone.json.k2j3.tmp", ".dropbox.cache",
    "bob-phone.json.part"])
def test_sync_tools_temporary_files_are_recognised(name: str) -> None:
    assert is_temporary(name)


def test_create_join_and_read_group_info(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "group"
    info = create_group_folder(folder, "讀書會")
    assert read_group_info(folder) == info and info.name == "讀書會"
    with pytest.raises(GroupError, match="already a group folder"):
        create_group_folder(folder, "again")
    with pytest.raises(GroupError, match="not a group folder"):
        read_group_info(tmp_path)
    joined, membership = join_group(folder, ALICE)
    assert joined == info and membership["id"] == info.id and Path(membership["folder"]) == folder.resolve()
    assert (folder / "members" / ALICE.id).is_dir()


def test_own_file_holds_shared_notes_and_tombstones_only(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    shared, private = note(ALICE, text="公開"), note(ALICE, 5, shared=False, text="私")
    path = write_member_file(folder, ALICE, [shared.to_json(), private.to_json()])
    ids = [r["id"] for r in json.loads(path.read_text(encoding="utf-8"))["notes"]]
    assert ids == [shared.id]
    unshared = shared.edited(shared=False)
    records = json.loads(write_member_file(folder, ALICE, [unshared.to_json()]).read_text())["notes"]
    assert records[0]["id"] == shared.id and records[0]["deleted"] and "note" not in records[0]


def test_a_note_without_tags_is_written_without_them_and_read_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    plain, tagged = note(ALICE, text="無標籤"), replace(note(ALICE, 5), tags=("工匠", "精神"))
    path = write_member_file(folder, ALICE, [plain.to_json(), tagged.to_json()])
    written = json.loads(path.read_text(encoding="utf-8"))["notes"]
    assert "tags" not in written[0] and written[1]["tags"] == ["工匠", "精神"]
    merged = GroupReader(folder).read(now()).merged
    read = {n.id: n for n in map(Annotation.from_json, merged.values())}
    assert read[plain.id].tags == () and read[tagged.id].tags == ("工匠", "精神")
    assert read[plain.id].note == "無標籤" and all(map(is_note_record, merged.values()))


def test_every_file_and_conflict_copy_merges_and_temp_files_are_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    first, second = note(BOB, text="一"), note(BOB, 6, text="二")
    write_member_file(folder, BOB, [first.to_json(), second.to_json()])
    own = member_file_path(folder, BOB.id, BOB.device)
    stale = own.with_name(f"{BOB.device}.sync-conflict-20260501-101010-ABCDEFG.json")
    old_only = note(BOB, 9, text="只在副本裡")
    stale.write_text(json.dumps(member_document(BOB, "2026-05-01T00:00:00+00:00",
                                                [old_only.to_json(), first.tombstone().to_json()])))
    (own.parent / f".syncthing.{BOB.device}.json.tmp").write_text('{"format": "x", "notes": [')
    (own.parent / f"{BOB.device}.json.partial").write_text("garbage")
    snapshot = GroupReader(folder).read(now())
    assert set(snapshot.merged) == {first.id, second.id, old_only.id}
    assert snapshot.merged[first.id]["deleted"]  # the copy's deletion wins over the older edit
    assert unsigned_aside(snapshot.notices) == [] and snapshot.files == 2
    bob = snapshot.members[BOB.id]
    assert (bob.name, bob.color, bob.notes) == ("Bob", "#2f9e44", 2)


def test_a_half_written_file_is_skipped_quietly_and_its_last_whole_version_kept(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    kept = note(BOB, text="在")
    path = write_member_file(folder, BOB, [kept.to_json()])
    reader = GroupReader(folder)
    assert set(reader.read(now()).merged) == {kept.id}
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    snapshot = reader.read(now())
    assert set(snapshot.merged) == {kept.id}
    told = unsigned_aside(snapshot.notices)
    assert len(told) == 1 and "skipped until it is whole" in str(told[0])
    assert path.read_bytes() == whole[: len(whole) // 2]  # nobody rewrote it
    assert GroupReader(folder).read(now()).merged == {}  # a fresh reader has nothing to fall back on


def test_the_own_file_is_left_to_the_store_and_replies_count_apart(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    bobs = note(BOB)
    write_member_file(folder, BOB, [bobs.to_json()])
    own = write_member_file(folder, ALICE, [new_reply(bobs, "好", ALICE).to_json()])
    snapshot = GroupReader(folder, own_file=own).read(now())
    assert set(snapshot.merged) == {bobs.id}
    both = GroupReader(folder).read(now())
    assert (both.members[ALICE.id].replies, both.members[ALICE.id].notes) == (1, 0)


def test_the_groups_essays_have_the_same_ids_for_every_member(tmp_path: Path) -> None:
    from app.core.essay_folder import load_library
    from app.core.group_essays import GROUP_ESSAYS, group_prefix
    from app.paths import seeds_dir

    def load_group_essays(folder: Path, group_id: str) -> Library:
        return load_library(folder / "essays", group_prefix(group_id), GROUP_ESSAYS)

    folder = tmp_path / "group"
    info = create_group_folder(folder, "g")
    seed = sorted(seeds_dir().glob("*.txt"))[0]
    (folder / "essays" / "第一週.txt").write_bytes(seed.read_bytes())
    (folder / "essays" / ".syncthing.第二週.txt.tmp").write_bytes(b"half")
    first, again = load_group_essays(folder, info.id), load_group_essays(folder, info.id)
    [collection] = first.collections
    prefix = f"g-{info.id.replace('-', '')[:8]}-第一週"
    assert collection.id == prefix and collection.essays[0].id == f"{prefix}#1"
    assert [e.id for e in again.essays()] == [e.id for e in first.essays()] and first.problems == []


def test_a_broken_newer_copy_never_hides_the_whole_note(tmp_path: Path) -> None:
    """A conflict copy (or a foreign writer) holds a newer version of Bob's note without its anchor:
    the reader shows Bob's whole version instead of losing the note."""
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    whole = note(BOB, text="完整")
    write_member_file(folder, BOB, [whole.to_json()])
    broken = {**whole.edited(note="較新").to_json(), "anchor": "?"}
    copy = member_file_path(folder, BOB.id, BOB.device).with_name(f"{BOB.device} (1).json")
    copy.write_text(json.dumps(member_document(BOB, "2026-05-01T00:00:00+00:00", [broken])))
    snapshot = GroupReader(folder).read(now())
    assert snapshot.merged[whole.id]["note"] == "完整"
    assert list(snapshot.by_essay["c#1"]) == [whole.id]


def test_a_note_broken_beyond_merging_is_left_out_and_the_rest_load(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    kept, reply = note(BOB, text="留"), new_reply(note(ALICE), "回", BOB)
    path = write_member_file(folder, BOB, [kept.to_json(), reply.to_json()])
    document = json.loads(path.read_text(encoding="utf-8"))
    document["notes"] += [{"id": 7, "modified": "x"}, "not a note", {"id": "z", "modified": "2026"}]
    path.write_text(json.dumps(document), encoding="utf-8")
    snapshot = GroupReader(folder).read(now())
    assert set(snapshot.merged) == {kept.id, reply.id}
    skipped = f"members/{BOB.id}/{BOB.device}.json: 3 entries that are not notes were skipped."
    assert [str(n) for n in unsigned_aside(snapshot.notices)] == [skipped]
    bob = snapshot.members[BOB.id]
    assert (bob.notes, bob.replies) == (1, 1) and bob.last_activity
    assert snapshot.merged[kept.id]["author"] == "Bob" and snapshot.merged[kept.id]["device"] == BOB.device


def test_a_file_with_an_escaped_lone_surrogate_still_loads(tmp_path: Path) -> None:
    """The fast parser refuses such text; the standard one reads it, so the member's notes count."""
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    path = write_member_file(folder, BOB, [note(BOB, text="前").to_json()])
    raw = path.read_text(encoding="utf-8").replace('"前"', '"前\\ud800"')
    path.write_text(raw, encoding="utf-8")
    snapshot = GroupReader(folder).read(now())
    assert [r["note"] for r in snapshot.merged.values()] == ["前\ud800"]
    assert unsigned_aside(snapshot.notices) == []


def test_files_that_are_no_notes_files_never_stop_the_group(tmp_path: Path) -> None:
    """A pipe named like a notes file (it would never end), a file nested thousands deep, a note
    whose reply is not an id: each is skipped or left out, the rest of the group loads."""
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    kept = note(BOB, text="留")
    path = write_member_file(folder, BOB, [kept.to_json()])
    gc.enable()  # as in a process that left collection on: the read must give it back
    fifo = hasattr(os, "mkfifo")  # not on Windows
    if fifo:
        os.mkfifo(path.with_name("pipe.json"))
    path.with_name("deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    odd = {**note(BOB, 5).to_json(), "reply_to": {"id": "x"}}
    odd_file = member_document(BOB, "2026-05-01T00:00:00+00:00", [odd])
    path.with_name("odd.json").write_text(json.dumps(odd_file))
    snapshot = GroupReader(folder).read(now())
    assert kept.id in snapshot.merged
    told = " ".join(str(n) for n in snapshot.notices)
    assert "deep.json is skipped until it is whole" in told
    assert "pipe.json is not a regular file" in told or not fifo
    assert odd["id"] not in snapshot.merged  # set aside alone, and told
    assert "odd.json: 1 notes with a field of the wrong type were set aside" in told
    shown = [i for i, r in snapshot.merged.items() if r.get("deleted") is None and is_note_record(r)]
    assert shown == [kept.id]
    assert gc.isenabled()
    gc.disable()  # the suite's own setting (tests/conftest.py)
