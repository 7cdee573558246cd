"""Turning the store document into bytes: in small steps, and never failing on odd text.

The encoder runs in a worker thread while the window keeps working. A step that holds the
interpreter lock for long (one json.dumps of 100,000 notes, or one encode of a 70 MB string)
stalls the window's thread for as long, so the document is encoded a few hundred notes at a
time, each chunk its own small string, and written chunk by chunk.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from app.core.surrogates import LONE_SURROGATE, utf8_safe

CHUNK_ITEMS = 200


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


class DocumentEncoder:
    """Compact UTF-8 JSON of a document, as chunks; counts lone surrogates written as U+FFFD.

    A lone surrogate (which UTF-8 cannot hold) must not stop every note from being saved.
    Raises TypeError or ValueError only for values JSON cannot represent at all (a bug).
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.replaced = 0

    def chunks(self) -> Iterator[bytes]:
        first = True
        yield b"{"
        for key, value in self.document.items():
            yield self._bytes(("" if first else ",") + _ENCODER.encode(key) + ":")
            first = False
            if isinstance(value, list):
                yield from self._list(value)
            else:
                yield self._bytes(_ENCODER.encode(value))
        yield b"}\n"

    def _list(self, items: list[Any]) -> Iterator[bytes]:
        yield b"["
        iterator = iter(items)
        separator = ""
        while batch := list(islice(iterator, CHUNK_ITEMS)):
            yield self._bytes(separator + ",".join(_ENCODER.encode(item) for item in batch))
            separator = ","
        yield b"]"

    def _bytes(self, text: str) -> bytes:
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            self.replaced += len(LONE_SURROGATE.findall(text))
            return utf8_safe(text).encode("utf-8")


def encode_document(document: dict[str, Any]) -> Encoded:
    """The whole document as bytes at once (small documents, tests, copies)."""
    encoder = DocumentEncoder(document)
    data = b"".join(encoder.chunks())
    return Encoded(data, encoder.replaced)
