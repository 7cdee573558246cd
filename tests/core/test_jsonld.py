"""W3C Web Annotation JSON-LD: what other tools read, and importing it twice adds nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.core.jsonld import export_jsonld, import_jsonld, new_or_newer
from app.core.notes import Author, new_annotation, new_reply

TEXT = "他說：「𠮷野家的飯，」真正具有工匠精神的組織，會把每一件小事做到極致。"
ALICE = Author("Alice", "alice-id", "#1971c2", "laptop")
BOB = Author("Bob", "bob-id", "#2f9e44", "phone")


def test_export_uses_the_web_annotation_model() -> None:
    start = TEXT.index("工匠")
    note = new_annotation("c#1", TEXT, start, start + 4, color="green", author="Alice", note="要點",
                          tags=("論點", "討論"), by=ALICE, shared=True)
    reply = new_reply(note, "同意", BOB)
    document = export_jsonld([note, reply, new_reply(note, "刪", BOB).tombstone()])
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = document["first"]["items"]
    assert document["total"] == 2 == len(items)
    first = items[0]
    assert first["type"] == "Annotation" and first["id"] == f"urn:uuid:{note.id}"
    assert first["creator"] == {"id": "urn:uuid:alice-id", "type": "Person", "name": "Alice"}
    quote, position = first["target"]["selector"]
    assert (quote["type"], quote["exact"], quote["suffix"][:3]) == ("TextQuoteSelector", "工匠精神", "的組織")
    assert quote["prefix"].endswith("真正具有")
    # code points: 𠮷 counts once (it is two UTF-16 units)
    assert position == {"type": "TextPositionSelector", "start": start, "end": start + 4}
    assert [b["purpose"] for b in first["body"]] == ["commenting", "tagging", "tagging"]
    assert first["created"] == note.created and first["modified"] == note.modified
    assert items[1]["motivation"] == "replying" and items[1]["target"] == f"urn:uuid:{note.id}"


def test_import_restores_notes_and_replies_and_twice_adds_nothing() -> None:
    note = new_annotation("c#1", TEXT, 3, 6, color="pink", author="Alice", note="x", tags=("t",),
                          by=ALICE, shared=True)
    reply = new_reply(note, "回覆", BOB)
    text = json.dumps(export_jsonld([reply, note]), ensure_ascii=False)
    imported = {a.id: a for a in import_jsonld(json.loads(text))}
    assert imported[note.id] == note
    assert imported[reply.id] == reply
    now = datetime.now(UTC)
    assert new_or_newer({}, imported.values(), now) == list(imported.values())
    assert new_or_newer(imported, import_jsonld(json.loads(text)), now) == []
    edited = note.edited(note="改")
    assert new_or_newer(imported, [edited], now) == [edited]


def test_import_reads_other_tools_single_annotations() -> None:
    other = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "https://x/a1",
             "created": "2026-01-01T00:00:00Z", "creator": "Ann",
             "body": {"type": "TextualBody", "value": "hi"},
             "target": {"source": "urn:jiangxin-reader:essay:c#2",
                        "selector": {"type": "TextQuoteSelector", "exact": "工匠"}}}
    (note,) = import_jsonld(other)
    assert (note.id, note.essay_id, note.note, note.author, note.anchor.exact) == (
        "https://x/a1", "c#2", "hi", "Ann", "工匠")
    assert note.color == "yellow" and note.anchor.end == 2
