"""Vertical (直排) layout geometry: which column and row each display character takes.

Pure and Qt-free so the screen and the printed handout place characters the same way and
tests can map every drawn box back to its offset. Units are ems of the body font; the
drawing side turns them into pixels. Column 0 is the first (rightmost) column; readers go
down a column, then to the next one on its left.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from enum import Enum
from typing import NamedTuple

# No column may start with these (行頭禁則) nor end with the openers (行末禁則).
NO_START = frozenset("。，、．：；！？）」』】〕〉》〗〙〛”’…‥—ー々〜・゛゜"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ.,:;!?)]}%")
NO_END = frozenset("「『（【〔〈《〖〘〚“‘([{")
# Fallback glyphs for fonts without the OpenType `vert` feature: the Unicode vertical
# presentation forms (U+FE10–FE19, U+FE30–FE4F) of the horizontal punctuation.
VERTICAL_FORMS = dict(zip(
    "，、。：；！？…‥—–（）｛｝〔〕【】《》〈〉「」『』［］〖〗“”‘’",
    "︐︑︒︓︔︕︖︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈︗︘﹃﹄﹁﹂", strict=True))
# Drawn as these forms in every face, `vert` or not: quotes as GB/T 15834 sets them in vertical
# text (﹃﹄ double, ﹁﹂ single; a Traditional face's `vert` gives ″-like marks, a Simplified
# one ﹃﹄), and dashes, which CJK faces leave lying across the column.
ALWAYS_VERTICAL = {char: VERTICAL_FORMS[char] for char in "“”‘’—"} | {"―": "︱"}
# Every vertical form a mark may be drawn as: a PDF's text maps such a glyph back to the mark.
VERTICAL_GLYPH_FORMS = {char: form + {"“": "﹁", "”": "﹂", "‘": "﹃", "’": "﹄"}.get(char, "")
                        for char, form in VERTICAL_FORMS.items()}
INDENT = 2  # the customary two-character paragraph indent
TATECHUYOKO_UP_TO = 2  # a number this short stands upright, its digits side by side


class Kind(Enum):
    """How a cell is drawn."""

    UPRIGHT = "upright"  # a CJK character or punctuation, upright in its em box
    ROTATED = "rotated"  # Latin or a long number, turned 90° clockwise
    TCY = "tcy"  # 縦中横: one or two digits upright, side by side in one em box
    BREAK = "break"  # the paragraph's newline: no ink, a caret place at the column's foot


class Cell(NamedTuple):
    """Display characters [start, end) drawn at `row` (ems from the column top), `height` ems tall."""

    start: int
    end: int
    column: int
    row: float
    height: float
    kind: Kind


class _Unit(NamedTuple):
    start: int
    end: int
    height: float
    kind: Kind
    word: bool  # part of a Latin word: the column breaks before the word, not inside it
    char: str


class VerticalLayout:
    """Cells in reading order, each display character in exactly one of them."""

    def __init__(self, cells: list[Cell], columns: int, rows: int) -> None:
        self.cells = cells
        self.columns = columns
        self.rows = rows
        self._starts = [cell.start for cell in cells]
        self._column_firsts = _first_cells_of_columns(cells, columns)

    def cell_of(self, index: int) -> Cell | None:
        """The cell drawing display `index`, or None past the end."""
        number = bisect_right(self._starts, index) - 1
        if number < 0:
            return None
        cell = self.cells[number]
        return cell if cell.start <= index < cell.end else None

    def cells_in_columns(self, first: int, last: int) -> list[Cell]:
        """The cells of columns first..last (inclusive), in reading order."""
        first, last = max(first, 0), min(last, self.columns - 1)
        if first > last:
            return []
        begin = self._column_firsts[first]
        end = self._column_firsts[last + 1]
        return self.cells[begin:end]

    def index_at(self, column: int, row: float) -> int:
        """The caret place nearest to `row` ems down `column`: before or after the cell there."""
        cells = self.cells_in_columns(column, column)
        if not cells:
            nearest = self.cells_in_columns(column + 1, self.columns - 1)
            return nearest[0].start if nearest else (self.cells[-1].end if self.cells else 0)
        for cell in cells:
            if row < cell.row + cell.height:
                return cell.start if row < cell.row + cell.height / 2 else cell.end
        last = cells[-1]
        return last.start if last.kind is Kind.BREAK else last.end

    def column_of(self, index: int) -> int:
        """The column of display `index` (past the end: the last column)."""
        cell = self.cell_of(index)
        if cell is not None:
            return cell.column
        return self.cells[-1].column if self.cells else 0


def narrow(char: str) -> bool:
    """A character set sideways in vertical text: Latin letters, digits and their punctuation."""
    if char in VERTICAL_FORMS or char in "\n\u3000":
        return False
    return unicodedata.east_asian_width(char) in ("Na", "H", "N") and not char.isspace() or char == " "


def lay_out(text: str, rows: int, advance: Callable[[str], float] | None = None, *,
            indent: int = INDENT) -> VerticalLayout:
    """Place `text` (paragraphs split by newlines) in columns of `rows` ems.

    `advance(char)` is a narrow character's width in ems (it becomes its height when turned);
    half an em when not given. Each paragraph starts a column, indented by `indent` ems.
    """
    rows = max(rows, 4)
    measure = advance or _half_em
    cells: list[Cell] = []
    column = 0
    position = 0
    for paragraph in text.split("\n"):
        units = _units(paragraph, position, measure)
        column = _fill_paragraph(units, column, rows, indent, cells)
        position += len(paragraph)
        if position < len(text):  # the newline itself: a caret place ending the paragraph
            last_row = cells[-1].row + cells[-1].height if cells and cells[-1].column == column else indent
            cells.append(Cell(position, position + 1, column, min(last_row, rows), 0.0, Kind.BREAK))
            position += 1
        column += 1
    return VerticalLayout(cells, column, rows)


def _half_em(_char: str) -> float:
    return 0.5


def _units(paragraph: str, offset: int, measure: Callable[[str], float]) -> list[_Unit]:
    units: list[_Unit] = []
    index = 0
    while index < len(paragraph):
        char = paragraph[index]
        if not narrow(char):
            units.append(_Unit(offset + index, offset + index + 1, 1.0, Kind.UPRIGHT, False, char))
            index += 1
            continue
        end = index
        while end < len(paragraph) and narrow(paragraph[end]):
            end += 1
        units.extend(_narrow_run(paragraph[index:end], offset + index, measure))
        index = end
    return units


def _narrow_run(run: str, start: int, measure: Callable[[str], float]) -> list[_Unit]:
    """Short numbers upright side by side, everything else turned one character at a time."""
    if run.isascii() and run.isdigit() and len(run) <= TATECHUYOKO_UP_TO:
        return [_Unit(start, start + len(run), 1.0, Kind.TCY, False, run)]
    return [_Unit(start + k, start + k + 1, max(measure(char), 0.1), Kind.ROTATED, char.isalnum(), char)
            for k, char in enumerate(run)]


def _fill_paragraph(units: list[_Unit], column: int, rows: int, indent: int, cells: list[Cell]) -> int:
    """Break `units` into columns from `column`; returns the paragraph's last column."""
    first = 0
    row = float(min(indent, rows - 1))
    while first < len(units):
        end = first
        height = row
        while end < len(units) and height + units[end].height <= rows + 1e-6:
            height += units[end].height
            end += 1
        if end < len(units):
            end = _break_before(units, first, end)
        for unit in units[first:end]:
            cells.append(Cell(unit.start, unit.end, column, row, unit.height, unit.kind))
            row += unit.height
        first = end
        if first < len(units):
            column += 1
            row = 0.0
    return column


def _break_before(units: list[_Unit], first: int, end: int) -> int:
    """Where the column really ends, moving back from `end` so no closing mark starts the next
    column, no opening mark ends this one, and no Latin word is cut (unless nothing else fits)."""
    candidate = end
    while candidate > first + 1 and (_starts_badly(units, candidate) or _ends_badly(units, candidate)):
        candidate -= 1
    if candidate > first + 1 or not (_starts_badly(units, candidate) or _ends_badly(units, candidate)):
        end = candidate
    if units[end].word and units[end - 1].word:
        word_start = end
        while word_start > first and units[word_start - 1].word:
            word_start -= 1
        if word_start > first:
            return word_start
    return end


def _starts_badly(units: list[_Unit], at: int) -> bool:
    """A closing mark would start the column, or come right after turned symbols starting it
    (互聯網+”: "+”" at a column's top reads as badly as ” alone)."""
    while at < len(units) - 1 and _symbol(units[at]):
        at += 1
    return units[at].char in NO_START


def _symbol(unit: _Unit) -> bool:
    return unit.kind is Kind.ROTATED and not unit.word and unit.char not in NO_START and unit.char != " "


def _ends_badly(units: list[_Unit], at: int) -> bool:
    return units[at - 1].char in NO_END


def _first_cells_of_columns(cells: list[Cell], columns: int) -> list[int]:
    """For each column, the index of its first cell; one more entry for the end."""
    firsts = [len(cells)] * (columns + 1)
    for number in range(len(cells) - 1, -1, -1):
        firsts[cells[number].column] = number
    for column in range(columns - 1, -1, -1):  # empty columns start where the next one does
        firsts[column] = min(firsts[column], firsts[column + 1])
    return firsts
