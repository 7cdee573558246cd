"""Signed member files (real files in a real group folder): a changed file, a stranger's key, a
replayed file and an unsigned downgrade are never merged; a new device vouched for by a known one
is, an unvouched one waits for the reader's word; the last good copy stays shown."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.group import GroupReader, GroupSnapshot
from app.core.group_folder import member_file_path
from app.core.notes import Author
from app.core.signing import DeviceKey, new_device_key
from app.services.group import GroupService
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.services.workspace import deliver_results
from app.store import Store
from app.store.device_key import KEY_FILE, load_device_key
from app.store.groupfiles import write_member_file
from tests.core.test_group_processes import ROOT, app, command
from tests.group_hostile.hostile import ALICE, MALLORY, group_folder, note, now, publish

ALICE_KEY = new_device_key()
MALLORY_KEY = new_device_key()


def signed(folder: Path, key: DeviceKey, text: str = "我的", by: Author = ALICE) -> Path:
    return write_member_file(folder, by, [note(by, text=text).to_json()], key=key)


def texts(snapshot: GroupSnapshot) -> list[str]:
    return sorted(r["note"] for r in snapshot.merged.values())


def told(snapshot: GroupSnapshot) -> str:
    return " ".join(str(n) for n in snapshot.notices)


def edit_file(path: Path, change: object) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def test_a_signed_file_verifies_even_reformatted_and_pins_its_key(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    path = signed(folder, ALICE_KEY)
    edit_file(path, lambda document: None)  # the same JSON value, written another way
    snapshot = GroupReader(folder).read(now())
    assert texts(snapshot) == ["我的"] and snapshot.notices == []
    assert snapshot.pinned == {ALICE.id: {ALICE_KEY.public}}


def test_a_changed_note_is_not_merged_and_the_last_good_copy_stays(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    path = signed(folder, ALICE_KEY)
    reader = GroupReader(folder)
    pins = {ALICE.id: [ALICE_KEY.public]}
    assert texts(reader.read(now(), pins=pins)) == ["我的"]
    edit_file(path, lambda document: document["notes"][0].update(note="改寫"))
    snapshot = reader.read(now(), pins=pins)
    assert texts(snapshot) == ["我的"]
    assert f"members/{ALICE.id}/{ALICE.device}.json is not merged: its signature" in told(snapshot)
    assert snapshot.sources[path] is None  # the offline copy keeps the good version too


def test_large_files_of_several_members_are_judged_each_alone(tmp_path: Path) -> None:
    """Files of hundreds of kilobytes, read one after another: a changed one is refused, a vouched
    device is taken, the others are merged."""
    folder = group_folder(tmp_path)
    long = "長" * 30_000
    signed(folder, ALICE_KEY, long)
    laptop = replace(ALICE, device="alice-new")
    new_key = new_device_key(ALICE_KEY, ALICE.id)
    vouched = write_member_file(folder, laptop, [note(laptop, 8, text=long + "新").to_json()], key=new_key)
    changed = signed(folder, MALLORY_KEY, long + "原", by=MALLORY)
    edit_file(changed, lambda document: document["notes"][0].update(note=long + "改"))
    assert min(vouched.stat().st_size, changed.stat().st_size) > 2**16
    pins = {ALICE.id: [ALICE_KEY.public], MALLORY.id: [MALLORY_KEY.public]}
    snapshot = GroupReader(folder).read(now(), pins=pins)
    assert texts(snapshot) == [long, long + "新"] and snapshot.pinned == {ALICE.id: {new_key.public}}
    assert f"members/{MALLORY.id}/{MALLORY.device}.json is not merged: its signature" in told(snapshot)


def test_after_a_restart_the_last_good_copy_comes_from_the_kept_copy(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    path = signed(folder, ALICE_KEY)
    kept = tmp_path / "copy"
    (kept / path.relative_to(folder)).parent.mkdir(parents=True)
    shutil.copy(path, kept / path.relative_to(folder))
    edit_file(path, lambda document: document["notes"][0].update(note="改寫"))
    snapshot = GroupReader(folder, last_seen=kept).read(now(), pins={ALICE.id: [ALICE_KEY.public]})
    assert texts(snapshot) == ["我的"] and "signature does not match" in told(snapshot)


def test_someone_writing_as_alice_with_another_key_waits_for_the_readers_word(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    signed(folder, ALICE_KEY)
    posing = replace(ALICE, device="new-pc")
    write_member_file(folder, posing, [note(posing, 8, text="冒充").to_json()], key=MALLORY_KEY)
    pins = {ALICE.id: [ALICE_KEY.public]}
    snapshot = GroupReader(folder).read(now(), pins=pins)
    assert texts(snapshot) == ["我的"] and snapshot.unknown_keys == {ALICE.id: {MALLORY_KEY.public}}
    assert "Someone is writing as Alice: members/alice-id/new-pc.json" in told(snapshot)
    accepted = {ALICE.id: [ALICE_KEY.public, MALLORY_KEY.public]}  # the reader said it is hers
    assert texts(GroupReader(folder).read(now(), pins=accepted)) == ["冒充", "我的"]


def test_a_file_replayed_into_another_members_folder_is_refused(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    original = signed(folder, ALICE_KEY)
    signed(folder, MALLORY_KEY, "她的", by=MALLORY)
    as_is = member_file_path(folder, MALLORY.id, "replayed")
    shutil.copy(original, as_is)  # Alice's own header: another member's folder
    renamed = member_file_path(folder, MALLORY.id, "renamed")
    shutil.copy(original, renamed)
    edit_file(renamed, lambda document: document.update(author_id=MALLORY.id))
    pins = {ALICE.id: [ALICE_KEY.public], MALLORY.id: [MALLORY_KEY.public]}
    snapshot = GroupReader(folder).read(now(), pins=pins)
    assert texts(snapshot) == ["她的", "我的"]
    assert "replayed.json is set aside" in told(snapshot)
    assert "renamed.json is not merged: its signature" in told(snapshot)


def test_an_unsigned_file_is_taken_at_first_contact_and_refused_once_the_member_signs(
        tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    publish(folder, ALICE, [note(ALICE, text="舊版")])  # an older version of the app: no signature
    first = GroupReader(folder).read(now())
    assert texts(first) == ["舊版"] and "is not signed (an older version" in told(first)
    assert first.pinned == {}
    downgrade = GroupReader(folder).read(now(), pins={ALICE.id: [ALICE_KEY.public]})
    assert texts(downgrade) == [] and "is not signed, but alice-id signs their files" in told(downgrade)


def test_an_unsigned_file_beside_a_signed_one_is_refused_at_first_contact_too(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    signed(folder, ALICE_KEY)
    stripped = replace(ALICE, device="stripped")
    publish(folder, stripped, [note(stripped, 8, text="無簽名")])
    assert texts(GroupReader(folder).read(now())) == ["我的"]


def test_a_new_device_vouched_for_by_a_known_one_is_accepted_without_asking(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    signed(folder, ALICE_KEY)
    laptop = replace(ALICE, device="alice-new")
    new_key = new_device_key(ALICE_KEY, ALICE.id)
    write_member_file(folder, laptop, [note(laptop, 8, text="新電腦").to_json()], key=new_key)
    snapshot = GroupReader(folder).read(now(), pins={ALICE.id: [ALICE_KEY.public]})
    assert texts(snapshot) == ["我的", "新電腦"] and snapshot.unknown_keys == {}
    assert snapshot.pinned == {ALICE.id: {new_key.public}}
    assert "Alice writes from a new device (members/alice-id/alice-new.json), vouched for" in told(snapshot)


def test_a_voucher_for_another_member_vouches_for_nothing(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    signed(folder, ALICE_KEY)
    stolen = new_device_key(ALICE_KEY, MALLORY.id)  # Alice vouched for a key of Mallory's, not hers
    posing = replace(ALICE, device="posing")
    write_member_file(folder, posing, [note(posing, 8, text="冒充").to_json()], key=stolen)
    snapshot = GroupReader(folder).read(now(), pins={ALICE.id: [ALICE_KEY.public]})
    assert texts(snapshot) == ["我的"] and snapshot.unknown_keys == {ALICE.id: {stolen.public}}


def test_the_device_key_is_private_and_a_copied_folder_gets_a_vouched_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = load_device_key(data, "desk", ALICE.id)
    assert load_device_key(data, "desk", ALICE.id) == first
    assert stat.S_IMODE((data / KEY_FILE).stat().st_mode) == 0o600
    copied = load_device_key(data, "laptop", ALICE.id)  # the data folder now has another device id
    assert copied.public != first.public and copied.voucher is not None
    folder = group_folder(tmp_path)
    signed(folder, first)
    laptop = replace(ALICE, device="laptop")
    write_member_file(folder, laptop, [note(laptop, 8, text="筆電").to_json()], key=copied)
    snapshot = GroupReader(folder).read(now(), pins={ALICE.id: [first.public]})
    assert texts(snapshot) == ["我的", "筆電"]


def joined(data_dir: Path, folder: Path, name: str) -> GroupService:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    group = GroupService(keeper, NotesService(keeper))
    group.join(folder, name)
    settle(group)
    return group


def settle(group: GroupService) -> None:
    group.wait(10)
    deliver_results()


def test_keys_are_pinned_at_join_and_an_unvouched_device_is_accepted_on_request(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    signed(folder, ALICE_KEY)
    group = joined(tmp_path / "me", folder, "Me")
    assert group.pins()[ALICE.id] == (ALICE_KEY.public,)
    own = load_device_key(tmp_path / "me", group.me.device, group.me.id)
    assert group.pins()[group.me.id] == (own.public,)
    posing = replace(ALICE, device="new-pc")
    write_member_file(folder, posing, [note(posing, 8, text="新的").to_json()], key=MALLORY_KEY)
    group.refresh()
    settle(group)
    assert sorted(r["note"] for r in group.notes.group_records().values()) == ["我的"]
    assert group.unknown_keys() == {ALICE.id: {MALLORY_KEY.public}}
    group.accept_key(ALICE.id)
    settle(group)
    assert sorted(r["note"] for r in group.notes.group_records().values()) == ["我的", "新的"]
    assert group.unknown_keys() == {}
    group.stop()


def test_group_trust_accepts_the_device_group_status_names(tmp_path: Path) -> None:
    folder, alice, bob = tmp_path / "shared", tmp_path / "alice", tmp_path / "bob"
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(bob, "group", "join", str(folder), "--member", "Bob")
    bob_id = json.loads(app(bob, "group", "status"))["me"]["author_id"]
    early = subprocess.run(command(alice, "group", "trust", bob_id), cwd=ROOT, capture_output=True,
                           timeout=120, check=False)
    assert early.returncode != 0 and b"no device is waiting" in early.stderr  # Bob's key pinned
    stranger = Author("Bob", bob_id, "#111111", "stranger")
    write_member_file(folder, stranger, [note(stranger, text="冒充").to_json()], key=MALLORY_KEY)
    status = json.loads(app(alice, "group", "status"))
    assert list(status["unvouched_devices"]) == [bob_id]
    assert any("Someone is writing as Bob" in n for n in status["notices"])
    assert app(alice, "group", "trust", bob_id) == f"The new device writing as {bob_id} is accepted."
    status = json.loads(app(alice, "group", "status"))
    assert status["unvouched_devices"] == {} and not any("Someone" in n for n in status["notices"])
    assert {m["name"]: m["notes"] for m in status["members"]} == {"Alice": 0, "Bob": 1}
