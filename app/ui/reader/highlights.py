"""The reader's highlights: kept in place order, and the selections Qt draws for them.

Qt walks every extra selection at each paint, so with many highlights only those near the
visible text are handed to it; each highlight's selection is made once and kept while the
highlight, the document and the colours stay the same.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.ui.notes.kinds import UNDERLINES

ALL_HIGHLIGHTS_UP_TO = 400  # beyond this many, Qt gets only those near the visible text


@dataclass(frozen=True)
class Highlight:
    """A highlight to draw, in canonical offsets; `tip` shows on hover."""

    id: str
    start: int
    end: int
    color: str
    tip: str = ""
    owner_color: str = ""  # another member's note: drawn in their colour, underlined
    kind: str = ""  # a comment, question or 不懂 is underlined in a pattern of its own


_Made = tuple[Highlight, QTextEdit.ExtraSelection]  # a highlight and the selection drawn for it
MakeSelection = Callable[[Highlight], QTextEdit.ExtraSelection]


class Highlights:
    """An essay's highlights sorted by place, found by id, and the selections made for them."""

    def __init__(self) -> None:
        self._highlights: list[Highlight] = []  # sorted by place
        # each highlight's selection as last made, for this document and these colours
        self._made: dict[str, _Made] = {}
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
        self._made = {note_id: made for note_id, made in self._made.items() if note_id in self._by_id}
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
        self._made.pop(highlight_id, None)
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
        first = bisect_left(self._highlights, low - self._longest, key=_start)
        last = bisect_left(self._highlights, high, key=_start)
        self.covered = (low, high)
        return [h for h in self._highlights[first:last] if h.end > low]

    def selection(self, highlight: Highlight, make: MakeSelection) -> QTextEdit.ExtraSelection:
        """The selection drawn for `highlight`: the one made last time while it is the same."""
        held = self._made.get(highlight.id)
        if held is not None and (held[0] is highlight or held[0] == highlight):
            return held[1]
        extra = make(highlight)
        self._made[highlight.id] = (highlight, extra)
        return extra


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
