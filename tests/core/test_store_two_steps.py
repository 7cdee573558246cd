"""A large store read in two steps: the head at once, the notes later; nothing read differently
from a whole read, and damage told the same way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.store import Store
from app.store import store as store_module
from app.store.layout import END_BYTES, laid_out, read_head, read_whole

NOTES = 600  # about 300 KB; the two-step size is lowered to 100 KB below


def note(number: int) -> dict[str, Any]:
    anchor = {"start": 0, "end": 2, "text_hash": "h", "exact": "工匠",
              "prefix": "前文" * 8, "suffix": "後文" * 8}
    return {"id": f"n{number}", "essay_id": f"c#{number % 7}", "anchor": anchor, "color": "yellow",
            "note": "讨论要点" * 20, "tags": ["t"], "author": "me", "created": "2024", "modified": "2024",
            "author_id": "a", "device": "d", "deleted": None, "shared": False, "reply_to": None}


def document(notes: int = NOTES) -> dict[str, Any]:
    return {"schema": 3, "prefs": {"theme": "dark", "last_essay": "c#3"}, "reading": {"c#3": {"offset": 40}},
            "profile": {"author_id": "a", "device_id": "d", "color": "#123456"},
            "annotations": [note(n) for n in range(notes)],
            "bookmarks": [{"id": "b1", "essay_id": "c#1", "anchor": note(0)["anchor"], "name": "here",
                           "created": "2024"}],
            "vocabulary": [{"word": "匠心"}], "future_field": {"kept": True}}


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "TWO_STEPS_FROM_BYTES", 100_000)


def saved_by_the_app(folder: Path, data: dict[str, Any]) -> None:
    store = Store(folder)
    store.data = data
    store.save()


def test_the_app_writes_the_notes_last_and_marks_it(data_dir: Path) -> None:
    saved_by_the_app(data_dir, document())
    raw = (data_dir / "store.json").read_bytes()
    assert raw.endswith(END_BYTES)
    keys = list(json.loads(raw))
    assert keys[-3:] == ["annotations", "bookmarks", "notes_last"]
    assert {"vocabulary", "future_field", "prefs"} <= set(keys[:-3])


def test_the_head_comes_first_and_the_rest_matches_a_whole_read(data_dir: Path) -> None:
    saved_by_the_app(data_dir, document())
    whole = Store(data_dir)
    whole.load()
    store = Store(data_dir)
    assert store.load(notes_later=True) == []
    assert store.notes_pending
    assert store.data["prefs"]["theme"] == "dark" and store.data["vocabulary"] == [{"word": "匠心"}]
    assert "annotations" not in store.data and "bookmarks" not in store.data
    rest, messages = store.read_rest()
    assert messages == []
    store.take_rest(rest)
    assert not store.notes_pending
    assert store.data == whole.data
    assert len(store.notes("annotations")) == NOTES


def test_a_small_file_an_old_layout_or_an_old_schema_is_read_whole(data_dir: Path) -> None:
    old_layout = json.dumps(document(), ensure_ascii=False)  # notes before the vocabulary, no mark
    for text in (old_layout, json.dumps({**document(), "schema": 2}, ensure_ascii=False)):
        (data_dir / "store.json").write_text(text, "utf-8")
        store = Store(data_dir)
        store.load(notes_later=True)
        assert not store.notes_pending
        assert len(store.notes("annotations")) == NOTES
        assert store.data["vocabulary"] == [{"word": "匠心"}]
    saved_by_the_app(data_dir, document(notes=3))
    store = Store(data_dir)
    store.load(notes_later=True)
    assert not store.notes_pending and len(store.notes("annotations")) == 3


def damage_the_notes(path: Path) -> None:
    raw = path.read_bytes()
    middle = raw.index(b'"n300"')
    path.write_bytes(raw[:middle] + b"{{{" + raw[middle:])  # the head and the end mark stay whole


def told(messages: list[Any]) -> list[str]:
    return [str(message).split("corrupt-")[0] for message in messages]


def test_damage_in_the_notes_is_told_as_a_whole_read_tells_it_and_the_backup_is_used(tmp_path: Path) -> None:
    folders = [tmp_path / "whole", tmp_path / "two-steps"]
    for folder in folders:
        folder.mkdir()
        saved_by_the_app(folder, document())
        Store(folder).load()  # keeps store.json.bak
        saved_by_the_app(folder, {**document(), "annotations": [note(n) for n in range(NOTES + 5)]})
        damage_the_notes(folder / "store.json")
    whole = Store(folders[0])
    expected = told(whole.load())
    store = Store(folders[1])
    assert store.load(notes_later=True) == []
    rest, messages = store.read_rest()
    store.take_rest(rest)
    assert told(messages) == expected
    assert any("could not be read" in m for m in expected) and any("restored" in m for m in expected)
    assert len(store.notes("annotations")) == NOTES  # the backup's notes, as the whole read has them
    assert store.notes("annotations") == whole.notes("annotations")
    assert len(list(folders[1].glob("store.json.corrupt-*"))) == 1  # kept aside, never overwritten


def test_a_damaged_note_is_set_aside_alone(data_dir: Path) -> None:
    data = document()
    data["annotations"][5]["tags"] = [1, 2]
    data["annotations"][9]["anchor"] = [[[[[[]]]]]] * 3
    saved_by_the_app(data_dir, data)
    store = Store(data_dir)
    store.load(notes_later=True)
    rest, messages = store.read_rest()
    store.take_rest(rest)
    assert len(store.notes("annotations")) == NOTES - 2
    assert [entry["entry"]["id"] for entry in store.data["set_aside"]] == ["n5", "n9"]
    assert any("2 notes could not be read" in str(m) for m in messages)


def test_a_note_nested_990_levels_deep_is_refused_the_same_way(data_dir: Path) -> None:
    saved_by_the_app(data_dir, document())
    raw = (data_dir / "store.json").read_bytes()
    deep = b'"note":' + b"[" * 990 + b"]" * 990
    raw = raw.replace(b'"note":"' + "讨论要点".encode() * 20 + b'"', deep, 1)
    (data_dir / "store.json").write_bytes(raw)
    whole = Store(data_dir.parent / "copy")
    (data_dir.parent / "copy").mkdir()
    (data_dir.parent / "copy" / "store.json").write_bytes(raw)
    expected = told(whole.load())
    store = Store(data_dir)
    store.load(notes_later=True)
    rest, messages = store.read_rest()
    assert told(messages) == expected
    assert any("nested too deeply" in m for m in expected)


def test_the_reader_of_the_layout_refuses_what_json_refuses() -> None:
    for bad in (b"", b"{", b'{"a":1', b'{"a":1}x', b'{"annotations":[1,2', b'{"a" 1}',
                b'{"annotations":[1,]}', b'{"a":1,}', b'{"annotations":[1 2]}'):
        with pytest.raises(ValueError):
            read_whole(bad)
        with pytest.raises(ValueError):
            json.loads(bad)
    with pytest.raises(ValueError):
        read_whole(b"[1]")  # JSON, but no store: refused as the frame check refuses it
    spaced = b' {\n "a" : 1 ,\t"annotations" : [ 1 , 2 ] , "notes_last" : true }\n'
    assert read_whole(spaced) == {"a": 1, "annotations": [1, 2]}
    assert read_head(spaced) == {"a": 1}
    assert read_head(b'{"a":1}') is None  # no notes: the whole file is the head; read it whole
    assert list(laid_out({"annotations": [], "z": 1, "set_aside": [], "a": 2})) == [
        "z", "a", "annotations", "set_aside", "notes_last"]


def test_a_head_longer_than_its_first_megabyte_is_read_with_the_notes(data_dir: Path) -> None:
    saved_by_the_app(data_dir, {**document(), "prefs": {"long": "長" * 600_000}})  # 1.8 MB of prefs
    store = Store(data_dir)
    store.load(notes_later=True)
    assert not store.notes_pending
    assert len(store.prefs["long"]) == 600_000 and len(store.notes("annotations")) == NOTES


def test_hostile_text_that_looks_like_the_layout_fools_neither_step(data_dir: Path) -> None:
    """A pref or a note whose text holds the notes key or the end mark: the head still ends at
    the real notes, the notes read are the file's, and a cut anywhere is never taken for a head."""
    mark = '"annotations":[],"notes_last":true}\n'
    data = document()
    data["prefs"] = {"annotations": mark, "theme": mark}  # a nested key named like a notes section
    data["annotations"][-1] = {**note(0), "id": "last", "note": "," + mark}
    saved_by_the_app(data_dir, data)
    raw = (data_dir / "store.json").read_bytes()
    store = Store(data_dir)
    store.load(notes_later=True)
    assert store.notes_pending and store.data["prefs"] == data["prefs"]
    store.take_rest(store.read_rest()[0])
    assert store.notes("annotations")[-1]["note"] == "," + mark
    assert len(store.notes("annotations")) == NOTES
    head = {key: value for key, value in store.data.items() if key not in ("annotations", "bookmarks")}
    for cut in range(0, len(raw), 97):
        assert read_head(raw[:cut]) in (None, head)
