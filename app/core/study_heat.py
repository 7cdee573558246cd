"""Where the group is stuck: per paragraph, how many members highlighted, asked or marked 不懂
there, and who wrote what (issue #23). The window draws it as a heat strip beside the text; the
digest lists the hottest 不懂 paragraphs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.notes import CONFUSED, QUESTION, Annotation, kind_of


@dataclass(frozen=True)
class HeatEntry:
    """One note behind a paragraph's heat: who, what kind, what they wrote."""

    note_id: str
    author_id: str
    author: str
    kind: str
    text: str


@dataclass(frozen=True)
class ParagraphHeat:
    """One paragraph (0-based, as `Essay.paragraphs`): the members who marked it, by what they did.
    A member counts once per paragraph and kind, however many notes they left there."""

    paragraph: int
    marked: frozenset[str]  # every member with a note here (a highlight, a comment, a question, 不懂)
    asked: frozenset[str]  # members with a question here
    confused: frozenset[str]  # members who marked 不懂 here
    entries: tuple[HeatEntry, ...]

    @property
    def level(self) -> int:
        """How hot: members who marked it, 不懂 and questions weighing double (for the strip)."""
        return len(self.marked) + len(self.asked) + len(self.confused)


def paragraph_starts(text: str) -> list[int]:
    """The offset where each paragraph of a canonical text begins."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def paragraph_heat(text: str, placed: Iterable[tuple[Annotation, tuple[int, int] | None]]
                   ) -> dict[int, ParagraphHeat]:
    """The paragraphs of `text` that members marked, by index. `placed`: each note with its span
    in `text` (None: orphaned, left out). Replies belong to their thread, not to a paragraph."""
    starts = paragraph_starts(text)
    found: dict[int, tuple[set[str], set[str], set[str], list[HeatEntry]]] = {}
    for note, span in placed:
        if span is None or note.is_reply or note.deleted is not None:
            continue
        index = bisect_right(starts, span[0]) - 1
        marked, asked, confused, entries = found.setdefault(index, (set(), set(), set(), []))
        kind = kind_of(note)
        marked.add(note.author_id)
        if kind == QUESTION:
            asked.add(note.author_id)
        elif kind == CONFUSED:
            confused.add(note.author_id)
        entries.append(HeatEntry(note.id, note.author_id, note.author, kind, note.note))
    return {index: ParagraphHeat(index, frozenset(m), frozenset(a), frozenset(c), tuple(e))
            for index, (m, a, c, e) in sorted(found.items())}
