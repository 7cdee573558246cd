"""Where the group is stuck: per paragraph of an essay, how many members highlighted, asked or
marked 不懂 there, and who wrote what (the reader's heat strip draws this)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

ASKED, CONFUSED = "question", "confused"
MAX_ENTRIES = 12  # a hover lists this many notes of a paragraph; the thread holds the rest


@dataclass(frozen=True)
class Mark:
    """One member's note at a place in the essay's canonical text."""

    start: int
    kind: str  # highlight, comment, question or confused
    author_id: str
    author: str
    text: str
    note_id: str


@dataclass(frozen=True)
class ParagraphHeat:
    """A paragraph's notes by the group: which members marked, asked, or did not understand it."""

    start: int  # canonical offset where the paragraph begins
    marked: frozenset[str]  # member ids of highlights and comments
    asked: frozenset[str]
    confused: frozenset[str]
    entries: tuple[Mark, ...]  # oldest paragraph notes first, at most MAX_ENTRIES
    more: int  # notes beyond the entries

    @property
    def members(self) -> int:
        return len(self.marked | self.asked | self.confused)

    @property
    def first_note(self) -> str:
        """The thread a click opens: the first question or 不懂, else the first note."""
        asking = [m for m in self.entries if m.kind in (ASKED, CONFUSED)]
        return (asking or list(self.entries))[0].note_id


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (a line of the canonical text) begins."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def paragraph_heat(text: str, marks: Iterable[Mark]) -> list[ParagraphHeat]:
    """The paragraphs that any member noted, in reading order (unnoted paragraphs are left out)."""
    starts = paragraph_starts(text)
    found: dict[int, list[Mark]] = {}
    for mark in marks:
        number = max(bisect_right(starts, mark.start) - 1, 0)
        found.setdefault(number, []).append(mark)
    return [_heat(starts[number], found[number]) for number in sorted(found)]


def _heat(start: int, marks: list[Mark]) -> ParagraphHeat:
    asked = frozenset(m.author_id for m in marks if m.kind == ASKED)
    confused = frozenset(m.author_id for m in marks if m.kind == CONFUSED)
    marked = frozenset(m.author_id for m in marks if m.kind not in (ASKED, CONFUSED))
    ordered = sorted(marks, key=lambda m: (m.kind not in (ASKED, CONFUSED), m.start))
    return ParagraphHeat(start, marked, asked, confused, tuple(ordered[:MAX_ENTRIES]),
                         max(len(ordered) - MAX_ENTRIES, 0))
