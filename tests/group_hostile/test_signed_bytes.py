"""The signed bytes of a member file are a function of its JSON value alone: the same whatever
parser read it or however it was written, different for any other value (lone surrogates and
integers past 64 bits included, which orjson leaves to json)."""

from __future__ import annotations

import json
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

from app.core.member_file import load_json
from app.core.signing import canonical_bytes, new_device_key, seal_of, signed_document

KEY = new_device_key()
texts = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)  # surrogates included


def documents_with(integers: st.SearchStrategy[int]) -> st.SearchStrategy[dict[str, Any]]:
    scalars = st.one_of(st.none(), st.booleans(), integers, texts)
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(texts, inner, max_size=4), max_leaves=20)
    return st.dictionaries(texts, values, max_size=6)


documents = documents_with(st.integers(min_value=-(2**70), max_value=2**70))
# what a member file can hold and be read back unchanged: orjson reads an integer past 64 bits
# as a float (such a file fails its signature: no version of the app writes one)
file_documents = documents_with(st.integers(min_value=-(2**63), max_value=2**63 - 1))


@given(file_documents)
def test_the_bytes_are_the_same_after_any_honest_writing_and_reading(document: dict[str, Any]) -> None:
    expected = canonical_bytes(document)
    for written in (json.dumps(document), json.dumps(document, ensure_ascii=False, indent=3)
                    .encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")):
        try:
            raw = written.encode("utf-8")
        except UnicodeEncodeError:
            continue  # a raw lone surrogate cannot be in a UTF-8 file; its escape (above) can
        assert canonical_bytes(load_json(raw)) == expected


@given(documents)
def test_the_bytes_read_back_as_the_document(document: dict[str, Any]) -> None:
    assert json.loads(canonical_bytes(document).decode("utf-8")) == document


@given(documents, documents)
def test_different_documents_never_share_their_bytes(first: dict[str, Any], second: dict[str, Any]) -> None:
    if first != second:
        assert canonical_bytes(first) != canonical_bytes(second)


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=12) | st.integers(-(2**63), 2**63 - 1)))
def test_orjson_and_the_json_fallback_write_the_same_bytes(document: dict[str, Any]) -> None:
    fallback = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert orjson.dumps(document, option=orjson.OPT_SORT_KEYS) == fallback.encode("utf-8")


@given(file_documents)
def test_a_signed_document_verifies_after_a_round_trip_and_fails_once_changed(
        document: dict[str, Any]) -> None:
    sealed = signed_document(document, KEY)
    read = load_json(json.dumps(sealed).encode("utf-8"))
    assert seal_of(read, "alice").valid and seal_of(read, "alice").key == KEY.public
    read["extra"] = "改"
    assert not seal_of(read, "alice").valid
