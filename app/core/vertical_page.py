"""A vertical page in pixels: the title's columns, a gap, then the body's, right to left.

Positions are measured as a distance leftwards from the content's right edge, so the
first column is at 0 whatever the width; `scroll` (pixels the reader has moved on) shifts
everything to the right. Kept Qt-free: the reader pane and the tests share it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.core.vertical_layout import Cell, Kind, VerticalLayout, lay_out

COLUMN_PITCH = 1.9  # column spacing in ems: the horizontal reader's line spacing
TITLE_SCALE = 1.4  # the title's size against the body's, as in horizontal reading
MIN_TITLE_SCALE = 1.0  # a long title shrinks to the body's size before it takes another column
TITLE_STEP = 0.05
MAX_ROWS = 40


@dataclass(frozen=True)
class Metrics:
    """The page's measures in pixels."""

    em: float  # the body font's em
    width: float  # the viewport
    height: float
    margin: float  # left and right
    top: float
    bottom: float
    ruby: float = 0.0  # room to the right of each column for readings


@dataclass(frozen=True)
class Placed:
    """A cell on the page: its characters in the title or body, and its em box in content pixels."""

    cell: Cell
    in_title: bool
    right: float  # the column's right edge, as a distance from the content's right edge
    box_left: float  # the em box's left edge, same measure (larger is further left)
    top: float
    height: float
    em: float


def fit_title(title: str, usable: float, em: float,
              advance: Callable[[str], float] | None = None) -> tuple[float, VerticalLayout]:
    """The title's size (against the body's) and columns: one column a line at full size;
    else as large as one column a line allows, down to the body's size; else at full size
    with its columns filled evenly, smaller only where a last character would stand alone in
    a column of its own (a long title in a short window)."""
    lines = title.count("\n") + 1
    for scale in _title_scales():
        layout = lay_out(title, _rows(usable, em * scale), advance, indent=0)
        if layout.columns <= lines:
            return scale, layout
    for scale in _title_scales():
        layout = _evenly(title, _rows(usable, em * scale), advance)
        if not _alone_at_end(layout):
            return scale, layout
    return TITLE_SCALE, _evenly(title, _rows(usable, em * TITLE_SCALE), advance)


def _title_scales() -> list[float]:
    """Full size, then a step smaller at a time, down to the body's size."""
    steps = round((TITLE_SCALE - MIN_TITLE_SCALE) / TITLE_STEP)
    return [round(TITLE_SCALE - step * TITLE_STEP, 2) for step in range(steps + 1)]


def _rows(usable: float, em: float) -> int:
    return max(int(usable // em), 4)


def _evenly(title: str, rows: int, advance: Callable[[str], float] | None) -> VerticalLayout:
    """The shortest columns that still need no more of them: the most even."""
    layout = lay_out(title, rows, advance, indent=0)
    while rows > 4:
        shorter = lay_out(title, rows - 1, advance, indent=0)
        if shorter.columns > layout.columns:
            break
        rows, layout = rows - 1, shorter
    return layout


def _alone_at_end(layout: VerticalLayout) -> bool:
    """Whether the last column holds a single character."""
    last = [cell for cell in layout.cells if cell.column == layout.columns - 1]
    return layout.columns > 1 and sum(cell.end - cell.start for cell in last) == 1


class VerticalPage:
    """The title and body of one essay laid out in columns for one viewport."""

    def __init__(self, title: str, body: str, metrics: Metrics,
                 advance: Callable[[str], float] | None = None, *, max_rows: int = MAX_ROWS,
                 balance: bool = False) -> None:
        """`max_rows` keeps a screen's columns short enough to read; paper fills its page.
        `balance`: widen the side margins so whole columns fill the width evenly (a screen,
        scrolled by whole columns), rather than the text stopping just short of one edge."""
        usable = max(metrics.height - metrics.top - metrics.bottom, metrics.em * 4)
        self.rows = min(int(usable // metrics.em), max_rows)
        self.pitch = metrics.em * COLUMN_PITCH + metrics.ruby
        room = metrics.width - 2 * metrics.margin
        if balance and room > self.pitch:
            metrics = replace(metrics, margin=metrics.margin + (room % self.pitch) / 2)
        self.metrics = metrics
        self.title_scale, self.title = fit_title(title, usable, metrics.em, advance)
        self.title_em = metrics.em * self.title_scale
        self.title_pitch = self.title_em * COLUMN_PITCH
        self.body = lay_out(body, self.rows, advance)
        # the title's columns, then a gap of half a column or more; the text starts a whole number
        # of columns in, so the first screen's columns line up with the margins as later ones do
        title_columns = self.title.columns * self.title_pitch / self.pitch
        self.body_right = math.ceil(title_columns + 0.5 - 1e-6) * self.pitch

    def aligned(self, scroll: float) -> float:
        """The scroll nearest to `scroll` that starts a screen at a column's edge."""
        return min(max(round(scroll / self.pitch) * self.pitch, 0.0), self.max_scroll)

    @property
    def content_width(self) -> float:
        return 2 * self.metrics.margin + self.body_right + self.body.columns * self.pitch

    @property
    def max_scroll(self) -> float:
        return max(self.content_width - self.metrics.width, 0.0)

    def progress(self, scroll: float) -> float:
        """How far through the essay a reader scrolled to `scroll` is, 0.0 to 1.0: all of it once
        the last column is wholly between the margins (nothing is drawn in them), never more."""
        if scroll >= self.max_scroll - 0.5:
            return 1.0
        return max(scroll / self.max_scroll, 0.0)

    def column_right(self, column: int, *, in_title: bool = False) -> float:
        """Right edge of a column, as a distance from the content's right edge."""
        if in_title:
            return self.metrics.margin + column * self.title_pitch
        return self.metrics.margin + self.body_right + column * self.pitch

    def screen_x(self, distance: float, scroll: float) -> float:
        """Viewport x of a point `distance` pixels left of the content's right edge."""
        return self.metrics.width - distance + scroll

    def place(self, cell: Cell, *, in_title: bool = False) -> Placed:
        em = self.title_em if in_title else self.metrics.em
        pitch = self.title_pitch if in_title else self.pitch
        right = self.column_right(cell.column, in_title=in_title)
        ruby = 0.0 if in_title else self.metrics.ruby
        # centred in the column with the readings' room right beside it: [gap][ruby][char][gap]
        box_left = right + (pitch - ruby - em) / 2 + ruby + em
        return Placed(cell, in_title, right, box_left, self.metrics.top + cell.row * em, cell.height * em, em)

    def box(self, display: int, scroll: float) -> tuple[float, float, float, float] | None:
        """(x, y, width, height) in the viewport of body character `display`'s em box."""
        cell = self.body.cell_of(display)
        if cell is None:
            return None
        placed = self.place(cell)
        return self.screen_x(placed.box_left, scroll), placed.top, placed.em, max(placed.height, 1.0)

    def visible_body_columns(self, scroll: float) -> tuple[int, int]:
        """The first and last body columns at least partly in the viewport."""
        start = self.metrics.margin + self.body_right
        first = int((scroll - start) // self.pitch)
        last = int((scroll + self.metrics.width - start) // self.pitch)
        return max(first, 0), min(last, self.body.columns - 1)

    def visible_title(self, scroll: float) -> bool:
        return scroll < self.metrics.margin + self.title.columns * self.title_pitch

    def hit(self, x: float, y: float, scroll: float) -> tuple[bool, int]:
        """The caret place under viewport point (x, y): (in the title?, display index)."""
        distance = self.metrics.width - x + scroll
        start = self.metrics.margin + self.body_right
        if distance < start - self.pitch / 2 and self.title.cells:
            column = min(max(int((distance - self.metrics.margin) // self.title_pitch), 0),
                         self.title.columns - 1)
            return True, self.title.index_at(column, (y - self.metrics.top) / self.title_em)
        column = min(max(int((distance - start) // self.pitch), 0), max(self.body.columns - 1, 0))
        return False, self.body.index_at(column, (y - self.metrics.top) / self.metrics.em)

    def scroll_for_column(self, column: int) -> float:
        """The scroll that puts body `column` first at the right of the viewport."""
        return min(max(self.body_right + column * self.pitch, 0.0), self.max_scroll)

    def first_visible_index(self, scroll: float) -> int:
        """Display index of the first body character in a whole visible column (0 over the title)."""
        if scroll <= self.body_right / 2:
            return 0
        # the first one wholly in view (a scroll of whole columns lands on an edge: no rounding up)
        column = math.ceil((scroll - self.body_right) / self.pitch - 1e-6)
        cells = self.body.cells_in_columns(column, self.body.columns - 1)
        return cells[0].start if cells else len_of(self.body)

    def across_column(self, display: int, *, forward: bool) -> int:
        """The caret place at the same height in the next (or previous) body column."""
        cells = self.body.cells
        cell = self.body.cell_of(display) or (cells[-1] if cells else None)
        if cell is None:
            return display
        column = cell.column + (1 if forward else -1)
        if column < 0:
            return 0
        if column >= self.body.columns:
            return cells[-1].end
        return self.body.index_at(column, cell.row + 0.01)

    def page_step(self) -> float:
        """One screen of whole columns."""
        columns = max(int((self.metrics.width - 2 * self.metrics.margin) // self.pitch), 1)
        return columns * self.pitch


def len_of(layout: VerticalLayout) -> int:
    return layout.cells[-1].end if layout.cells else 0


def ink_cells(layout: VerticalLayout) -> list[Cell]:
    """Cells that draw something (not the paragraph breaks)."""
    return [cell for cell in layout.cells if cell.kind is not Kind.BREAK]
