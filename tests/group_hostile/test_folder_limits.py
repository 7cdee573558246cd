"""Stay inside the folder, within limits: links, pipes and devices are never read; sizes, counts
and lengths have limits, each told (real files in a real group folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core import group as group_module
from app.core import group_folder as group_folder_module
from app.core import member_file
from app.core.essay_folder import load_library
from app.core.group import GroupReader
from app.core.group_folder import GroupError, member_file_path, read_group_info
from app.core.member_file import MAX_NAME_CHARS, MAX_NOTE_CHARS
from app.store.group_copy import GroupCopy
from app.ui.common.plain import FSI, PDI, isolated, plain_tooltip
from tests.group_hostile.hostile import ALICE, MALLORY, forged, group_folder, note, now, publish

posix = pytest.mark.skipif(os.name == "nt", reason="links and pipes as on POSIX")


def told(snapshot: object) -> str:
    return " ".join(str(n) for n in snapshot.notices)  # type: ignore[attr-defined]


@posix
def test_a_linked_essay_is_not_a_group_essay(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    (folder / "essays" / "第一週.txt").write_text("小組文章\n\n匠人的手藝。\n", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("秘密\n\n不可見。\n", encoding="utf-8")
    (folder / "essays" / "passwd.txt").symlink_to(outside)
    (folder / "essays" / "status.txt").symlink_to("/proc/self/status")
    titles = [c.title for c in load_library(folder / "essays", "g-").collections]
    assert titles == ["小組文章"]


@posix
def test_a_linked_member_folder_and_file_are_neither_read_nor_copied(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    publish(folder, ALICE, [note(ALICE)])
    elsewhere = tmp_path / "elsewhere"
    publish(group_folder(elsewhere), MALLORY, [note(MALLORY)])
    (folder / "members" / "linked").symlink_to(elsewhere / "group" / "members" / MALLORY.id)
    alice_dir = folder / "members" / ALICE.id
    (alice_dir / "other.json").symlink_to(member_file_path(elsewhere / "group", MALLORY.id, MALLORY.device))
    snapshot = GroupReader(folder).read(now())
    assert set(snapshot.members) == {ALICE.id} and len(snapshot.merged) == 1
    assert "other.json is not a regular file" in told(snapshot)
    copy = GroupCopy(tmp_path / "data", "g")
    copy.keep(folder, snapshot.sources)
    assert not (copy.root / "members" / "linked").exists()
    assert [p.name for p in (copy.root / "members").rglob("*.json")] == [f"{ALICE.device}.json"]


@posix
@pytest.mark.parametrize("kind", ["zero", "fifo", "big", "list"])
def test_group_json_is_read_within_limits_and_never_hangs(tmp_path: Path, kind: str) -> None:
    folder = group_folder(tmp_path)
    path = folder / "group.json"
    path.unlink()
    if kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "big":
        path.write_text(json.dumps({"id": "g", "name": "名" * 100_000}), encoding="utf-8")
    else:
        path.write_text(json.dumps({"id": "g", "name": ["x"]}), encoding="utf-8")
    if kind == "list":
        assert read_group_info(folder).name == ""
        return
    with pytest.raises(GroupError, match="not a regular file|larger than 64 KB"):
        read_group_info(folder)


def test_a_member_file_past_its_size_is_not_read(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    path = publish(folder, MALLORY, [note(MALLORY)])
    with path.open("r+b") as handle:
        handle.truncate(33 * 1024 * 1024)  # sparse: no 33 MB written
    snapshot = GroupReader(folder).read(now())
    assert snapshot.merged == {} and f"{MALLORY.device}.json is larger than 32768 KB" in told(snapshot)


def test_notes_past_the_count_and_length_limits_are_set_aside(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(member_file, "MAX_NOTES_PER_FILE", 2)  # where files are parsed
    monkeypatch.setattr(group_module, "MAX_NOTES_PER_FILE", 2)  # where the notice names the limit
    folder = group_folder(tmp_path)
    notes = [note(MALLORY, i).to_json() for i in range(4)]
    notes[0]["note"] = "長" * (MAX_NOTE_CHARS + 1)
    notes[1]["tags"] = ["標" * (MAX_NAME_CHARS + 1)]
    forged(folder, MALLORY.id, MALLORY, notes)
    snapshot = GroupReader(folder).read(now())
    assert snapshot.merged == {}
    assert "2 notes past the limit of 2 were set aside" in told(snapshot)
    assert "2 notes longer than the limit were set aside" in told(snapshot)


def test_a_long_name_is_cut_and_told(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    publish(folder, MALLORY.__class__("名" * 500, MALLORY.id, MALLORY.color, MALLORY.device), [])
    snapshot = GroupReader(folder).read(now())
    assert len(snapshot.members[MALLORY.id].name) == MAX_NAME_CHARS
    assert "name is longer than 100 characters" in told(snapshot)


@pytest.mark.parametrize("text", ["\u202egnp.exe", "a\u2069b\u202cc", "\u2067x\u202by", "\u200fמ"])
def test_bidi_controls_are_isolated_and_balanced(text: str) -> None:
    shown = isolated(text)
    assert shown.startswith(FSI) and shown.endswith(PDI)
    inner = shown[1:-1]
    opened = sum(inner.count(c) for c in "\u2066\u2067\u2068") - inner.count(PDI)
    embedded = sum(inner.count(c) for c in "\u202a\u202b\u202d\u202e") - inner.count("\u202c")
    assert opened == 0 and embedded == 0
    assert isolated("plain 文字") == "plain 文字"
    assert FSI in plain_tooltip(f"a\n{text}") and "&lt;" in plain_tooltip("<b>x</b>")


def test_files_past_the_count_per_member_are_not_read_and_the_known_one_is(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    real = publish(folder, ALICE, [note(ALICE, text="真的")])
    first = GroupReader(folder).read(now())
    for n in range(group_folder_module.MAX_FILES_PER_AUTHOR + 5):  # names that sort before hers
        forged(folder, ALICE.id, ALICE, [], device=f"0000-{n:03}")
    snapshot = GroupReader(folder).read(now(), seqs=first.seqs)
    assert [r["note"] for r in snapshot.merged.values()] == ["真的"]
    assert real in snapshot.sources and len(snapshot.sources) == group_folder_module.MAX_FILES_PER_AUTHOR
    count = group_folder_module.MAX_FILES_PER_AUTHOR + 6
    assert f"members/{ALICE.id} holds {count} notes files" in told(snapshot)


def test_a_read_stops_at_its_byte_budget_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = group_folder(tmp_path)
    publish(folder, ALICE, [note(ALICE, text="甲" * 3000)])
    publish(folder, MALLORY, [note(MALLORY, text="乙" * 3000)])
    monkeypatch.setattr(group_module, "MAX_READ_BYTES", 1000)
    snapshot = GroupReader(folder).read(now())
    assert len(snapshot.merged) == 1
    assert "larger than 0 MB together: 1 were not read" in told(snapshot)
