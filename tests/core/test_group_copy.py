"""The offline copy of a group's member files: whole versions only, gone files go."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.group import GroupReader
from app.core.notes import Author, new_annotation
from app.store.group_copy import GroupCopy
from app.store.groupfiles import create_group_folder, write_member_file

TEXT = "真正具有工匠精神的組織，會把每一件小事做到極致。"
BOB = Author("Bob", "bob-id", "#2f9e44", "bob-phone")
CAROL = Author("Carol", "carol-id", "#e8590c", "carol-pc")


def notes_of(by: Author, text: str) -> list[dict[str, object]]:
    return [new_annotation("c#1", TEXT, 0, 4, color="yellow", author=by.name, note=text, by=by,
                           shared=True).to_json()]


def test_the_copy_keeps_whole_versions_and_drops_files_that_left(tmp_path: Path) -> None:
    folder, data = tmp_path / "group", tmp_path / "data"
    create_group_folder(folder, "g")
    bob = write_member_file(folder, BOB, notes_of(BOB, "第一版"))
    carol = write_member_file(folder, CAROL, notes_of(CAROL, "卡羅"))
    reader, copy = GroupReader(folder), GroupCopy(data, "group-1")
    copy.keep(folder, reader.read(datetime.now(UTC)).sources)
    offline = GroupReader(copy.root)
    assert sorted(r["note"] for r in offline.read(datetime.now(UTC)).merged.values()) == ["卡羅", "第一版"]

    whole = bob.read_bytes()
    bob.write_bytes(whole[: len(whole) // 2])  # a new version still arriving
    carol.unlink()  # Carol left the group
    snapshot = reader.read(datetime.now(UTC))
    assert snapshot.sources[bob] is None and snapshot.reachable
    copy.keep(folder, snapshot.sources)
    assert [r["note"] for r in offline.read(datetime.now(UTC)).merged.values()] == ["第一版"]
    assert (copy.root / "members" / BOB.id / f"{BOB.device}.json").read_bytes() == whole


def test_an_unreachable_folder_is_told_apart_from_an_empty_group(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    assert GroupReader(folder).read(datetime.now(UTC)).reachable
    assert not GroupReader(tmp_path / "unmounted").read(datetime.now(UTC)).reachable


def test_a_member_folder_that_could_not_be_listed_keeps_its_copies(tmp_path: Path) -> None:
    folder, data = tmp_path / "group", tmp_path / "data"
    create_group_folder(folder, "g")
    write_member_file(folder, BOB, notes_of(BOB, "鮑勃"))
    copy = GroupCopy(data, "group-1")
    copy.keep(folder, GroupReader(folder).read(datetime.now(UTC)).sources)
    kept = copy.root / "members" / BOB.id / f"{BOB.device}.json"
    assert kept.exists()
    copy.keep(folder, {}, complete=False)  # Bob's folder did not answer this time
    assert kept.exists()
    copy.keep(folder, {}, complete=True)  # every folder answered and Bob's file is gone
    assert not kept.exists()


def test_leaving_while_the_copy_is_written_leaves_no_copy(tmp_path: Path) -> None:
    folder, data = tmp_path / "group", tmp_path / "data"
    create_group_folder(folder, "g")
    write_member_file(folder, BOB, notes_of(BOB, "鮑勃"))
    copy = GroupCopy(data, "group-1")
    sources = GroupReader(folder).read(datetime.now(UTC)).sources
    copy.remove()  # the member leaves while the group's worker is about to copy
    copy.keep(folder, sources)
    assert not copy.root.exists()
