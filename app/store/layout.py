"""The store file's layout: the small sections first, the notes last, so a window can start on
the head of a 60 MB file and read its notes in the background.

A file written this way ends with the mark `"notes_last": true`; only such a file is read in two
steps (an older version, keeping the mark as an unknown field, writes it before its notes, so
its files are read whole). The reading is plain JSON, parsed a value at a time: a notes list is
parsed note by note, so a worker reading 100,000 notes lets the window's thread run between
them (one `json.loads` of the whole file held the interpreter for 0.6 s).
"""

from __future__ import annotations

import codecs
import json
import json.scanner
import re
from collections.abc import Callable
from typing import Any

Data = dict[str, Any]

LATE_KEYS = ("annotations", "bookmarks", "set_aside")  # read after the window is up
END_MARK = "notes_last"
END_BYTES = b',"' + END_MARK.encode() + b'":true}\n'
HEAD_BYTES = 1 << 20  # a head longer than this (never written by the app) is read with the notes

_SPACE = re.compile(r"[ \t\n\r]*")
Scan = Callable[[str, int], tuple[Any, int]]


def laid_out(document: Data) -> Data:
    """The document with its notes sections last and the end mark after them."""
    head = {key: value for key, value in document.items() if key not in LATE_KEYS and key != END_MARK}
    late = {key: document[key] for key in LATE_KEYS if key in document}
    return {**head, **late, END_MARK: True}


def in_layout(raw: bytes) -> bool:
    """Whether `raw` was written in this layout (its notes sections are its last keys)."""
    return raw.endswith(END_BYTES)


def read_head(prefix: bytes) -> Data | None:
    """The keys before the first notes section, from the file's first bytes; None when they
    are not all there, or not JSON (the file is then read whole, its damage told as ever)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(prefix, final=False)
        head, stopped = _read_object(text, stop_at_late=True)
    except (ValueError, RecursionError):
        return None
    return head if stopped else None


def read_whole(raw: bytes) -> Data:
    """The whole document, the end mark taken out; ValueError or RecursionError when not JSON."""
    document, _stopped = _read_object(raw.decode("utf-8"), stop_at_late=False)
    document.pop(END_MARK, None)
    return document


def _read_object(text: str, *, stop_at_late: bool) -> tuple[Data, bool]:
    """The top-level object (or its head); True with it when it stopped at a notes section."""
    try:
        return _read_fields(text, stop_at_late=stop_at_late)
    except IndexError:
        raise json.JSONDecodeError("Unexpected end of data", text, len(text)) from None


def _read_fields(text: str, *, stop_at_late: bool) -> tuple[Data, bool]:
    scan: Scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
    data: Data = {}
    at = _expect(text, _skip(text, 0), "{")
    if text[at] == "}":
        return data, _at_end(text, at + 1)
    while True:
        if text[at] != '"':
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, at)
        key, at = _value(scan, text, at)
        at = _expect(text, _skip(text, at), ":")
        if key in LATE_KEYS and stop_at_late:
            return data, True
        data[key], at = (_list(scan, text, at) if key in LATE_KEYS and text[at] == "["
                         else _value(scan, text, at))
        at = _skip(text, at)
        if text[at] == "}":
            return data, _at_end(text, at + 1)
        at = _expect(text, at, ",")


def _list(scan: Scan, text: str, at: int) -> tuple[list[Any], int]:
    """A list parsed item by item (the worker lets go of the interpreter between items)."""
    items: list[Any] = []
    at = _skip(text, at + 1)
    if text[at] == "]":
        return items, at + 1
    while True:
        item, at = _value(scan, text, at)
        items.append(item)
        at = _skip(text, at)
        if text[at] == "]":
            return items, at + 1
        at = _expect(text, at, ",")


def _value(scan: Scan, text: str, at: int) -> tuple[Any, int]:
    try:
        return scan(text, at)
    except StopIteration as stop:
        raise json.JSONDecodeError("Expecting value", text, stop.value) from None


def _skip(text: str, at: int) -> int:
    if at < len(text) and text[at] not in " \t\n\r":
        return at  # the app writes no space: the common case without a regular expression
    match = _SPACE.match(text, at)
    return match.end() if match else at


def _expect(text: str, at: int, char: str) -> int:
    """The position after `char` (and the space after it) at `at`."""
    if text[at] != char:
        raise json.JSONDecodeError(f"Expecting '{char}'", text, at)
    return _skip(text, at + 1)


def _at_end(text: str, at: int) -> bool:
    """False (the object ended before any notes section) when only space follows; else raises."""
    if _skip(text, at) != len(text):
        raise json.JSONDecodeError("Extra data", text, at)
    return False
