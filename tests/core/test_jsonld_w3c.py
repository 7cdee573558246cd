"""The W3C Web Annotation test suite on our JSON-LD: its MUST schemas on every export, and every
example annotation of the W3C model that marks text imported (see tests/fixtures/w3c-web-annotation-tests)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from app.core.jsonld import export_jsonld
from app.core.jsonld_import import import_jsonld
from app.core.notes import Author, new_annotation, new_reply

SUITE = Path(__file__).parent.parent / "fixtures" / "w3c-web-annotation-tests"
SAMPLES = SUITE / "tools" / "samples" / "correct"
ANNOTATION_MUSTS = "annotations/annotationMusts.test"
COLLECTION_MUSTS = ("collections/collectionMusts.test", "collections/pages/pageMusts.test")
# The samples that show what is not text: an image region, a video, a city photo, disk bytes, SVG.
NOT_TEXT = {"anno4.json", "anno17.json", "anno21.json", "anno28.json", "anno29.json", "anno30.json"}
TEXT = "他說：「𠮷野家的飯，」真正具有工匠精神的組織，會把每一件小事做到極致。"
ALICE = Author("Alice", "alice-id", "#1971c2", "laptop")
BOB = Author("Bob", "bob-id", "#2f9e44", "phone")


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    schemas = [_read(p) for p in SUITE.rglob("*.json") if SAMPLES not in p.parents]
    return Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)) for schema in schemas)


def _failed_musts(document: Any, test: str) -> list[str]:
    """The MUST assertions of one of the suite's .test files that `document` fails."""
    failed = []
    for name in _read(SUITE / test)["assertions"]:
        schema = _read(SUITE / name)
        assert (schema["assertionType"], schema["expectedResult"]) == ("must", "valid")
        validator = Draft4Validator(schema, registry=_registry(),
                                    format_checker=Draft4Validator.FORMAT_CHECKER)
        if not validator.is_valid(document):
            failed.append(name)
    return failed


def test_the_suite_accepts_the_model_s_own_examples() -> None:
    """The harness itself works: a W3C example passes, one without a target fails."""
    assert _failed_musts(_read(SAMPLES / "anno26.json"), ANNOTATION_MUSTS) == []
    assert "annotations/3.1-targetKeyFound.json" in _failed_musts(
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://x/a", "type": "Annotation"},
        ANNOTATION_MUSTS)


def _notes() -> list[Any]:
    start = TEXT.index("工匠")
    note = new_annotation("c#1", TEXT, start, start + 4, color="green", author="Alice", note="要點",
                          tags=("論點",), by=ALICE, shared=True)
    plain = new_annotation("文集#2", TEXT, 0, 2, color="blue", author="", by=None)
    quote_only = import_jsonld(_read(SAMPLES / "anno26.json")).notes
    return [note, plain, new_reply(note, "同意", BOB), *quote_only]


def test_every_exported_annotation_passes_every_must() -> None:
    document = export_jsonld(_notes())
    for item in document["first"]["items"]:
        assert _failed_musts({"@context": document["@context"], **item}, ANNOTATION_MUSTS) == []


def test_the_exported_collection_and_page_pass_every_must() -> None:
    document = export_jsonld(_notes())
    for test in COLLECTION_MUSTS:
        assert _failed_musts(document, test) == []


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("anno*.json")))
def test_every_w3c_example_that_marks_text_is_imported(name: str) -> None:
    report = import_jsonld(_read(SAMPLES / name))
    if name in NOT_TEXT:
        assert report.notes == [] and [s.reason.text for s in report.skipped] == [
            "it marks an image, a sound, a video or data, not text"]
    else:
        assert report.notes and report.skipped == []


def test_a_quote_anchors_by_quote_and_a_bare_source_is_a_note_on_it() -> None:
    (quoted,) = import_jsonld(_read(SAMPLES / "anno26.json")).notes
    assert (quoted.essay_id, quoted.anchor.exact, quoted.anchor.prefix) == (
        "http://example.org/page1", "anotation", "this is an ")
    (refined,) = import_jsonld(_read(SAMPLES / "anno32.json")).notes
    assert refined.anchor.exact == "Selected Text"
    (bare,) = import_jsonld(_read(SAMPLES / "anno8.json")).notes
    assert (bare.essay_id, bare.anchor.exact, bare.note) == ("http://example.org/ebook1", "", "")
    (item,) = export_jsonld([bare])["first"]["items"]
    assert item["target"] == {"source": "http://example.org/ebook1"}


def test_bodies_become_the_note_and_tags() -> None:
    (note,) = import_jsonld(_read(SAMPLES / "anno18.json")).notes
    assert note.tags == ("readme",) and note.note.startswith("A good description")
    (linked,) = import_jsonld(_read(SAMPLES / "anno1.json")).notes
    assert linked.note == "http://example.org/post1"  # a body elsewhere is kept by its address
    (value,) = import_jsonld(_read(SAMPLES / "anno6.json")).notes
    assert value.note == "Comment text"


def test_collections_and_pages_of_examples() -> None:
    report = import_jsonld(_read(SAMPLES / "collection1.json"))
    items = _read(SAMPLES / "collection1.json")["first"]["items"]
    assert len(report.notes) + len(report.skipped) >= len(items) and len(report.skipped) == 6
    (elsewhere,) = import_jsonld(_read(SAMPLES / "example41.json")).skipped
    assert elsewhere.reason.text == "its annotations are in pages outside this file"
    assert len(import_jsonld(_read(SAMPLES / "example42.json")).notes) == 2
