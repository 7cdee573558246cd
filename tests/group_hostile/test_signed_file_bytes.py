"""A signed member file is written as its signed bytes plus the signature, and read back by
checking those bytes as they are: the verdict is always the one the canonical check gives, for
honest files, files in an older version's layout and files changed in any way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import signing
from app.core.member_file import MemberFileError, load_json, parse_member_file
from app.core.signing import new_device_key, seal_of, signed_document, signed_file_bytes
from app.store.groupfiles import create_group_folder, write_member_file
from tests.group_hostile.hostile import ALICE

KEY = new_device_key(new_device_key(), "alice")  # with a voucher, as a copied data folder has
texts = st.text(max_size=10)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), texts,
                    st.floats(allow_nan=False, allow_infinity=False))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(texts, inner, max_size=3), max_leaves=12)
documents = st.dictionaries(texts, values, max_size=5)


def parsed(raw: bytes) -> dict[str, Any] | None:
    try:
        document = load_json(raw)
    except MemberFileError:
        return None
    return document if isinstance(document, dict) else None


@given(documents)
def test_the_file_is_the_same_object_as_before_and_verifies_in_both_ways(document: dict[str, Any]) -> None:
    raw = signed_file_bytes(document, KEY)
    before = signed_document(document, KEY)  # what the file held before: an older version reads it so
    assert json.loads(raw.decode("utf-8")) == before
    assert load_json(raw) == before
    assert seal_of(load_json(raw), "alice").valid  # an older version's check: canonical bytes
    assert seal_of(load_json(raw), "alice", raw) == seal_of(load_json(raw), "alice")
    assert seal_of(load_json(raw), "alice", raw).vouched_by == KEY.voucher["key"]  # type: ignore[index]


TAMPERINGS = ("flip", "insert", "delete", "cut", "bom", "space", "garbage", "newlines")


@settings(max_examples=300)
@given(documents, st.sampled_from(TAMPERINGS), st.integers(0, 10**6), st.binary(min_size=1, max_size=3))
def test_a_changed_file_gets_the_canonical_verdict(document: dict[str, Any], tampering: str, where: int,
                                                   some: bytes) -> None:
    raw = signed_file_bytes(document, KEY)
    at = where % len(raw)
    changed = {
        "flip": raw[:at] + bytes([raw[at] ^ (some[0] or 1)]) + raw[at + 1:],
        "insert": raw[:at] + some + raw[at:],
        "delete": raw[:at] + raw[at + 1:],
        "cut": raw[:at],
        "bom": b"\xef\xbb\xbf" + raw,
        "space": raw[:at] + b" " + raw[at:],
        "garbage": raw + some,
        "newlines": raw + b"\n",
    }[tampering]
    read = parsed(changed)
    if read is not None:
        assert seal_of(read, "alice", changed) == seal_of(read, "alice")


def test_a_file_in_an_older_versions_layout_still_verifies() -> None:
    document = {"format": "jiangxin-group-notes", "notes": [{"id": "n1", "text": "为什么"}]}
    for raw in (json.dumps(signed_document(document, KEY), ensure_ascii=False).encode("utf-8"),
                json.dumps(signed_document(document, KEY), indent=2).encode("utf-8")):
        assert seal_of(load_json(raw), "alice", raw).valid


def test_the_apps_own_file_is_verified_without_writing_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = signed_file_bytes({"format": "jiangxin-group-notes", "notes": [{"text": "懂了"}]}, KEY)
    written_again = []
    monkeypatch.setattr(signing, "canonical_bytes", lambda document: written_again.append(1) or b"")
    assert seal_of(load_json(raw), "alice", raw).valid
    assert written_again == []
    changed = raw.replace("懂了".encode(), "不懂".encode())
    assert not seal_of(load_json(changed), "alice", changed).valid
    assert written_again == [1]  # a file that fails as it is still gets the canonical check


def crafted(signed: bytes) -> bytes:
    """Bytes the key's holder signed that no version of the app would: in the file layout."""
    return signed[:-1] + b',"signature":"' + KEY.sign(signed).encode("ascii") + b'"}\n'


def test_a_file_with_a_bom_is_refused_as_before() -> None:
    raw = signed_file_bytes({"x": 1}, KEY)
    assert parsed(raw) is not None and parsed(b"\xef\xbb\xbf" + raw) is None  # damaged, as it was


@pytest.mark.parametrize("signed", [b' {"key":"%s","x":"%s"}', b'\n\t{"key":"%s","x":"%s"}'])
def test_whitespace_before_the_object_gets_the_canonical_verdict(signed: bytes) -> None:
    signed = signed % (KEY.public.encode(), KEY.sign(b"{}").encode())
    raw = crafted(signed)
    read = parsed(raw)
    assert read is not None
    assert seal_of(read, "alice", raw) == seal_of(read, "alice")
    assert not seal_of(read, "alice", raw).valid


def test_a_signature_other_than_the_tails_gets_the_canonical_verdict() -> None:
    """A second "signature" member after the tail's: the tail is no longer the file's end."""
    raw = signed_file_bytes({"x": 1}, KEY)
    doubled = raw[:-2] + b',"signature":"' + KEY.sign(b"{}").encode() + b'"}'
    read = parsed(doubled)
    assert read is not None
    assert seal_of(read, "alice", doubled) == seal_of(read, "alice")
    assert not seal_of(read, "alice", doubled).valid


def test_an_integer_orjson_cannot_write_is_written_as_before_with_the_same_verdict() -> None:
    document = {"big": 2**70 + 1, "text": "大"}
    raw = signed_file_bytes(document, KEY)
    assert json.loads(raw) == signed_document(document, KEY)
    assert orjson.loads(raw)["big"] != 2**70 + 1  # read back as a float: the signature fails, as before
    assert not seal_of(load_json(raw), "alice", raw).valid and not seal_of(load_json(raw), "alice").valid


def test_the_writer_publishes_the_layout_and_the_reader_verifies_it_as_it_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "group"
    create_group_folder(folder, "读书会")
    note = {"id": "n1", "essay_id": "e1", "start": 0, "end": 2, "text": "为什么", "shared": True,
            "modified": "2026-12-01T10:00:00Z", "created": "2026-12-01T10:00:00Z"}
    path = write_member_file(folder, ALICE, [note], key=KEY)
    raw = path.read_bytes()
    assert raw.rsplit(b',"signature":"', 1)[1].endswith(b'"}\n')  # the signature is the last member
    monkeypatch.setattr(signing, "canonical_bytes", lambda document: b"")  # only the fast check can pass
    member = parse_member_file(raw, ALICE.id)
    assert member.seal.valid and member.seal.key == KEY.public
