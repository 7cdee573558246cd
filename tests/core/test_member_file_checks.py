"""Property: a member file's notes and study records are checked over the whole file at once
(the fast way a group loads) with exactly the outcome of checking each alone: the same count, the
same are set aside for the same reasons, the header fills in the same fields (hypothesis, real bytes)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import member_file, study
from app.core.member_file import AHEAD, MEMBER_FORMAT, parse_member_file
from app.core.merge import mergeable
from app.core.notes import safe_day_before

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)  # a note's time after 2026-06-16T12:00Z is ahead
FOLDER = "alice"
STAMPS = (
    "2026-06-15T12:00:00.000+00:00", "2026-06-16T11:59:59.999+00:00", "2020-01-01T00:00:00.000+00:00",
    "2026-06-16T12:00:00.001+00:00",  # just past the horizon
    "2026-06-16 23:00:00.000+00:00",  # sorts before the horizon as text, is after it
    "2026-06-16T10:00:00.000-05:00", "2026-06-16T12:00:00,500+00:00", "2026-W25-2T13:00:00.000+00:00",
    "20260617T000000Z", "2026-06-16T13:00", "2026-06-16", "2026-06-17", "9999-12-31T23:59:59.999",
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-13-45T00:00:00.000+00:00", "x", "",
    "2026-06-16T12:00:00.000+00:00x", "２０２６-06-17T00:00:00.000+00:00",
)
ODD = (5, None, ["x"], {"a": 1}, True, 1.5)
LONG_NAME, LONG_TEXT = "名" * 101, "字" * 100_001
FIELDS: dict[str, tuple[Any, ...]] = {
    "author_id": ("", FOLDER, "bob", *ODD), "device": ("d2", LONG_NAME, *ODD),
    "author": ("Alice", LONG_NAME, *ODD), "created": (*STAMPS, *ODD), "modified": STAMPS + (5,),
    "deleted": STAMPS + (None, 5), "color": ("pink", *ODD), "note": ("好", LONG_TEXT, *ODD),
    "kind": ("question", *ODD), "reply_author": ("bob", *ODD), "reply_note": ("n1", *ODD),
    "reply_to": ("n1", None, *ODD), "shared": (True, False, "yes", 1, None),
    "tags": ([], ["甲"], ["a", 2], "a", [LONG_NAME], ["t"] * 101, [None]),
    "anchor": ({"exact": LONG_TEXT}, {"exact": 5}, {}, "anchor", None), "id": ("i" * 201, 7),
    "essay_id": (None, 3), "extra": (["anything"], {"x": None}),
}


def honest(number: int) -> dict[str, Any]:
    return {"id": f"n{number}", "essay_id": "c#1", "color": "yellow", "note": "讨论", "tags": [],
            "created": STAMPS[0], "modified": STAMPS[1], "kind": "comment",
            "anchor": {"start": 0, "end": 2, "text_hash": "h", "exact": "工匠", "prefix": "", "suffix": ""}}


changes = st.dictionaries(st.sampled_from(sorted(FIELDS)), st.integers(0, 30), max_size=2)
notes = st.lists(st.tuples(changes, st.booleans()), min_size=1, max_size=5)


def note_from(number: int, change: dict[str, int], drop: bool) -> dict[str, Any]:
    note = honest(number)
    for name, pick in change.items():
        values = FIELDS[name]
        if drop and name in note:
            del note[name]
        else:
            note[name] = copy.deepcopy(values[pick % len(values)])
    return note


def one_by_one(notes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The rule applied to each note alone: the notes that count, filled in from the header as
    the file's reader does, and how many were set aside and why."""
    horizon = NOW + AHEAD
    kept, why_counts = [], {}
    for note in mergeable(copy.deepcopy(notes)):
        why = member_file._set_aside_because(note, FOLDER, horizon, safe_day_before(horizon))
        if why is None:
            kept.append({"device": "laptop", "author": "Alice", "shared": True, **note, "author_id": FOLDER})
        else:
            why_counts[why] = why_counts.get(why, 0) + 1
    return kept, why_counts


def raw_file(notes: list[dict[str, Any]]) -> bytes:
    return json.dumps({"format": MEMBER_FORMAT, "version": 1, "author_id": FOLDER, "device": "laptop",
                       "name": "Alice", "notes": notes}, ensure_ascii=False).encode("utf-8")


@settings(max_examples=400, deadline=None)
@given(notes)
def test_the_whole_file_at_once_keeps_and_sets_aside_what_each_note_alone_would(
        specs: list[tuple[dict[str, int], bool]]) -> None:
    written = [note_from(number, change, drop) for number, (change, drop) in enumerate(specs)]
    member = parse_member_file(raw_file(written), FOLDER, NOW)
    kept, why_counts = one_by_one(written)
    assert list(member.notes) == kept
    assert dict(member.set_aside) == why_counts


@pytest.mark.parametrize("stamp", STAMPS[3:10] + ("9999-12-31T23:59:59.999",))
def test_one_note_dated_ahead_in_any_iso_form_is_set_aside_among_honest_ones(stamp: str) -> None:
    written = [honest(n) for n in range(50)] + [{**honest(50), "created": stamp}]
    member = parse_member_file(raw_file(written), FOLDER, NOW)
    assert [n["id"] for n in member.notes] == [f"n{n}" for n in range(50)]
    assert dict(member.set_aside) == {member_file.FUTURE_NOTES: 1}


def test_an_honest_file_is_checked_without_a_call_per_note(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(member_file, "_set_aside_because", lambda *args: asked.append(args))
    written = [honest(n) for n in range(200)]
    written[3] = {**written[3], "tags": ["甲", "乙"], "reply_to": "n1", "reply_author": "bob",
                  "reply_note": "n1", "shared": True, "author_id": FOLDER}
    written[5] = {"id": "n5", "modified": STAMPS[0], "deleted": STAMPS[0]}
    member = parse_member_file(raw_file(written), FOLDER, NOW)
    assert len(member.notes) == 200 and member.set_aside == () and asked == []


STUDY_FIELDS: dict[str, tuple[Any, ...]] = {
    "id": ("v" * 401, 7, None), "type": ("ballot", ["vote"], {"vote": 1}, None, "answer", "resolve"),
    "modified": (*STAMPS, 5), "created": (*STAMPS, 5), "deleted": (*STAMPS, None, 5),
    "author_id": ("", FOLDER, "bob", *ODD), "device": ("d", *ODD), "note": ("n" * 401, *ODD),
    "note_author": ("bob", FOLDER, "", *ODD), "reply": ("r" * 401, *ODD), "reply_author": ("bob", *ODD),
    "due": ("next week", None), "essays": ([], ["c#1", 2], "c#1"), "read": (True, 7, 0.5, "1"),
}


def honest_record(number: int, kind: int) -> dict[str, Any]:
    stamps = {"id": f"r{number}", "created": STAMPS[0], "modified": STAMPS[1]}
    records: list[dict[str, Any]] = [{**stamps, "type": "vote", "note": "n1", "note_author": "bob"},
            {**stamps, "type": "answer", "note": "n1", "note_author": FOLDER, "reply": "n2",
             "reply_author": "bob"},
            {**stamps, "type": "resolve", "note": "n1", "note_author": FOLDER},
            {**stamps, "type": "assignment", "essays": ["c#1"], "due": "2026-07-01", "questions": ["何？"]},
            {**stamps, "type": "progress", "essay": "c#1", "read": 0.5}]
    return records[kind]


study_changes = st.dictionaries(st.sampled_from(sorted(STUDY_FIELDS)), st.integers(0, 30), max_size=2)
study_records = st.lists(st.tuples(st.integers(0, 4), study_changes, st.booleans()), min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(study_records)
def test_study_records_checked_at_once_count_as_each_alone_would(
        specs: list[tuple[int, dict[str, int], bool]]) -> None:
    written = []
    for number, (kind, change, drop) in enumerate(specs):
        record = honest_record(number, kind)
        for name, pick in change.items():
            if drop and name in record:
                del record[name]
            else:
                record[name] = copy.deepcopy(STUDY_FIELDS[name][pick % len(STUDY_FIELDS[name])])
        written.append(record)
    document = json.loads(raw_file([]))
    member = parse_member_file(json.dumps({**document, "study": written}).encode("utf-8"), FOLDER, NOW)
    horizon = NOW + AHEAD
    why_each = [study._why_set_aside(r, FOLDER, horizon, safe_day_before(horizon)) for r in written]
    assert list(member.study) == [r for r, why in zip(written, why_each, strict=True) if why is None]
    assert dict(member.set_aside) == Counter(why for why in why_each if why is not None)
