"""Signed member files: who wrote a file is checked without a server (Ed25519, PyNaCl).

Each device has a key pair (kept private in its data folder, app.store.device_key). Its member
file carries the public key (`key`) and a signature (`signature`) over the file's *signed bytes*:

    the file's JSON object without its "signature" field, written canonically: keys sorted,
    no whitespace, UTF-8 with non-ASCII characters as themselves (orjson, OPT_SORT_KEYS); a value
    orjson cannot write (a lone surrogate, an integer past 64 bits) is written by json with the
    same rules, each lone surrogate as its `\\udxxx` escape.

So any two parsers that agree on the JSON value agree on the bytes: a file reformatted by hand
still verifies, a changed value never does.

The app writes a file as exactly its signed bytes with the signature appended as the last member
(`…,"signature":"<base64>"}` and a newline), so a reader checks the signature over the file's own
bytes without writing the document again (`_file_signed_bytes` says why that is sound); any other
file (an older version's, one reformatted by hand) is checked the canonical way.

A device made from a copy of another's data folder carries a `voucher`: its public key signed
by the key it was copied from, so members who know the old key accept the new one without asking.
The trust decisions (pinning) are made by the reader.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

SIGNATURE = "signature"
KEY = "key"
VOUCHER = "voucher"
_VOUCH_CONTEXT = b"jiangxin-reader vouch\n"  # a voucher's signature can never pass for a file's


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """The signed bytes of a member file (see the module's description)."""
    body = {k: v for k, v in document.items() if k != SIGNATURE}
    try:
        return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):
        text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8", "backslashreplace")  # a lone surrogate: \udxxx, a JSON escape


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _decode(text: object, size: int) -> bytes | None:
    if not isinstance(text, str) or len(text) > 2 * size:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


if TYPE_CHECKING:
    from nacl.signing import SigningKey


@dataclass(frozen=True)
class DeviceKey:
    """This device's key pair, and the voucher of the key it was made from (if any)."""

    seed: bytes
    voucher: dict[str, str] | None = None

    @property
    def public(self) -> str:
        return encode(bytes(_signing_key(self.seed).verify_key))

    def sign(self, message: bytes) -> str:
        return encode(_signing_key(self.seed).sign(message).signature)

    def vouch_for(self, author_id: str, new_key: str) -> dict[str, str]:
        """This (older) key's word that `new_key` is the same member's new device."""
        return {KEY: self.public, SIGNATURE: self.sign(_vouch_message(author_id, new_key))}


def new_device_key(vouched_by: DeviceKey | None = None, author_id: str = "") -> DeviceKey:
    from nacl.signing import SigningKey  # noqa: PLC0415  (see _signing_key)

    seed = bytes(SigningKey.generate())
    key = DeviceKey(seed)
    if vouched_by is None:
        return key
    return DeviceKey(seed, vouched_by.vouch_for(author_id, key.public))


def signed_document(document: dict[str, Any], key: DeviceKey) -> dict[str, Any]:
    """`document` with this device's public key, its voucher and the signature over them all."""
    body = _keyed_body(document, key)
    body[SIGNATURE] = key.sign(canonical_bytes(body))
    return body


def signed_file_bytes(document: dict[str, Any], key: DeviceKey) -> bytes:
    """The file of `signed_document(document, key)`: its signed bytes with the signature appended
    as the last member, so a reader verifies the file's own bytes (see the module's description).
    The same JSON object as `signed_document`, so any version of the app reads it."""
    body = _keyed_body(document, key)
    try:
        signed = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):  # what orjson cannot write, it cannot read back alike
        return json.dumps(signed_document(body, key), ensure_ascii=False, separators=(",", ":")
                          ).encode("utf-8", "backslashreplace") + b"\n"
    return signed[:-1] + b',"signature":"' + key.sign(signed).encode("ascii") + b'"}\n'  # body has KEY


def _keyed_body(document: Mapping[str, Any], key: DeviceKey) -> dict[str, Any]:
    body = {k: v for k, v in document.items() if k != SIGNATURE}
    body[KEY] = key.public
    if key.voucher is not None:
        body[VOUCHER] = dict(key.voucher)
    return body


def _vouch_message(author_id: str, new_key: str) -> bytes:
    return _VOUCH_CONTEXT + author_id.encode("utf-8", "backslashreplace") + b"\n" + new_key.encode("ascii")


@dataclass(frozen=True)
class Seal:
    """What a file's signature says: the key it carries ("" when unsigned), whether the signature
    over its content holds, and the older key that vouched for this one ("" when none did)."""

    key: str = ""
    valid: bool = False
    vouched_by: str = ""

    @property
    def unsigned(self) -> bool:
        return not self.key


UNSIGNED = Seal()


def seal_of(document: Mapping[str, Any], author_id: str, raw: bytes | None = None) -> Seal:
    """Check a parsed member file's signature (before anything in it is changed); `raw`: the
    bytes `document` was parsed from, checked first as they are (see `_file_signed_bytes`)."""
    if KEY not in document and SIGNATURE not in document:
        return UNSIGNED  # written by a version of the app from before signatures
    key_text = document.get(KEY)
    public = _decode(key_text, 32)
    signature = _decode(document.get(SIGNATURE), 64)
    if public is None or signature is None or not isinstance(key_text, str):
        return Seal(key_text if isinstance(key_text, str) and public else "?", False)
    own_bytes = _file_signed_bytes(raw, document) if raw is not None else None
    if not (own_bytes is not None and _verifies(public, own_bytes, signature)
            or _verifies(public, canonical_bytes(document), signature)):
        return Seal(key_text, False)
    return Seal(key_text, True, _voucher_of(document.get(VOUCHER), author_id, key_text))


# The last member exactly as signed_file_bytes writes it: 64 signature bytes are 86 base64
# characters and "=="; nothing may follow but one newline.
_SIGNED_TAIL = re.compile(rb',"signature":"([A-Za-z0-9+/]{86}==)"}')
_TAIL_BYTES = len(b',"signature":"') + 88 + len(b'"}')


def _file_signed_bytes(raw: bytes, document: Mapping[str, Any]) -> bytes | None:
    """The bytes the file's signature is over when the file is written as signed_file_bytes
    writes it, None otherwise (then the canonical bytes are checked, as for any file).

    Sound because a signature that holds over these bytes was made by the key's holder over
    exactly them, and the app signs nothing but canonical bytes (a JSON object, keys unique and
    sorted, none named "signature"): the file is then those bytes with one member added, so it
    parses to the signed object plus the signature, and its canonical bytes are the same bytes.
    Anyone without the key who changes a byte before the tail breaks the signature; one who
    changes the tail leaves no match here, so the canonical check decides, as it always did.
    Only the key's holder could sign bytes the app never writes (keys twice or unsorted): those
    pass here and not the canonical way, and "valid" still says what it means, that the key's
    holder wrote this file byte for byte, its content read with the same parser as theirs.
    Refused here (the canonical check decides): a tail not exactly ours, a file not starting
    with `{` (a BOM, whitespace), a parsed signature other than the tail's."""
    end = len(raw) - 1 if raw.endswith(b"\n") else len(raw)
    match = _SIGNED_TAIL.fullmatch(raw, max(0, end - _TAIL_BYTES), end)
    if match is None or not raw.startswith(b"{") or document.get(SIGNATURE) != match[1].decode("ascii"):
        return None
    return raw[:match.start()] + b"}"


def _voucher_of(voucher: object, author_id: str, key: str) -> str:
    """The older key that signed this one for `author_id`, when its signature holds."""
    if not isinstance(voucher, dict):
        return ""
    old_text = voucher.get(KEY)
    old, signature = _decode(old_text, 32), _decode(voucher.get(SIGNATURE), 64)
    if old is None or signature is None or not isinstance(old_text, str):
        return ""
    return old_text if _verifies(old, _vouch_message(author_id, key), signature) else ""


def _signing_key(seed: bytes) -> SigningKey:
    """PyNaCl loads on first use (10 ms): the window's first frame never waits for it."""
    from nacl.signing import SigningKey  # noqa: PLC0415

    return SigningKey(seed)


def _verifies(public: bytes, message: bytes, signature: bytes) -> bool:
    from nacl.exceptions import BadSignatureError  # noqa: PLC0415  (see _signing_key)
    from nacl.signing import VerifyKey  # noqa: PLC0415

    try:
        VerifyKey(public).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True
