"""Times in a Web Annotation file from elsewhere: one far ahead never becomes a note's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.jsonld_import import import_jsonld
from app.core.notes import parse_instant

NOW = "2026-12-05T10:00:00.000+00:00"


def _annotation(created: str, modified: str) -> dict[str, object]:
    return {"@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "urn:uuid:5c7b1a4e-0000-4000-8000-000000000001", "type": "Annotation",
            "created": created, "modified": modified,
            "bodyValue": "寄来的笔记",
            "target": {"source": "urn:jiangxin-reader:essay:a%231",
                       "selector": {"type": "TextQuoteSelector", "exact": "工匠"}}}


@pytest.mark.parametrize("far", ["2099-01-01T00:00:00+00:00", "9999-12-31T23:59:59.999",
                                 "9999-12-31T23:59:59-14:00"])
def test_a_time_far_ahead_is_replaced_by_the_import_s_own(far: str) -> None:
    """Such a note would be set aside by every member of a group, and each later edit stamped after it."""
    (note,) = import_jsonld(_annotation(far, far), now=NOW).notes
    assert (note.created, note.modified) == (NOW, NOW)
    assert note.note == "寄来的笔记"


def test_a_time_a_few_hours_ahead_is_a_fast_clock_and_kept() -> None:
    soon = (datetime.now(UTC) + timedelta(hours=3)).isoformat(timespec="seconds")
    (note,) = import_jsonld(_annotation("2026-01-02T03:04:05+00:00", soon), now=NOW).notes
    assert note.created == "2026-01-02T03:04:05+00:00"
    assert parse_instant(note.modified) == parse_instant(soon)
