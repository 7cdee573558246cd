"""A passage without the marks that would hang at its ends.

A selection widened to whole words, or dragged a character too far, often starts at the
comma before a phrase or takes a quotation's opening mark but not its closing one. Shown in
quotation marks it then reads ““工匠精神” or “，工匠”. A highlight or a search keeps the words,
and the marks only when they come in pairs.
"""

from __future__ import annotations

import unicodedata

_PAIRS = dict(zip("“‘「『（(《〈【〔[{", "”’」』）)》〉】〕]}", strict=True))
_OPENING_OF = {closing: opening for opening, closing in _PAIRS.items()}
_PAUSES = ",，、;；:："  # a passage may end a sentence (。！？), not pause on a comma


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` less leading marks and spaces, trailing pauses and spaces, and any
    quotation mark or bracket whose partner is not inside; unchanged when only marks remain."""
    first, last = start, end
    while first < last and _hangs_at_start(text, first, last):
        first += 1
    while last > first and _hangs_at_end(text, first, last):
        last -= 1
    return (first, last) if first < last else (start, end)


def trimmed(passage: str) -> str:
    first, last = trimmed_span(passage, 0, len(passage))
    return passage[first:last]


def _hangs_at_start(text: str, first: int, last: int) -> bool:
    char = text[first]
    if char in _PAIRS:
        return _PAIRS[char] not in text[first + 1:last]
    return char.isspace() or unicodedata.category(char).startswith("P")


def _hangs_at_end(text: str, first: int, last: int) -> bool:
    char = text[last - 1]
    if char in _OPENING_OF:
        return _OPENING_OF[char] not in text[first:last - 1]
    return char.isspace() or char in _PAUSES or char in _PAIRS
