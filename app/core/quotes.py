"""Quotation marks in the form a reader of each script expects.

Taiwan and Hong Kong write 「」 with 『』 inside; the mainland writes “” with ‘’ inside.
Every change is one character for one, so a conversion's offset map stays exact.

‘ and ’ are also apostrophes (don’t, rock ’n’ roll): a ’ between two letters or digits is
never a closing quote, and a ‘’ pair becomes corner quotes only when it holds or touches
Chinese text or sits inside a “” quotation. “ and ” are never apostrophes: one without its
partner (a quotation cut by a selection) still becomes 「 or 」.
"""

from __future__ import annotations

import re

OUTER, INNER = ("「", "」"), ("『", "』")
_TO_CURLY = str.maketrans("「」『』", "“”‘’")
_CURLY = re.compile("[“”‘’]")
# CJK punctuation, ideographs (with extensions and compatibility forms), full-width forms.
# Tested by code point, not a compiled character class: that compile cost every start 10 ms.
_CHINESE_RANGES = ((0x3000, 0x303F), (0x3400, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
                   (0x20000, 0x3134F))


def to_curly(text: str) -> str:
    """「」 → “”, 『』 → ‘’ (a Traditional text shown in Simplified)."""
    return text.translate(_TO_CURLY)


def to_corner(text: str) -> str:
    """“” and ‘’ quotations → 「」 outside, 『』 inside, alternating with depth."""
    if "“" not in text and "‘" not in text and "”" not in text:
        return text
    pairs = _pairs(text)
    doubles = [p for p in pairs if text[p[0]] == "“"]
    pairs = [p for p in pairs if text[p[0]] == "“" or _touches_chinese(text, p)
             or any(start < p[0] and p[1] < end for start, end in doubles)]
    chars = list(text)
    paired: set[int] = set()
    enclosing: list[int] = []  # where the quotations we are inside close
    for start, end in sorted(pairs):
        while enclosing and enclosing[-1] < start:
            enclosing.pop()
        chars[start], chars[end] = INNER if len(enclosing) % 2 else OUTER
        enclosing.append(end)
        paired.update((start, end))
    for at, char in enumerate(text):
        if char in "“”" and at not in paired:
            chars[at] = OUTER[char == "”"]
    return "".join(chars)


def _pairs(text: str) -> list[tuple[int, int]]:
    """Positions of matching opening and closing curly quotes."""
    open_at: list[int] = []
    pairs: list[tuple[int, int]] = []
    for match in _CURLY.finditer(text):
        at, mark = match.start(), match.group()
        if mark in "“‘":
            open_at.append(at)
        elif mark == "’" and is_apostrophe(text, at):
            continue
        else:  # close the nearest opener of this kind; openers left open inside it are strays
            opener = "“" if mark == "”" else "‘"
            for depth in range(len(open_at) - 1, -1, -1):
                if text[open_at[depth]] == opener:
                    pairs.append((open_at[depth], at))
                    del open_at[depth:]
                    break
    return pairs


def is_apostrophe(text: str, at: int) -> bool:
    """Whether the ’ at `at` sits between two letters or digits (don’t), not closing a quote."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


def _touches_chinese(text: str, pair: tuple[int, int]) -> bool:
    """A ‘’ pair that holds or touches Chinese text (not ‘quoted’ English)."""
    start, end = pair
    return any(_is_chinese(char) for char in text[max(start - 1, 0):end + 2])


def _is_chinese(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CHINESE_RANGES)
