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


class Fragments:
    """The encoded JSON of each saved note, kept from one save to the next by the note's
    identity: notes are immutable, so an unchanged note is the same object and is not encoded
    again (making JSON of 100,000 notes took 0.7 s of every save; the write itself 0.05 s).

    Used by one save at a time (saves run one after another); holds only the notes of the
    last document saved."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[object, bytes, int]] = {}  # id → (note, bytes, replaced)
        self._next: dict[int, tuple[object, bytes, int]] = {}

    def get(self, item: object) -> tuple[bytes, int] | None:
        held = self._held.get(id(item))
        if held is None or held[0] is not item:
            return None
        self._next[id(item)] = held
        return held[1], held[2]

    def keep(self, item: object, data: bytes, replaced: int) -> None:
        self._next[id(item)] = (item, data, replaced)

    def start(self) -> None:
        self._next = {}  # a save cut short left some behind

    def finish(self) -> None:
        """The document is written: what it held is what the next save may reuse."""
        self._held, self._next = self._next, {}


class DocumentEncoder:
    """Compact UTF-8 JSON of a document, as chunks; counts lone surrogates written as U+FFFD.

    A lone surrogate (which UTF-8 cannot hold) must not stop every note from being saved.
    Raises TypeError or ValueError only for values JSON cannot represent at all (a bug).
    """

    def __init__(self, document: dict[str, Any], fragments: Fragments | None = None) -> None:
        """`fragments`: notes encoded by an earlier save, reused when unchanged."""
        self.document = document
        self.replaced = 0
        self._fragments = fragments

    def chunks(self) -> Iterator[bytes]:
        if self._fragments is not None:
            self._fragments.start()
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
        if self._fragments is not None:
            self._fragments.finish()

    def _list(self, items: list[Any]) -> Iterator[bytes]:
        yield b"["
        iterator = iter(items)
        separator = ""
        while batch := list(islice(iterator, CHUNK_ITEMS)):
            if self._fragments is not None and hasattr(batch[0], "to_json"):
                yield (separator.encode() + b",".join(map(self._fragment, batch)))
            else:
                yield self._bytes(separator + ",".join(_ENCODER.encode(item) for item in batch))
            separator = ","
        yield b"]"

    def _fragment(self, item: object) -> bytes:
        """One note's JSON, from the last save when the note is the same object."""
        if self._fragments is None or not hasattr(item, "to_json"):  # a dict may change in place
            return self._bytes(_ENCODER.encode(item))
        held = self._fragments.get(item)
        if held is None:
            before = self.replaced
            data = self._bytes(_ENCODER.encode(item))
            self._fragments.keep(item, data, self.replaced - before)
            return data
        self.replaced += held[1]
        return held[0]

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
