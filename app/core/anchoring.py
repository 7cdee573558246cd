"""Anchors that survive: a passage is found again after its essay's text changes.

An anchor stores code-point positions in the canonical text, a hash of that text, and a
quote selector (exact text with 32 characters of context each side, as in the W3C Web
Annotation model). Re-anchoring tries, in order: same hash → positions; exact quote nearest
the old position (context breaking ties); a fuzzy match above a threshold; else orphaned.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from app.core.hashing import sha256_hex

CONTEXT_CHARS = 32
FUZZY_THRESHOLD = 0.75


@dataclass(frozen=True)
class Anchor:
    """Where a passage is, and enough about it to find it again."""

    start: int
    end: int
    text_hash: str
    exact: str
    prefix: str
    suffix: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text_hash": self.text_hash,
                "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Anchor:
        """From a validated store entry: the types are already right."""
        return cls(data["start"], data["end"], data["text_hash"], data["exact"], data["prefix"],
                   data["suffix"])


def text_hash(text: str) -> str:
    return sha256_hex(text.encode("utf-8"))[:16]


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """An anchor for text[start:end] of a canonical text."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    return Anchor(start, end, text_hash(text), text[start:end],
                  text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])


def resolve(anchor: Anchor, text: str, current_hash: str | None = None) -> tuple[int, int] | None:
    """Where the anchored passage is in `text` now, or None when it is orphaned."""
    if (current_hash or text_hash(text)) == anchor.text_hash and anchor.end <= len(text):
        return anchor.start, anchor.end
    if not anchor.exact:
        return None
    return _exact(anchor, text) or _fuzzy(anchor, text)


def _exact(anchor: Anchor, text: str) -> tuple[int, int] | None:
    hits = _occurrences(text, anchor.exact)
    if not hits:
        return None
    best = max(hits, key=lambda at: (_context_score(anchor, text, at), -abs(at - anchor.start)))
    return best, best + len(anchor.exact)


def _occurrences(text: str, needle: str) -> list[int]:
    hits, at = [], text.find(needle)
    while at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _context_score(anchor: Anchor, text: str, at: int) -> int:
    """Characters of prefix and suffix context that still match around `at`."""
    before = text[max(0, at - len(anchor.prefix)):at]
    after = text[at + len(anchor.exact):at + len(anchor.exact) + len(anchor.suffix)]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The window most like the quote, found by bigram votes, if similar enough."""
    quote = anchor.exact
    if len(quote) < 2:
        return None
    votes: Counter[int] = Counter()
    for i in range(len(quote) - 1):
        for at in _occurrences(text, quote[i:i + 2]):
            votes[at - i] += 1
    best: tuple[float, int, int] | None = None
    for start, _count in votes.most_common(3):
        candidate = _best_window(quote, text, start)
        if candidate and (best is None or candidate[0] > best[0]):
            best = candidate
    if best is None or best[0] < FUZZY_THRESHOLD:
        return None
    return best[1], best[2]


def _best_window(quote: str, text: str, start: int) -> tuple[float, int, int] | None:
    """Slide the start near `start`, then stretch the end: two short searches, not a grid."""
    from difflib import SequenceMatcher  # noqa: PLC0415  (only a moved quote needs it: not at start)

    slack = min(10, max(2, len(quote) // 5))

    def ratio(begin: int, end: int) -> float:
        return SequenceMatcher(None, quote, text[begin:end], autojunk=False).ratio()

    begins = range(max(0, start - slack), min(len(text) - 1, start + slack) + 1)
    if not begins:
        return None
    begin = max(begins, key=lambda b: (ratio(b, b + len(quote)), -abs(b - start)))
    ends = range(max(begin + 1, begin + len(quote) - slack), min(len(text), begin + len(quote) + slack) + 1)
    if not ends:
        return None
    end = max(ends, key=lambda e: (ratio(begin, e), -abs(e - begin - len(quote))))
    return ratio(begin, end), begin, end
