"""Code-point ⇄ UTF-16 positions: Python counts 𠮷 as 1, Qt's QTextCursor as 2."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Index:
    """Position conversion for one text; free when the text has no astral characters."""

    __slots__ = ("_astral", "_astral16")

    def __init__(self, text: str) -> None:
        # characters outside the BMP take two UTF-16 units each
        self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
        self._astral16 = [i + k for k, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def from_utf16(self, unit: int) -> int:
        """Code-point index of UTF-16 position `unit`; a unit inside a pair rounds down."""
        return unit - bisect_left(self._astral16, unit)
