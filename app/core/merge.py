"""The group merge: many members' note files become one set of notes, and none is ever lost.

A record is a note as JSON (see app.core.notes): it has an `id`, a `modified` time, a `device`,
and, once deleted, a `deleted` time (a tombstone). Per note id one record wins:

0. a whole record beats one a reader could not show (damaged, or from a foreign writer), so a
   broken copy never hides a good version of the same note;
1. the newest `modified`, with times from the future clamped to `now` (a member's clock that runs
   ahead cannot win every argument until that time arrives);
2. on a tie, a tombstone beats an edit, so a deletion is never undone by a stale copy;
3. then the later raw time, then the larger device id;
4. then the larger canonical JSON, so the result never depends on the order files were read.

The winner is chosen by a total order over records, so merging is commutative, associative and
idempotent (tests/core/test_merge.py checks it with hypothesis), whatever the sync tool delivers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from app.core.notes import parse_instant

Record = dict[str, Any]
Merged = dict[str, Record]


def record_key(record: Mapping[str, Any], now: datetime) -> tuple[bool, datetime, bool, datetime, str]:
    """The order in which versions of one note win (larger wins), short of the final tie-break."""
    stamp = parse_instant(str(record.get("modified") or record.get("created") or ""))
    deleted = record.get("deleted") is not None
    return (is_note_record(record), min(stamp, now), deleted, stamp, str(record.get("device") or ""))


def _canonical(record: Mapping[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def newer(a: Record, b: Record, now: datetime) -> Record:
    """Whichever of two versions of one note wins."""
    if a is b:
        return a
    key_a, key_b = record_key(a, now), record_key(b, now)
    if key_a != key_b:
        return a if key_a > key_b else b
    return a if _canonical(a) >= _canonical(b) else b


def merge_into(merged: Merged, records: Iterable[Record], now: datetime) -> Merged:
    """Add `records` to `merged` (changed in place and returned). Only clashes pay for ordering."""
    for record in records:
        note_id = record.get("id")
        if not isinstance(note_id, str):
            continue
        held = merged.get(note_id)
        merged[note_id] = record if held is None else newer(held, record, now)
    return merged


def merge(*sources: Iterable[Record], now: datetime) -> Merged:
    """Every note of every source, one winning record per id."""
    merged: Merged = {}
    for records in sources:
        merge_into(merged, records, now)
    return merged


def mergeable(records: Iterable[object]) -> list[Record]:
    """The records merging, counting and sorting by essay can read: an id and times, and a live
    note's essay. One loop without a call per record: it runs for every note of a group at start."""
    return [r for r in records if type(r) is dict and type(r.get("id")) is str
            and type(r.get("modified")) is str
            and (type(r.get("essay_id")) is str if r.get("deleted") is None else type(r["deleted"]) is str)]


def is_merge_record(record: object) -> bool:
    """`mergeable` for one record."""
    return bool(mergeable((record,)))


def is_note_record(record: object) -> bool:
    """A tombstone needs an id and times; a live note everything Annotation.from_json reads."""
    if not is_merge_record(record) or not isinstance(record, dict):
        return False
    if record.get("deleted") is not None:
        return True
    get = record.get
    a = get("anchor")
    return (type(a) is dict and type(a.get("start")) is int and type(a.get("end")) is int
            and type(a.get("text_hash")) is str and type(a.get("exact")) is str
            and type(a.get("prefix")) is str and type(a.get("suffix")) is str
            and type(get("color")) is str and type(get("created")) is str
            and type(get("note", "")) is str and type(get("tags", [])) is list
            and all(type(tag) is str for tag in get("tags", []))
            and type(get("author", "")) is str and type(get("author_id", "")) is str
            and type(get("device", "")) is str and type(get("shared", True)) is bool
            and type(get("reply_to")) in (str, type(None)) and type(get("kind", "")) is str)


def live(merged: Mapping[str, Record]) -> list[Record]:
    """The records that are not tombstones."""
    return [r for r in merged.values() if r.get("deleted") is None]
