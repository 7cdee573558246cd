"""Saving again reuses the JSON of unchanged notes: the file is byte for byte what a fresh
encoding gives, and a changed note is written as it is now."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app.core.notes import new_annotation
from app.store import Store
from app.store.encoding import DocumentEncoder, Fragments

TEXT = "匠心是一種精神，也是一種態度。把每一件小事做好，就是了不起。"


def _document(notes: list[object]) -> dict[str, object]:
    return {"schema": 3, "prefs": {}, "annotations": notes}


def _encoded(document: dict[str, object], fragments: Fragments | None) -> bytes:
    return b"".join(DocumentEncoder(document, fragments).chunks())


def test_a_second_save_reuses_unchanged_notes_and_writes_changed_ones() -> None:
    notes = [new_annotation("e1", TEXT, n, n + 3, color="yellow", author="我", note=f"第{n}條")
             for n in range(0, 20)]
    fragments = Fragments()
    assert _encoded(_document(notes), fragments) == _encoded(_document(notes), None)
    notes[5] = replace(notes[5], note="改過了")
    again = _encoded(_document(notes), fragments)
    assert again == _encoded(_document(notes), None)
    assert json.loads(again)["annotations"][5]["note"] == "改過了"


def test_reused_notes_still_count_replaced_characters() -> None:
    broken = new_annotation("e1", TEXT, 0, 3, color="yellow", author="我", note="壞\ud800字")
    fragments = Fragments()
    first = DocumentEncoder(_document([broken]), fragments)
    b"".join(first.chunks())
    second = DocumentEncoder(_document([broken]), fragments)
    data = b"".join(second.chunks())
    assert first.replaced == second.replaced == 1
    assert json.loads(data)["annotations"][0]["note"] == "壞\ufffd字"


def test_the_store_writes_with_fragments(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.load()
    note = new_annotation("e1", TEXT, 2, 6, color="green", author="我")
    document = {**store.data, "annotations": [note]}
    store.write(dict(document))
    store.write(dict(document))
    reread = Store(tmp_path)
    reread.load()
    assert reread.data["annotations"] == [note.to_json()]
