"""Quotation marks in the form a reader of each script expects.

Taiwan and Hong Kong write 「」 with 『』 inside; the mainland writes “” with ‘’ inside.
Every change is one character for one, so a conversion's offset map stays exact.

‘ and ’ are also apostrophes (don’t, rock ’n’ roll): a ’ between two letters or digits is
never a closing quote, and a ‘’ pair becomes corner quotes only when it holds or touches
Chinese text or sits inside another quotation.
"""

from __future__ import annotations

import re

CORNER = ("「", "」", "『", "』")  # outer open, outer close, inner open, inner close
_TO_CURLY = str.maketrans("「」『』", "“”‘’")
_OPENERS = {"“": "”", "‘": "’"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3000-\u303f\uff00-\uffef]")


def to_curly(text: str) -> str:
    """「」 → “”, 『』 → ‘’ (a Traditional text shown in Simplified)."""
    return text.translate(_TO_CURLY)


def to_corner(text: str) -> str:
    """“” and ‘’ quotations → 「」 outside, 『』 inside, alternating with depth."""
    if "“" not in text and "‘" not in text:
        return text
    pairs = _pairs(text)
    doubles = [p for p in pairs if text[p[0]] == "“"]
    pairs = [p for p in pairs if text[p[0]] == "“" or _touches_chinese(text, p)
             or any(start < p[0] and p[1] < end for start, end in doubles)]
    chars = list(text)
    closes: list[int] = []  # close positions of the quotations we are inside
    for start, end in sorted(pairs):
        while closes and closes[-1] < start:
            closes.pop()
        inner = len(closes) % 2 == 1
        chars[start], chars[end] = CORNER[2:] if inner else CORNER[:2]
        closes.append(end)
    return "".join(chars)


def _pairs(text: str) -> list[tuple[int, int]]:
    """Positions of matching opening and closing curly quotes; strays are left out."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for match in re.finditer("[“”‘’]", text):
        at, mark = match.start(), match.group()
        if mark in _OPENERS:
            stack.append(at)
        elif mark == "’" and _is_apostrophe(text, at):
            continue
        else:
            # close the nearest opener of this kind; openers left open inside it are strays
            opener = "“" if mark == "”" else "‘"
            for depth in range(len(stack) - 1, -1, -1):
                if text[stack[depth]] == opener:
                    pairs.append((stack[depth], at))
                    del stack[depth:]
                    break
    return pairs


def _is_apostrophe(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


def _touches_chinese(text: str, pair: tuple[int, int]) -> bool:
    """A ‘’ pair that holds or touches Chinese text (not ‘quoted’ English)."""
    start, end = pair
    around = text[max(start - 1, 0):end + 2]
    return _HAN.search(around) is not None
