"""Time and types: a record far in the future is set aside, no date overflows anywhere, one bad
field sets aside one note and the rest of the group loads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.group import GroupReader
from app.core.member_file import parse_member_file
from app.core.notes import EPOCH, later_stamp, parse_instant
from tests.group_hostile.hostile import MALLORY, forged, group_folder, note, now, publish

FAR = "9999-12-31T23:59:59.999"


def told(snapshot: object) -> str:
    return " ".join(str(n) for n in snapshot.notices)  # type: ignore[attr-defined]


def test_a_tombstone_dated_9999_is_set_aside_not_clamped(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    kept = note(MALLORY, text="留")
    ahead = replace(note(MALLORY, 5), modified="2999-01-01T00:00:00+00:00")
    publish(folder, MALLORY, [kept, ahead])
    forged(folder, MALLORY.id, MALLORY, [{**kept.to_json(), "modified": FAR, "deleted": FAR}], device="later")
    snapshot = GroupReader(folder).read(now())
    assert snapshot.merged[kept.id].get("deleted") is None and ahead.id not in snapshot.merged
    assert "later.json: 1 notes dated more than a day ahead were set aside" in told(snapshot)


@pytest.mark.parametrize("stamp", [FAR, "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "x", ""])
def test_every_stamp_parses_in_range_and_a_later_one_never_overflows(stamp: str) -> None:
    assert EPOCH <= parse_instant(stamp) <= parse_instant("8999-01-01T00:00:00+00:00")
    assert parse_instant(later_stamp(stamp)) > EPOCH


def test_deleting_and_editing_a_note_dated_9999_works() -> None:
    dated = replace(note(MALLORY), modified=FAR, created=FAR)
    assert dated.tombstone().deleted and dated.edited(note="x").modified != FAR


@pytest.mark.parametrize("bad", [{"author_id": ["x"]}, {"author": {"a": 1}}, {"device": 3},
                                 {"shared": "yes"}, {"tags": ["a", 2]}, {"note": None}, {"created": 5},
                                 {"reply_to": ["n"]}, {"color": []}])
def test_one_field_of_the_wrong_type_sets_aside_that_note_alone(tmp_path: Path,
                                                               bad: dict[str, object]) -> None:
    folder = group_folder(tmp_path)
    good, odd = note(MALLORY, text="好"), note(MALLORY, 5)
    forged(folder, MALLORY.id, MALLORY, [good.to_json(), {**odd.to_json(), **bad}])
    snapshot = GroupReader(folder).read(now())
    assert list(snapshot.merged) == [good.id] and snapshot.members[MALLORY.id].notes == 1
    assert "1 notes with a field of the wrong type were set aside" in told(snapshot)


def test_header_fields_of_the_wrong_type_are_ignored() -> None:
    raw = (b'{"format": "jiangxin-reader-member", "name": ["x"], "color": "red;}", "device": {},'
           b' "updated": 5, "notes": []}')
    member = parse_member_file(raw, "m")
    assert (member.name, member.color, member.device, member.updated) == ("", "", "", "")
