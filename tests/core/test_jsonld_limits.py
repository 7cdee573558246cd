"""A Web Annotation file from elsewhere holds notes a group can carry, or says why not."""

from __future__ import annotations

from typing import Any

from app.core.jsonld_import import import_jsonld
from app.core.member_file import MAX_ID_CHARS, MAX_NOTE_CHARS, MAX_TAGS

TARGET = {"source": "urn:jiangxin-reader:essay:a%231",
          "selector": {"type": "TextQuoteSelector", "exact": "工匠"}}


def _annotation(number: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"urn:uuid:5c7b1a4e-0000-4000-8000-{number:012d}", "type": "Annotation",
            "created": "2026-01-02T03:04:05+00:00", "bodyValue": "短评", "target": TARGET} | fields


def _tags(count: int, length: int = 2) -> list[dict[str, str]]:
    return [{"type": "TextualBody", "purpose": "tagging", "value": f"{n:0{length}d}"} for n in range(count)]


def test_a_note_a_group_would_set_aside_is_named_with_its_reason_and_the_rest_import() -> None:
    """Each was imported, published in the member file, and set aside by every other member."""
    long_quote = {"source": TARGET["source"], "selector": {"type": "TextQuoteSelector",
                                                           "exact": "字" * (MAX_NOTE_CHARS + 1)}}
    report = import_jsonld({"type": "AnnotationCollection", "first": {"items": [
        _annotation(1),
        _annotation(2, bodyValue="长" * (MAX_NOTE_CHARS + 1)),
        _annotation(3, target=long_quote),
        _annotation(4, body=_tags(MAX_TAGS + 1)),
        _annotation(5, body=_tags(1, length=101)),
    ]}})
    assert [note.note for note in report.notes] == ["短评"]
    assert [skipped.label[-1] for skipped in report.skipped] == ["2", "3", "4", "5"]
    assert {str(skipped.reason) for skipped in report.skipped} == {
        "its text, quote or tags are longer than a note may be"}


def test_an_id_past_the_group_s_limit_is_shortened_and_its_replies_still_find_it() -> None:
    long_id = "https://example.org/annotations/" + "x" * MAX_ID_CHARS
    reply = {"id": "urn:uuid:5c7b1a4e-0000-4000-8000-000000000009", "type": "Annotation",
             "motivation": "replying", "bodyValue": "同意", "target": long_id,
             "created": "2026-01-02T04:00:00+00:00"}
    report = import_jsonld([_annotation(1, id=long_id), reply])
    note, answer = sorted(report.notes, key=lambda n: n.reply_to is not None)
    assert len(note.id) <= MAX_ID_CHARS
    assert answer.reply_to == note.id and answer.essay_id == note.essay_id
    assert import_jsonld([_annotation(1, id=long_id)]).notes[0].id == note.id  # the same each time
