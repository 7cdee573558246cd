"""Turning the store document into bytes: in small steps, and never failing on odd text.

The encoder runs in a worker thread while the window keeps working. A step that holds the
interpreter lock for long (one json.dumps of 100,000 notes, or one encode of a 70 MB string)
stalls the window's thread for as long, so the document is encoded a few hundred notes at a
time, each chunk its own small string, and written chunk by chunk. And every step of Python the
worker takes is one the window may wait for, so a save reuses the runs of notes the last save
encoded (Fragments): after one edit, a save of 100,000 notes is a few hundred look-ups.
The bytes are exactly those of encoding the whole document at once (tests hold them to it).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterator
from typing import Any, NamedTuple

from app.core.surrogates import LONE_SURROGATE, utf8_safe

CHUNK_ITEMS = 200  # notes written (and reused) together
CHUNK_BYTES = 512 * 1024  # a run ends by this size: each write lets go of the interpreter


def _to_json(value: object) -> object:
    """Objects with a `to_json()` (notes, handed over as they are) are turned to JSON here,
    in the worker thread, not by the window."""
    to_json = getattr(value, "to_json", None)
    if to_json is None:
        raise TypeError(f"{type(value).__name__} cannot be saved as JSON")
    return to_json()


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_to_json)


class Encoded(NamedTuple):
    """The bytes of a store file, and how many characters had to be replaced to get them."""

    data: bytes
    replaced: int = 0


class Batch(NamedTuple):
    """Notes written side by side: the notes, their JSON joined by commas, and how many
    characters had to be replaced in it."""

    items: tuple[object, ...]
    data: bytes
    replaced: int


class Fragments:
    """The encoded JSON of the saved notes, in runs of up to CHUNK_ITEMS notes, kept from one
    save to the next. Notes are immutable, so a run whose notes are the very same objects in
    the same order is the same JSON: it is found by its first note's identity and checked by
    one comparison in C, so 100,000 unchanged notes cost a save a few hundred look-ups, not
    100,000 steps of Python (~90 ms of the interpreter per save, taken from the window too).

    Used by one save at a time (saves run one after another); holds only the runs of the last
    document saved, so a deleted note is not kept alive."""

    def __init__(self) -> None:
        self._held: dict[int, Batch] = {}  # id of a run's first note → the run
        self._next: dict[int, Batch] = {}

    def run_at(self, items: list[Any], at: int) -> Batch | None:
        """The run of the last save that starts at items[at], when its notes all follow in
        the same order; it is kept for the next save too."""
        batch = self._held.get(id(items[at]))
        if batch is None or at + len(batch.items) > len(items):
            return None
        if not all(map(operator.is_, batch.items, items[at:at + len(batch.items)])):
            return None
        self._next[id(items[at])] = batch
        return batch

    def keep(self, batch: Batch) -> None:
        self._next[id(batch.items[0])] = batch

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
                yield b"["
                yield from _with_commas(self._runs(value))
                yield b"]"
            else:
                yield self._bytes(_ENCODER.encode(value))
        yield b"}\n"
        if self._fragments is not None:
            self._fragments.finish()

    def _runs(self, items: list[Any]) -> Iterator[bytes]:
        """The list's items as runs of JSON, each without the brackets and the commas between
        runs; runs of the last save are reused, the rest encoded and kept for the next."""
        run, fresh = _Run(), []  # fresh: new or changed items, encoded together (one C call)
        at = 0
        while at < len(items):
            batch = self._fragments.run_at(items, at) if self._fragments is not None else None
            if batch is None:
                fresh.append(items[at])
                at += 1
                if run.count + len(fresh) < CHUNK_ITEMS:
                    continue
            else:
                at += len(batch.items)
                self.replaced += batch.replaced
            if fresh:
                run.add(self._encoded(fresh))
                run.notes_only = run.notes_only and all(hasattr(item, "to_json") for item in fresh)
                fresh = []
            if batch is not None:
                if run.batches and run.count + len(batch.items) > CHUNK_ITEMS:
                    yield self._close(run)
                    run = _Run()
                run.add(batch)
            if run.count >= CHUNK_ITEMS or run.size >= CHUNK_BYTES:
                yield self._close(run)
                run = _Run()
        if fresh:
            run.add(self._encoded(fresh))
            run.notes_only = run.notes_only and all(hasattr(item, "to_json") for item in fresh)
        if run.batches:
            yield self._close(run)

    def _encoded(self, items: list[Any]) -> Batch:
        """Items side by side as JSON: one call of the C encoder for them all."""
        before = self.replaced
        data = self._bytes(_ENCODER.encode(items)[1:-1])
        return Batch(tuple(items), data, self.replaced - before)

    def _close(self, run: _Run) -> bytes:
        """A run's bytes, kept for the next save when all its items are notes (a dict may
        change in place, so its JSON is never reused)."""
        batch = run.batch()
        if self._fragments is not None and run.notes_only:
            self._fragments.keep(batch)
        return batch.data

    def _bytes(self, text: str) -> bytes:
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            self.replaced += len(LONE_SURROGATE.findall(text))
            return utf8_safe(text).encode("utf-8")


class _Run:
    """A run being put together from single notes and runs of the last save."""

    def __init__(self) -> None:
        self.batches: list[Batch] = []
        self.count = self.size = 0
        self.notes_only = True

    def add(self, batch: Batch) -> None:
        self.batches.append(batch)
        self.count += len(batch.items)
        self.size += len(batch.data)

    def batch(self) -> Batch:
        if len(self.batches) == 1:
            return self.batches[0]  # a run of the last save, whole: kept as it is
        return Batch(tuple(item for batch in self.batches for item in batch.items),
                     b",".join(batch.data for batch in self.batches),
                     sum(batch.replaced for batch in self.batches))


def _with_commas(runs: Iterator[bytes]) -> Iterator[bytes]:
    separator = b""
    for run in runs:
        yield separator + run if separator else run
        separator = b","


def encode_document(document: dict[str, Any]) -> Encoded:
    """The whole document as bytes at once (small documents, tests, copies)."""
    encoder = DocumentEncoder(document)
    data = b"".join(encoder.chunks())
    return Encoded(data, encoder.replaced)
