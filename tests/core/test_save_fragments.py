"""Saving again reuses the JSON of unchanged notes: the file is byte for byte what a fresh
encoding gives, and a changed note is written as it is now."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.notes import new_annotation
from app.core.surrogates import LONE_SURROGATE, utf8_safe
from app.store import Store, encoding
from app.store.encoding import DocumentEncoder, Fragments
from app.store.layout import laid_out, read_head, read_whole

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


# -- reused runs of notes: the file is what encoding the whole document at once gives ---------

HOSTILE = st.one_of(st.text(max_size=12), st.sampled_from(
    ["\ud800", "a\udfffb", '"\\', "\u2028\u2029", "\x00\x1f", "</script>", "𠀀𝌆", "\ufeff"]))
SET_ASIDE = st.lists(st.dictionaries(st.text(max_size=4), st.one_of(st.none(), st.integers(), HOSTILE),
                                     max_size=3), max_size=3)
EDITS = st.lists(st.tuples(st.sampled_from(["edit", "delete", "insert", "append", "swap"]),
                           st.integers(0, 10_000), HOSTILE), max_size=12)


def _note(number: int, note: str) -> object:
    return new_annotation("e1", TEXT, number % 20, number % 20 + 3, color="yellow", author="我", note=note)


def _whole(document: dict[str, object]) -> tuple[bytes, int]:
    """The reference: the document made JSON at once, then written as the store writes it."""
    plain = {key: [item.to_json() if hasattr(item, "to_json") else item for item in value]
             if isinstance(value, list) else value for key, value in document.items()}
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":")) + "\n"
    return utf8_safe(text).encode("utf-8"), len(LONE_SURROGATE.findall(text))


def _apply(notes: list[object], edit: tuple[str, int, str], serial: int) -> None:
    kind, where, text = edit
    at = where % len(notes) if notes else 0
    if kind == "edit" and notes:
        notes[at] = replace(notes[at], note=text)  # type: ignore[type-var]
    elif kind == "delete" and notes:
        del notes[at]
    elif kind == "insert":
        notes.insert(at, _note(serial, text))
    elif kind == "swap" and len(notes) > 1:
        notes[at], notes[at - 1] = notes[at - 1], notes[at]
    else:
        notes.append(_note(serial, text))


@settings(max_examples=60, deadline=None)
@given(count=st.integers(0, 30), texts=st.lists(HOSTILE, min_size=1, max_size=5), set_aside=SET_ASIDE,
       edits=EDITS, prefs=st.dictionaries(st.text(max_size=5), HOSTILE, max_size=3))
def test_saves_reusing_runs_write_what_a_whole_encoding_writes(
        count: int, texts: list[str], set_aside: list[object], edits: list[tuple[str, int, str]],
        prefs: dict[str, str]) -> None:
    notes = [_note(n, texts[n % len(texts)]) for n in range(count)]
    fragments = Fragments()
    with patch.object(encoding, "CHUNK_ITEMS", 3):  # runs of three: many runs, many seams
        for serial, edit in enumerate([("none", 0, ""), *edits]):
            if edit[0] != "none":
                _apply(notes, edit, count + serial)
            document = laid_out({"schema": 3, "prefs": prefs, "annotations": list(notes),
                                 "set_aside": set_aside, "bookmarks": []})
            encoder = DocumentEncoder(document, fragments)
            written = b"".join(encoder.chunks())
            expected, replaced = _whole(document)
            assert written == expected
            assert encoder.replaced == replaced
            read = read_whole(written)
            assert read["annotations"] == json.loads(expected)["annotations"]
            assert read_head(written) == {"schema": 3, "prefs": json.loads(expected)["prefs"]}


def test_a_note_edited_deleted_or_added_between_saves_is_on_disk_as_it_is_now(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.load()
    notes = [_note(n, f"第{n}條") for n in range(1_000)]  # five runs of 200
    store.write({**store.data, "annotations": list(notes)})
    notes[450] = replace(notes[450], note="改過了")  # type: ignore[type-var]
    del notes[10]
    notes.insert(700, _note(5000, "新的"))
    notes.append(_note(5001, "最後"))
    for _ in range(2):  # and a save with nothing changed writes the same again
        store.write({**store.data, "annotations": list(notes)})
        reread = Store(tmp_path)
        reread.load()
        assert [note["note"] for note in reread.data["annotations"]] == [note.note for note in notes]  # type: ignore[attr-defined]
