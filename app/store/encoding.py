"""Turning the store document into bytes: in small steps, and never failing on odd text.

The encoder runs in a worker thread while the window keeps working. The C JSON encoder holds
the interpreter lock for as long as one call lasts, so a list of 100,000 notes is encoded one
note at a time: between two notes the window's thread gets its turn.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def _to_json(value: object) -> object:
    """Objects with a `to_json()` (notes, handed over as they are) are turned to JSON here,
    in the worker thread, not by the window."""
    to_json = getattr(value, "to_json", None)
    if to_json is None:
        raise TypeError(f"{type(value).__name__} cannot be saved as JSON")
    return to_json()


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_to_json)


@dataclass(frozen=True)
class Encoded:
    """The bytes of a store file, and how many characters had to be replaced to get them."""

    data: bytes
    replaced: int = 0


def encode_document(document: dict[str, Any]) -> Encoded:
    """Compact UTF-8 JSON of `document`; a lone surrogate (which UTF-8 cannot hold) becomes U+FFFD.

    Raises TypeError or ValueError only for values JSON cannot represent at all (a bug).
    """
    text = "{" + ",".join(_member(key, value) for key, value in document.items()) + "}\n"
    try:
        return Encoded(text.encode("utf-8"))
    except UnicodeEncodeError:
        # One note with a broken character must not stop every note from being saved.
        replaced = len(_SURROGATE.findall(text))
        return Encoded(_SURROGATE.sub("\ufffd", text).encode("utf-8"), replaced)


def _member(key: str, value: object) -> str:
    name = _ENCODER.encode(key)
    if isinstance(value, list):
        return name + ":[" + ",".join(_ENCODER.encode(item) for item in value) + "]"
    return name + ":" + _ENCODER.encode(value)
