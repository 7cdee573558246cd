"""A passage without the marks that would hang at its ends.

A selection widened to whole words, or dragged a character too far, often starts at the
comma before a phrase or takes a quotation's opening mark but not its closing one. Shown in
quotation marks it then reads ““工匠精神” or “，工匠”. A highlight or a search keeps the words,
and the marks only when they come in pairs.
"""

from __future__ import annotations

import unicodedata

from app.core.quotes import is_apostrophe

_PAIRS = dict(zip("“‘「『（(《〈【〔[{〝﹁﹃«‹", "”’」』）)》〉】〕]}〞﹂﹄»›", strict=True))
_OPENING_OF = {closing: opening for opening, closing in _PAIRS.items()}
_BOTH_WAYS = "\"'＂＇"  # one mark opens and closes
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
    """`passage` less what would hang at its ends (see trimmed_span)."""
    first, last = trimmed_span(passage, 0, len(passage))
    return passage[first:last]


def _hangs_at_start(text: str, first: int, last: int) -> bool:
    char = text[first]
    if char in _PAIRS:  # kept when one of its closing marks inside is left unopened
        closing = _PAIRS[char]
        return _closings(text, first + 1, last, closing) <= text.count(char, first + 1, last)
    if char in _BOTH_WAYS:
        return text.count(char, first + 1, last) % 2 == 0
    return char.isspace() or unicodedata.category(char).startswith("P")


def _hangs_at_end(text: str, first: int, last: int) -> bool:
    char = text[last - 1]
    if char == "’" and last - 1 > first and text[last - 2].isascii() and text[last - 2].isalnum():
        return False  # the workers’, rock ’n’
    if char in _OPENING_OF:  # kept when an opening mark before it is still open
        return text.count(_OPENING_OF[char], first, last - 1) <= _closings(text, first, last - 1, char)
    if char in _BOTH_WAYS:
        return text.count(char, first, last - 1) % 2 == 0
    return char.isspace() or char in _PAUSES or char in _PAIRS


def _closings(text: str, first: int, last: int, closing: str) -> int:
    """How many `closing` marks text[first:last] holds (a ’ inside a word is an apostrophe)."""
    return sum(1 for at in range(first, last)
               if text[at] == closing and not (closing == "’" and is_apostrophe(text, at)))
