"""A member's notes are theirs alone: no file in anyone else's folder hides, edits, revives or
signs as their notes (real files in a real group folder)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.group import GroupReader
from app.core.notes import later_stamp
from tests.group_hostile.hostile import ALICE, MALLORY, ME, forged, group_folder, note, now, publish


def told(snapshot: object) -> str:
    return " ".join(str(n) for n in snapshot.notices)  # type: ignore[attr-defined]


def test_a_tombstone_for_alices_note_in_mallorys_folder_hides_nothing(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    kept = note(ALICE, text="我的")
    publish(folder, ALICE, [kept])
    gone = kept.tombstone().to_json()
    forged(folder, MALLORY.id, MALLORY, [gone])  # signed as Alice inside, in Mallory's folder
    snapshot = GroupReader(folder).read(now())
    assert snapshot.merged[kept.id]["note"] == "我的" and snapshot.merged[kept.id].get("deleted") is None
    assert "1 notes by another author than the folder's were set aside" in told(snapshot)


def test_a_newer_copy_under_mallorys_own_name_is_her_own_note_not_an_edit(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    kept = note(ALICE, text="我的")
    publish(folder, ALICE, [kept])
    rewrite = replace(kept.edited(note="改寫"), author_id=MALLORY.id, author=MALLORY.name)
    publish(folder, MALLORY, [rewrite, replace(rewrite, id="x").tombstone()])
    merged = GroupReader(folder).read(now()).merged
    assert merged[kept.id]["note"] == "我的" and merged[kept.id]["author_id"] == ALICE.id
    copy = merged[f"{kept.id}@{MALLORY.id}"]
    assert (copy["note"], copy["author_id"]) == ("改寫", MALLORY.id)


def test_no_one_takes_the_id_of_a_note_this_device_holds(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    private = note(ME, text="私人")  # never published: only this store knows it
    publish(folder, MALLORY, [replace(private, author_id=MALLORY.id, modified=later_stamp(private.modified))
                              .tombstone()])
    merged = GroupReader(folder, me=ME.id).read(now(), frozenset({private.id})).merged
    assert private.id not in merged and f"{private.id}@{MALLORY.id}" in merged


def test_my_other_devices_still_edit_and_delete_my_notes(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    first = note(ME, text="一")
    laptop = replace(ME, device="me-laptop")
    publish(folder, laptop, [replace(first.edited(note="二"), device=laptop.device)])
    own = folder / "members" / ME.id / f"{ME.device}.json"
    merged = GroupReader(folder, own_file=own).read(now(), frozenset({first.id})).merged
    assert merged[first.id]["note"] == "二"


def test_a_header_naming_another_member_sets_the_file_aside(tmp_path: Path) -> None:
    """Mallory cannot rename or recolour Alice, nor vanish from the panel by posing as her."""
    folder = group_folder(tmp_path)
    publish(folder, ALICE, [note(ALICE)])
    publish(folder, MALLORY, [note(MALLORY)])
    impostor = replace(ALICE, name="Alice (real)", color="#000000", device="alice-2")
    forged(folder, MALLORY.id, impostor, [note(impostor).to_json()], device="alice-2")
    snapshot = GroupReader(folder).read(now())
    members = snapshot.members
    assert (members[ALICE.id].name, members[ALICE.id].color) == ("Alice", ALICE.color)
    assert members[MALLORY.id].name == "Mallory" and members[ALICE.id].notes == 1
    assert "alice-2.json is set aside: it says it is by alice-id" in told(snapshot)


def test_an_empty_author_id_counts_for_the_folders_author_never_for_me(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    blank = {**note(MALLORY).to_json(), "author_id": ""}
    forged(folder, MALLORY.id, replace(MALLORY, id=""), [blank])
    snapshot = GroupReader(folder, me=ME.id).read(now())
    assert snapshot.merged[blank["id"]]["author_id"] == MALLORY.id


def test_a_conflict_copy_of_my_own_file_merges_into_my_view(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    mine = note(ME, text="電腦二")
    path = publish(folder, ME, [mine])
    path.rename(path.with_name(f"{ME.device}.sync-conflict-20260501-101010-ABCDEFG.json"))
    publish(folder, ME, [])
    own = folder / "members" / ME.id / f"{ME.device}.json"
    merged = GroupReader(folder, own_file=own).read(now()).merged
    assert merged[mine.id]["note"] == "電腦二"
