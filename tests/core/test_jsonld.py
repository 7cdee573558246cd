"""W3C Web Annotation JSON-LD: what other tools read, and importing it twice adds nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.core.jsonld import export_jsonld, new_or_newer
from app.core.jsonld_import import import_jsonld
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
    imported = {a.id: a for a in import_jsonld(json.loads(text)).notes}
    assert imported[note.id] == note
    assert imported[reply.id] == reply
    now = datetime.now(UTC)
    assert new_or_newer({}, imported.values(), now) == list(imported.values())
    assert new_or_newer(imported, import_jsonld(json.loads(text)).notes, now) == []
    edited = note.edited(note="改")
    assert new_or_newer(imported, [edited], now) == [edited]


def test_import_reads_other_tools_single_annotations() -> None:
    other = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "https://x/a1",
             "created": "2026-01-01T00:00:00Z", "creator": "Ann",
             "body": {"type": "TextualBody", "value": "hi"},
             "target": {"source": "urn:jiangxin-reader:essay:c#2",
                        "selector": {"type": "TextQuoteSelector", "exact": "工匠"}}}
    (note,) = import_jsonld(other).notes
    assert (note.id, note.essay_id, note.note, note.author, note.anchor.exact) == (
        "https://x/a1", "c#2", "hi", "Ann", "工匠")
    assert note.color == "yellow" and note.anchor.text_hash == ""  # placed by its quote


def test_a_highlight_without_note_has_no_body() -> None:
    plain = new_annotation("c#1", TEXT, 3, 6, color="blue", author="Alice", by=ALICE)
    (item,) = export_jsonld([plain])["first"]["items"]
    assert "body" not in item and item["motivation"] == "highlighting"


def test_the_collection_and_its_page_have_ids() -> None:
    plain = new_annotation("c#1", TEXT, 3, 6, color="blue", author="Alice", by=ALICE)
    document = export_jsonld([plain])
    page = document["first"]
    assert document["id"].startswith("urn:uuid:") and page["id"].startswith("urn:uuid:")
    assert document["last"] == page["id"] and page["partOf"] == document["id"]
    assert export_jsonld([plain])["id"] == document["id"]  # the same notes, the same document


def test_a_quote_without_position_is_never_paired_with_a_made_up_one() -> None:
    """The cause of "袁隆平" written with a position 0–3 covering "习近平": the import gave a
    quote-only annotation the position 0–len(quote), and the export wrote it as a known one."""
    text = "习近平会见了袁隆平。"
    other = {"type": "Annotation", "id": "https://x/a2", "target": {
        "source": "urn:jiangxin-reader:essay:c#3",
        "selector": {"type": "TextQuoteSelector", "exact": "袁隆平"}}}
    (note,) = import_jsonld(other).notes
    (blind,) = export_jsonld([note])["first"]["items"]
    assert [s["type"] for s in blind["target"]["selector"]] == ["TextQuoteSelector"]
    (seen,) = export_jsonld([note], text_of=lambda _essay: text)["first"]["items"]
    quote, position = seen["target"]["selector"]
    assert text[position["start"]:position["end"]] == quote["exact"] == "袁隆平"


def test_a_position_that_does_not_cover_the_quote_is_dropped() -> None:
    other = {"type": "Annotation", "id": "https://x/a3", "jx:textHash": "abc", "target": {
        "source": "urn:jiangxin-reader:essay:c#3", "selector": [
            {"type": "TextQuoteSelector", "exact": "袁隆平"},
            {"type": "TextPositionSelector", "start": 0, "end": 2}]}}
    (note,) = import_jsonld(other).notes
    assert note.anchor.text_hash == "" and note.anchor.exact == "袁隆平"
    (item,) = export_jsonld([note])["first"]["items"]
    assert len(item["target"]["selector"]) == 1


def test_an_essay_id_with_chinese_is_a_valid_iri_and_comes_back() -> None:
    note = new_annotation("文集#2", TEXT, 3, 6, color="blue", author="Alice", by=ALICE)
    (item,) = export_jsonld([note])["first"]["items"]
    assert item["target"]["source"].isascii()
    del item["jx:essay"]
    (back,) = import_jsonld(item).notes
    assert back.essay_id == "文集#2"


def test_one_bad_annotation_never_refuses_the_file() -> None:
    good = {"type": "Annotation", "id": "https://x/ok", "target": "https://x/page"}
    document = {"type": "AnnotationPage", "items": [
        {"type": "Annotation", "id": "https://x/none"}, good, 7,
        {"type": "Annotation", "id": "https://x/odd", "target": {"source": "https://x/p", "selector": {
            "type": "TextPositionSelector", "start": "x"}}, "creator": [{"name": 3}]}]}
    report = import_jsonld(document)
    assert sorted(n.id for n in report.notes) == ["https://x/odd", "https://x/ok"]
    assert [(s.label, s.reason.text) for s in report.skipped] == [
        ("https://x/none", "it has no target"), ("#3", "it is not an annotation")]


def test_importing_a_note_without_times_twice_adds_nothing() -> None:
    bare = {"type": "Annotation", "id": "https://x/bare", "target": "https://x/page", "bodyValue": "看"}
    (first,) = import_jsonld(bare, now="2026-01-01T00:00:00+00:00").notes
    (again,) = import_jsonld(bare, now="2026-02-01T00:00:00+00:00").notes
    assert first.created == "2026-01-01T00:00:00+00:00" and first.note == "看"
    assert new_or_newer({first.id: first}, [again], datetime.now(UTC)) == []
