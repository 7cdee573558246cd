"""An old copy of a member's file put back over the current one, or the file deleted (#19 B, C):
the deleted note never comes back, the notes never vanish, each is told, and the owner writes its
file again (real files in a real group folder; the owner a real GroupService)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.group import GroupReader, GroupSnapshot
from app.core.group_folder import member_file_path
from app.core.member_file import parse_member_file
from app.core.signing import new_device_key
from app.store.group_copy import GroupCopy
from app.store.groupfiles import write_member_file
from tests.core.test_group_processes import ESSAY, app, seen
from tests.group_hostile.hostile import ALICE, ME, group_folder, note, now
from tests.group_hostile.test_signatures import joined, settle

ALICE_KEY = new_device_key()


def live(snapshot: GroupSnapshot) -> list[str]:
    return sorted(r["note"] for r in snapshot.merged.values() if r.get("deleted") is None)


def told(snapshot: GroupSnapshot) -> str:
    return " ".join(str(n) for n in snapshot.notices)


def _alice_deletes_one(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """Alice's file with two notes, then with one deleted; the earlier bytes returned."""
    folder = group_folder(tmp_path)
    kept, doomed = note(ALICE, 0, "留下"), note(ALICE, 4, "刪掉")
    path = write_member_file(folder, ALICE, [kept.to_json(), doomed.to_json()], key=ALICE_KEY)
    before = path.read_bytes()
    write_member_file(folder, ALICE, [kept.to_json(), doomed.tombstone().to_json()], key=ALICE_KEY)
    return folder, path, before


def test_every_write_has_a_higher_signed_number(tmp_path: Path) -> None:
    folder, path, before = _alice_deletes_one(tmp_path)
    assert parse_member_file(path.read_bytes(), ALICE.id).seq > parse_member_file(before, ALICE.id).seq > 0


def test_an_old_copy_put_back_is_not_believed_and_the_deleted_note_stays_deleted(tmp_path: Path) -> None:
    folder, path, before = _alice_deletes_one(tmp_path)
    reader = GroupReader(folder, me=ME.id)
    first = reader.read(now())
    copy = GroupCopy(tmp_path / "data", "g")
    copy.keep(folder, first.sources)
    assert live(first) == ["留下"]
    path.write_bytes(before)  # validly signed by Alice, only older
    replayed = reader.read(now(), seqs=first.seqs)
    assert live(replayed) == ["留下"]
    assert "is older than a version of it already read" in told(replayed)
    copy.keep(folder, replayed.sources)
    restarted = GroupReader(folder, me=ME.id, last_seen=copy.root).read(now(), seqs=replayed.seqs)
    assert live(restarted) == ["留下"]  # after a restart too: the offline copy kept the believed one


def test_without_the_pinned_number_the_old_copy_would_be_believed(tmp_path: Path) -> None:
    folder, path, before = _alice_deletes_one(tmp_path)
    path.write_bytes(before)
    assert live(GroupReader(folder, me=ME.id).read(now())) == ["刪掉", "留下"]  # what the pin prevents


def test_a_deleted_member_file_keeps_its_notes_shown_and_says_so(tmp_path: Path) -> None:
    folder, path, _before = _alice_deletes_one(tmp_path)
    reader = GroupReader(folder, me=ME.id)
    first = reader.read(now())
    copy = GroupCopy(tmp_path / "data", "g")
    copy.keep(folder, first.sources)
    path.unlink()
    after = reader.read(now(), seqs=first.seqs)
    assert live(after) == ["留下"]
    assert f"members/{ALICE.id}/{path.name} is gone from the group folder" in told(after)
    copy.keep(folder, after.sources)
    restarted = GroupReader(folder, me=ME.id, last_seen=copy.root).read(now(), seqs=after.seqs)
    assert live(restarted) == ["留下"]


def test_an_old_conflict_copy_beside_the_current_file_is_dropped_quietly(tmp_path: Path) -> None:
    folder, path, before = _alice_deletes_one(tmp_path)
    reader = GroupReader(folder, me=ME.id)
    first = reader.read(now())
    path.with_name(f"{path.stem}.sync-conflict-20260501-120000-ABCDEFG.json").write_bytes(before)
    after = reader.read(now(), seqs=first.seqs)
    assert live(after) == ["留下"] and "older than" not in told(after)


def test_the_owner_writes_its_file_again_when_an_old_copy_is_put_back_or_it_is_deleted(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    group = joined(tmp_path / "me", folder, "Me")
    own = member_file_path(folder, group.me.id, group.me.device)
    group.notes.add_annotation(note(group.me, 0, "第一"), "add")
    group.publish()
    settle(group)
    old = own.read_bytes()
    group.notes.add_annotation(note(group.me, 4, "第二"), "add")
    group.publish()
    settle(group)
    newest = parse_member_file(own.read_bytes(), group.me.id).seq
    own.write_bytes(old)  # someone put the earlier copy back
    group.refresh()
    qtbot.waitUntil(lambda: (settle(group), own.read_bytes() != old)[1], timeout=10_000)
    settle(group)
    rewritten = parse_member_file(own.read_bytes(), group.me.id)
    assert rewritten.seq > newest and len(rewritten.notes) == 2
    own.unlink()
    group.refresh()
    qtbot.waitUntil(lambda: (settle(group), own.exists())[1], timeout=10_000)
    settle(group)
    assert len(parse_member_file(own.read_bytes(), group.me.id).notes) == 2
    writes = own.stat().st_mtime_ns
    for _ in range(3):  # and then, idle, it is not written again
        group.refresh()
        settle(group)
    assert own.stat().st_mtime_ns == writes
    group.stop()
    shutil.rmtree(tmp_path / "me", ignore_errors=True)


def test_on_the_command_line_an_old_copy_put_back_brings_no_deleted_note_back(tmp_path: Path) -> None:
    """Real processes: Alice notes twice and deletes one; Bob replies (a command that reads the
    group and keeps what it believed); an earlier copy of Alice's file is put back: Bob never sees
    the deleted note again."""
    folder, alice, bob = tmp_path / "shared", tmp_path / "alice", tmp_path / "bob"
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(bob, "group", "join", str(folder), "--member", "Bob")
    kept = app(alice, "annotate", ESSAY, "--quote", "工匠精神", "--note", "留下")
    doomed = app(alice, "annotate", ESSAY, "--quote", "时代的进步", "--note", "刪掉")
    alice_file = next(p for p in (folder / "members").glob("*/*.json")
                      if doomed in p.read_text(encoding="utf-8"))
    before = alice_file.read_bytes()
    app(alice, "notes", "delete", doomed)
    reply = app(bob, "annotate", ESSAY, "--reply-to", kept, "--note", "回覆")
    alice_file.write_bytes(before)
    assert set(seen(bob)) == {kept}  # the reply is in its thread; the deleted note stays deleted
    assert seen(bob)[kept]["replies"][0]["id"] == reply


def test_a_write_numbers_past_the_last_one_even_with_the_clock_behind_and_the_file_gone(
        tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    far_ahead = 10**15  # a number written while the clock ran far ahead (the store remembers it)
    path = write_member_file(folder, ALICE, [], key=ALICE_KEY, after_seq=far_ahead)
    assert parse_member_file(path.read_bytes(), ALICE.id).seq == far_ahead + 1
