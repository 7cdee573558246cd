"""The group merge never loses a note and never brings a deleted one back, in any order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.core.group import _merge_file
from app.core.member_file import MemberFile
from app.core.merge import live, merge, newer

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def stamp(minutes: int) -> str:
    return (NOW + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")


ANCHOR = {"start": 0, "end": 2, "text_hash": "h", "exact": "工匠", "prefix": "", "suffix": "精神"}


def note_record(note: int, minute: int, deleted: bool, device: str, text: str, *,
                whole: bool) -> dict[str, Any]:
    """A note as a member file holds it: whole, or (rarely, from a damaged copy) without its anchor."""
    record: dict[str, Any] = {
        "id": f"n{note}", "essay_id": "c#1", "color": "yellow", "created": stamp(-60),
        "modified": stamp(minute), "device": device, "note": text,
        "deleted": stamp(minute) if deleted else None}
    if whole:
        record["anchor"] = ANCHOR
    return record


records = st.builds(note_record, st.integers(0, 4), st.integers(-30, 30), st.booleans(),
                    st.sampled_from(["a", "b", "c"]), st.sampled_from(["", "一", "二"]),
                    whole=st.booleans() | st.just(True))
whole_records = st.builds(note_record, st.integers(0, 4), st.integers(-30, 30), st.booleans(),
                          st.sampled_from(["a", "b", "c"]), st.sampled_from(["", "一", "二"]),
                          whole=st.just(True))
sources = st.lists(records, max_size=8)


@given(sources, sources)
def test_merge_is_commutative(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> None:
    assert merge(a, b, now=NOW) == merge(b, a, now=NOW)


@given(sources, sources, sources)
def test_merge_is_associative(a: list[dict[str, Any]], b: list[dict[str, Any]],
                              c: list[dict[str, Any]]) -> None:
    left = merge(list(merge(a, b, now=NOW).values()), c, now=NOW)
    right = merge(a, list(merge(b, c, now=NOW).values()), now=NOW)
    assert left == right


@given(sources)
def test_merge_is_idempotent(a: list[dict[str, Any]]) -> None:
    once = merge(a, now=NOW)
    assert merge(a, a, now=NOW) == once
    assert merge(list(once.values()), a, now=NOW) == once


@given(whole_records, st.integers(0, 30), st.sampled_from(["a", "b", "c"]))
def test_a_tombstone_wins_over_every_older_edit(edit: dict[str, Any], later: int, device: str) -> None:
    edit = {**edit, "deleted": None, "modified": stamp(-31)}
    tombstone = {**edit, "device": device, "modified": stamp(-30 + later), "deleted": stamp(-30 + later)}
    assert merge([edit], [tombstone], now=NOW)[edit["id"]] is tombstone
    assert live(merge([tombstone], [edit], now=NOW)) == []


def test_the_newest_edit_wins_and_ties_go_to_the_larger_device() -> None:
    old = {"id": "x", "modified": stamp(-5), "device": "z", "deleted": None, "note": "old"}
    new = {"id": "x", "modified": stamp(-1), "device": "a", "deleted": None, "note": "new"}
    assert newer(old, new, NOW)["note"] == "new"
    tie = {**new, "device": "b", "note": "tie"}
    assert newer(new, tie, NOW)["note"] == "tie" and newer(tie, new, NOW)["note"] == "tie"


def test_a_tie_between_an_edit_and_a_deletion_goes_to_the_deletion() -> None:
    edit = {"id": "x", "modified": stamp(-1), "device": "z", "deleted": None}
    gone = {"id": "x", "modified": stamp(-1), "device": "a", "deleted": stamp(-1)}
    assert newer(edit, gone, NOW) is gone


def test_times_from_the_future_are_clamped_so_they_cannot_outrank_a_deletion() -> None:
    skewed = {"id": "x", "modified": stamp(24 * 60), "device": "z", "deleted": None, "note": "ahead"}
    deleted_now = {"id": "x", "modified": stamp(0), "device": "a", "deleted": stamp(0)}
    assert newer(skewed, deleted_now, NOW) is deleted_now
    edit_now = {"id": "x", "modified": stamp(-1), "device": "a", "deleted": None}
    assert newer(skewed, edit_now, NOW) is skewed  # a plain older edit still loses to it


def test_times_in_other_zones_and_without_milliseconds_compare_as_instants() -> None:
    utc = {"id": "x", "modified": "2026-05-01T10:00:00+00:00", "device": "a", "deleted": None}
    shanghai = {"id": "x", "modified": "2026-05-01T17:30:00.000+08:00", "device": "a", "deleted": None}
    assert newer(utc, shanghai, NOW) is utc


@given(st.lists(whole_records, max_size=6), whole_records)
def test_a_newer_edit_beats_an_older_deletion_and_a_broken_copy_never_wins(
        others: list[dict[str, Any]], edit: dict[str, Any]) -> None:
    edit = {**edit, "deleted": None, "modified": stamp(31)}  # newer than anything generated
    broken = {k: v for k, v in {**edit, "modified": stamp(40), "note": "broken"}.items() if k != "anchor"}
    merged = merge(others, [edit], [broken], now=NOW + timedelta(hours=1))
    assert merged[edit["id"]] is edit


@given(st.lists(sources, max_size=4))
def test_merging_whole_member_files_at_once_matches_note_by_note(files: list[list[dict[str, Any]]]) -> None:
    """The group reader's fast path (a file whose ids are all new goes in at once) changes nothing."""
    members = [MemberFile("a", f"d{n}", "", "", "", tuple(notes)) for n, notes in enumerate(files)]
    fast: dict[str, dict[str, Any]] = {}
    for member in members:
        _merge_file(fast, member, NOW)
    assert fast == merge(*files, now=NOW)
