"""Posing and reply hijack (#19 A): a member folder anyone can make, claiming another member's
name, colour and note id, neither takes their note's id nor the replies made to it (real files)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.group import GroupReader, GroupSnapshot, Member
from app.core.notes import Annotation, Author, new_reply, own_and_others
from app.core.signing import new_device_key
from app.store.groupfiles import write_member_file
from tests.group_hostile.hostile import ALICE, ME, group_folder, note, now

BOB = Author("Bob", "bob-id", "#5da8f2", "bob-pc")
FAKE = replace(ALICE, id="0", device="d")  # 甲's name and colour, in a folder that sorts first
ALICE_KEY, BOB_KEY, FAKE_KEY = new_device_key(), new_device_key(), new_device_key()


def _group(tmp_path: Path, fake_signed: bool, old_reply: bool) -> tuple[Path, Annotation]:
    folder = group_folder(tmp_path)
    real = note(ALICE, text="甲的原文")
    write_member_file(folder, ALICE, [real.to_json()], key=ALICE_KEY)
    reply = new_reply(real, "乙的回覆", BOB)
    if old_reply:  # written by a version of the app before replies named their note's author
        reply = replace(reply, extra={})
    write_member_file(folder, BOB, [reply.to_json()], key=BOB_KEY)
    fake = replace(note(FAKE, text="假冒的"), id=real.id)
    write_member_file(folder, FAKE, [fake.to_json()], key=FAKE_KEY if fake_signed else None)
    return folder, real


def _answered(snapshot: GroupSnapshot) -> str:
    reply = next(r for r in snapshot.merged.values() if r.get("reply_to"))
    return str(snapshot.merged[reply["reply_to"]]["note"])


def test_an_unsigned_newcomer_never_takes_the_plain_id_nor_an_older_reply(tmp_path: Path) -> None:
    folder, real = _group(tmp_path, fake_signed=False, old_reply=True)
    snapshot = GroupReader(folder, me=ME.id).read(now())  # a third member's first read: no pins yet
    assert snapshot.merged[real.id]["note"] == "甲的原文"
    assert snapshot.merged[f"{real.id}@0"]["note"] == "假冒的"
    assert _answered(snapshot) == "甲的原文"


def test_a_newcomer_never_takes_the_id_from_a_member_known_before(tmp_path: Path) -> None:
    folder, real = _group(tmp_path, fake_signed=True, old_reply=True)
    snapshot = GroupReader(folder, me=ME.id).read(now(), pins={ALICE.id: [], BOB.id: []})
    assert snapshot.merged[real.id]["note"] == "甲的原文"
    assert _answered(snapshot) == "甲的原文"


def test_a_reply_names_its_note_by_author_whoever_keeps_the_plain_id(tmp_path: Path) -> None:
    folder, real = _group(tmp_path, fake_signed=True, old_reply=False)
    first_sight = GroupReader(folder, me=ME.id).read(now())  # both signed, both new: "0" sorts first
    assert _answered(first_sight) == "甲的原文"
    assert first_sight.merged[f"{real.id}@{ALICE.id}"]["note"] == "甲的原文"


def test_a_reply_to_a_renamed_note_names_the_note_its_author_gave(tmp_path: Path) -> None:
    folder, real = _group(tmp_path, fake_signed=True, old_reply=False)
    shown = GroupReader(folder, me=ME.id).read(now())
    renamed = Annotation.from_json({**shown.merged[f"{real.id}@{ALICE.id}"], "shared": True})
    mine = new_reply(renamed, "我的回覆", ME)
    assert mine.to_json()["reply_author"] == ALICE.id and mine.to_json()["reply_note"] == real.id


def test_a_look_alike_is_told_and_shown_in_another_colour(tmp_path: Path) -> None:
    folder, _real = _group(tmp_path, fake_signed=False, old_reply=True)
    snapshot = GroupReader(folder, me=ME.id).read(now(), pins={ALICE.id: [], BOB.id: []})
    told = " ".join(str(n) for n in snapshot.notices)
    assert "Two members call themselves Alice (members/alice-id and members/0)" in told
    assert "members/0) chose the colour another member already has" in told
    assert snapshot.members["0"].color.lower() != snapshot.members[ALICE.id].color.lower()
    assert snapshot.members["0"].name == "Alice (0)" and snapshot.members[ALICE.id].name == "Alice"
    assert snapshot.members[ALICE.id].color == ALICE.color
    assert "taken as Alice (members/0)'s" in told  # never simply "taken as Alice's"


def test_no_one_is_shown_in_the_readers_own_colour_or_passes_for_them(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    posing = replace(ME, id="me-too", device="x")  # the reader's own name and colour
    write_member_file(folder, posing, [note(posing, text="冒名").to_json()], key=FAKE_KEY)
    mine = Member(ME.id, ME.name, ME.color)
    snapshot = GroupReader(folder, me=ME.id).read(now(), mine=mine)
    assert snapshot.members["me-too"].color.lower() != ME.color.lower()
    assert "Two members call themselves Me (members/me-id and members/me-too)" in " ".join(
        str(n) for n in snapshot.notices)


def test_a_reply_taken_as_ones_own_answers_the_copy_not_the_original() -> None:
    hers = note(ALICE, text="她的")
    answer = new_reply(hers, "她的回覆", ALICE)
    taken, _skipped = own_and_others([hers, answer], ME, as_mine=True)
    copy, reply = taken
    assert reply.reply_to == copy.id and "reply_author" not in reply.to_json()
