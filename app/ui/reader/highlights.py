"""The reader's highlights: kept in place order, and the selections Qt draws for them.

Qt walks every extra selection at each paint, so with many highlights only those near the
visible text are handed to it, flattened into pieces that do not overlap (what each character
shows); each piece's selection is made once and kept while the document and colours stay.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.ui.notes.kinds import UNDERLINES

ALL_HIGHLIGHTS_UP_TO = 400  # beyond this many, Qt gets only those near the visible text


class Highlight(NamedTuple):
    """A highlight to draw, in canonical offsets; `tip` shows on hover."""

    id: str
    start: int
    end: int
    color: str
    tip: str = ""
    owner_color: str = ""  # another member's note: drawn in their colour, underlined
    kind: str = ""  # a comment, question or 不懂 is underlined in a pattern of its own


Piece = tuple[int, int, str, str, str]  # start, end, colour, owner's colour, kind: one selection
MakePiece = Callable[[int, int, str, str, str], QTextEdit.ExtraSelection]


class Highlights:
    """An essay's highlights sorted by place, found by id, and the selections made for them."""

    def __init__(self) -> None:
        self._highlights: list[Highlight] = []  # sorted by place
        # each piece's selection as last made, for this document and these colours
        self._made: dict[Piece, QTextEdit.ExtraSelection] = {}
        self._by_id: dict[str, Highlight] = {}
        self._longest = 0  # the longest highlight, in characters: how far back one may start
        self.covered: tuple[int, int] | None = None  # canonical span given to Qt, when limited

    def __len__(self) -> int:
        return len(self._highlights)

    def forget_made(self) -> None:
        """The selections belong to the old document or the old colours: make them again."""
        self._made = {}

    def set(self, highlights: list[Highlight]) -> None:
        self._highlights = sorted(highlights, key=_place)
        self._by_id = {h.id: h for h in highlights}
        self._longest = max((h.end - h.start for h in highlights), default=0)

    def update(self, changed: list[Highlight], removed: Iterable[str]) -> None:
        """Add or replace `changed` and drop the highlights with ids `removed`."""
        for note_id in {*removed, *(h.id for h in changed)}:
            self._drop(note_id)
        for highlight in changed:
            insort(self._highlights, highlight, key=_place)
            self._by_id[highlight.id] = highlight
            self._longest = max(self._longest, highlight.end - highlight.start)

    def _drop(self, highlight_id: str) -> None:
        """Found by its place (kept with its selection), not by walking every highlight."""
        old = self._by_id.pop(highlight_id, None)
        if old is None:
            return
        number = bisect_left(self._highlights, _place(old), key=_place)
        while number < len(self._highlights) and self._highlights[number].id != highlight_id:
            number += 1
        if number < len(self._highlights):
            del self._highlights[number]

    def at(self, canonical: int) -> Highlight | None:
        """The innermost highlight covering `canonical`, if any."""
        covering = [h for h in self._highlights if h.start <= canonical < h.end]
        return min(covering, key=lambda h: h.end - h.start) if covering else None

    def drawn(self, visible: Callable[[], tuple[int, int]] | None) -> list[Highlight]:
        """All highlights, or with many of them only those within a screen of the `visible`
        span: Qt walks every selection at each paint (3,700 cost 40 ms a frame)."""
        self.covered = None
        if len(self._highlights) <= ALL_HIGHLIGHTS_UP_TO or visible is None:
            return self._highlights
        top, bottom = visible()
        margin = bottom - top
        low, high = top - margin, bottom + margin
        self.covered = (low, high)
        return self.between(low, high)

    def between(self, low: int, high: int) -> list[Highlight]:
        """The highlights overlapping canonical [low, high), found by place."""
        first = bisect_left(self._highlights, low - self._longest, key=_start)
        last = bisect_left(self._highlights, high, key=_start)
        return [h for h in self._highlights[first:last] if h.end > low]

    def make_ahead(self, highlights: list[Highlight], visible: Callable[[], tuple[int, int]] | None,
                   make: MakePiece, step: int) -> Iterator[None]:
        """Makes the selections that `highlights`, once set, will show, keeping them beside the
        ones made before; None after each `step` made (a whole screen of them at once held the
        window 15 ms at 3,700 highlights)."""
        ahead = Highlights()
        ahead.set(highlights)
        for number, key in enumerate(pieces(ahead.drawn(visible)), 1):
            if key not in self._made:
                self._made[key] = make(*key)
            if number % step == 0:
                yield None

    def selections(self, drawn: list[Highlight], make: MakePiece) -> list[QTextEdit.ExtraSelection]:
        """Qt's selections for `drawn`, as the pieces they show: the ones made last time are
        kept, so a change makes only the pieces around it again."""
        made = {}
        for key in pieces(drawn):
            held = self._made.get(key)
            made[key] = held if held is not None else make(*key)
        self._made = made
        return list(made.values())


def pieces(drawn: list[Highlight]) -> list[Piece]:
    """What the highlights in place order show, as pieces that do not overlap.

    Our highlights are opaque and Qt paints each selection over the ones before it, so a
    character shows the last highlight covering it: one piece per run of the same one (dense
    highlights were thousands of selections that Qt walked at every paint). Others' notes are
    see-through and underlined: they stay whole, drawn over ours so none hides a member's note.
    """
    own = [h for h in drawn if not h.owner_color]
    made: list[Piece] = []
    if own:
        low = min(h.start for h in own)
        top: list[Highlight | None] = [None] * (max(h.end for h in own) - low)
        for highlight in own:
            top[highlight.start - low:highlight.end - low] = [highlight] * (highlight.end - highlight.start)
        at = low
        for winner, run in groupby(top):
            length = sum(1 for _ in run)
            if winner is not None:
                made.append((at, at + length, winner.color, "", winner.kind))
            at += length
    made += [(h.start, h.end, h.color, h.owner_color, h.kind) for h in drawn if h.owner_color]
    return made


def selection(cursor: QTextCursor, color: QColor, owner: str = "", *,
              dark: bool = False, kind: str = "") -> QTextEdit.ExtraSelection:
    """Qt's selection over `cursor` in `color`; another member's (`owner`): their colour,
    see-through, and a line under it; a `kind` other than a highlight: its underline pattern
    (dotted comment, wavy question, dashed 不懂), which tells kinds apart without colour."""
    made = QTextEdit.ExtraSelection()
    char_format = QTextCharFormat()
    if owner:
        color = QColor(owner)
        color.setAlpha(70 if dark else 45)
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QColor(owner))
    pattern = UNDERLINES.get(kind)
    if pattern is not None:
        char_format.setUnderlineStyle(pattern)  # in the owner's colour, else the ink's
    char_format.setBackground(color)
    # Assign whole values: mutating `selection.format` in place crashed PySide6 6.12
    # (a refcount error) once a few hundred highlights were drawn.
    made.cursor = cursor
    made.format = char_format
    return made


def _place(highlight: Highlight) -> tuple[int, int]:
    return highlight.start, highlight.end


def _start(highlight: Highlight) -> int:
    return highlight.start
