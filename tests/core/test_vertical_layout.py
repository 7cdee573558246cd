"""Vertical layout: every character in one drawn box that maps back to it; line-breaking rules."""

from __future__ import annotations

import pytest

from app.core.library import Library
from app.core.script import Form, convert
from app.core.vertical_layout import NO_END, NO_START, Kind, lay_out
from app.core.vertical_page import Metrics, VerticalPage

EM = 20.0


def _page(title: str, body: str, *, ruby: float = 0.0, height: float = 500.0) -> VerticalPage:
    return VerticalPage(title, body, Metrics(EM, 900.0, height, 48.0, 36.0, 36.0, ruby))


def _longest_texts(library: Library) -> list[tuple[str, str]]:
    essay = max(library.essays(), key=lambda e: len(e.text))
    source = library.collection_of(essay).script
    return [(form.value, convert(essay.text, source, form.target(source)).text) for form in Form]


@pytest.mark.parametrize("ruby", [0.0, 12.0])
def test_every_character_has_one_box_that_maps_back(library: Library, ruby: float) -> None:
    """Each display character, in every form: one cell, and the point in its box hits its offset."""
    for form, text in _longest_texts(library):
        page = _page("標題", text, ruby=ruby)
        covered = [0] * len(text)
        for cell in page.body.cells:
            for index in range(cell.start, cell.end):
                covered[index] += 1
        assert covered == [1] * len(text), form
        for scroll in (0.0, page.max_scroll / 2):
            first, last = page.visible_body_columns(scroll)
            for cell in page.body.cells_in_columns(first, last):
                if cell.kind is Kind.BREAK:
                    continue
                placed = page.place(cell)
                x = page.screen_x(placed.box_left, scroll) + placed.em / 2  # the middle of the box
                upper, lower = placed.top + placed.height * 0.25, placed.top + placed.height * 0.75
                assert page.hit(x, upper, scroll) == (False, cell.start), (form, cell)
                assert page.hit(x, lower, scroll) == (False, cell.end), (form, cell)


@pytest.mark.parametrize("ruby", [0.0, 12.0])
def test_offsets_round_trip_through_columns(library: Library, ruby: float) -> None:
    """Offset → its cell's column and row → the same offset, both ways, for every character."""
    for form, text in _longest_texts(library):
        layout = _page("", text, ruby=ruby).body
        for index in range(len(text)):
            cell = layout.cell_of(index)
            assert cell is not None and cell.start <= index < cell.end, form
            if cell.kind is not Kind.BREAK:
                assert layout.index_at(cell.column, cell.row + cell.height * 0.1) == cell.start


def test_columns_run_right_to_left_and_ruby_widens_them() -> None:
    plain, with_ruby = _page("題", "天地玄黃" * 60), _page("題", "天地玄黃" * 60, ruby=12.0)
    xs = [plain.screen_x(plain.place(c).box_left, 0) for c in plain.body.cells if c.column < 3]
    assert xs == sorted(xs, reverse=True)  # later columns further left
    assert with_ruby.pitch == plain.pitch + 12.0
    assert with_ruby.content_width > plain.content_width


def test_paragraphs_start_a_column_indented_two_characters() -> None:
    layout = lay_out("一二三\n四五六", rows=10)
    first, second = layout.cell_of(0), layout.cell_of(4)
    assert first is not None and second is not None
    assert (first.column, first.row) == (0, 2.0)
    assert (second.column, second.row) == (1, 2.0)


@pytest.mark.parametrize("closer", ["。", "，", "、", "」", "』", "）", "！"])
def test_no_closing_mark_starts_a_column(closer: str) -> None:
    text = "一二三四五六七八" + closer + "九十"  # the mark falls on the first row of column 2
    layout = lay_out(text, rows=8, indent=0)
    mark = layout.cell_of(8)
    assert mark is not None and mark.row > 0  # pushed down with the character before it
    assert mark.column == 1 and layout.cell_of(7).column == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("opener", ["「", "『", "（", "《"])
def test_no_opening_mark_ends_a_column(opener: str) -> None:
    text = "一二三四五六七" + opener + "八九"  # the opener would sit at the column's foot
    layout = lay_out(text, rows=8, indent=0)
    mark = layout.cell_of(7)
    assert mark is not None and (mark.column, mark.row) == (1, 0.0)


def test_kinsoku_holds_across_an_essay(library: Library) -> None:
    for form, text in _longest_texts(library):
        layout = lay_out(text, rows=17)
        for column in range(layout.columns):
            cells = [c for c in layout.cells_in_columns(column, column) if c.kind is not Kind.BREAK]
            if not cells:
                continue
            first_char, last_char = text[cells[0].start], text[cells[-1].end - 1]
            starts_paragraph = cells[0].start == 0 or text[cells[0].start - 1] == "\n"
            assert starts_paragraph or first_char not in NO_START, (form, column)
            ends_paragraph = cells[-1].end == len(text) or text[cells[-1].end] == "\n"
            assert ends_paragraph or last_char not in NO_END, (form, column)


def test_two_digits_stand_upright_and_latin_words_turn() -> None:
    text = "第12章講Python與2024年"
    layout = lay_out(text, rows=40, indent=0)
    twelve = layout.cell_of(1)
    assert twelve is not None and (twelve.kind, twelve.start, twelve.end) == (Kind.TCY, 1, 3)
    assert all(layout.cell_of(i).kind is Kind.ROTATED for i in range(5, 11))  # type: ignore[union-attr]
    year = [layout.cell_of(i) for i in range(12, 16)]
    assert all(c is not None and c.kind is Kind.ROTATED for c in year)  # four digits: turned


def test_a_latin_word_moves_whole_to_the_next_column() -> None:
    text = "一二三四五六Python"
    layout = lay_out(text, rows=8, indent=0, advance=lambda _c: 0.6)
    columns = {layout.cell_of(i).column for i in range(6, 12)}  # type: ignore[union-attr]
    assert columns == {1}


@pytest.mark.parametrize("closer", ["”", "’", "」", "』", "。"])
def test_a_closing_mark_after_a_symbol_does_not_start_a_column(closer: str) -> None:
    # 網 fills the first column; "+" and the mark would start the next
    text = "一二三四五六七互聯網+" + closer + "頗受"
    layout = lay_out(text, rows=10, indent=0)
    plus, mark = layout.cell_of(10), layout.cell_of(11)
    assert plus is not None and mark is not None and plus.column == mark.column == 1
    assert plus.row > 0  # 網 comes down with them: the column starts with a character
    assert text[layout.cells_in_columns(1, 1)[0].start] == "網"


@pytest.mark.parametrize("width", [700.0, 913.0, 1400.0])
def test_a_balanced_page_fits_whole_columns_between_even_margins(width: float) -> None:
    page = VerticalPage("標題", "天地玄黃宇宙洪荒" * 200, Metrics(EM, width, 500.0, 48.0, 36.0, 36.0),
                        balance=True)
    margin = page.metrics.margin
    assert 48.0 <= margin < 48.0 + page.pitch / 2
    between = (width - 2 * margin) / page.pitch
    assert abs(between - round(between)) < 1e-6  # whole columns fill the room between the margins
    for scroll in (0.0, page.scroll_for_column(7), page.max_scroll, page.aligned(333.0)):
        right = page.screen_x(page.column_right(0), scroll)  # the text's first column's right edge
        steps = (width - margin - right) / page.pitch  # how many columns it is from the right margin
        assert abs(steps - round(steps)) < 1e-6, scroll  # a column edge on each margin
    unbalanced = VerticalPage("標題", "天地", Metrics(EM, width, 500.0, 48.0, 36.0, 36.0))
    assert unbalanced.metrics.margin == 48.0  # paper keeps the margins it asks for


def test_progress_is_whole_once_the_last_column_is_between_the_margins_and_never_more() -> None:
    page = VerticalPage("標題", "天地玄黃宇宙洪荒" * 200, Metrics(EM, 900.0, 500.0, 48.0, 36.0, 36.0),
                        balance=True)
    assert page.progress(0.0) == 0.0
    assert 0.4 < page.progress(page.max_scroll / 2) < 0.6
    # a column short of the end, the last column sits in the left margin, where nothing is drawn
    short = page.max_scroll - page.pitch
    last_left = page.screen_x(page.column_right(page.body.columns - 1) + page.pitch, short)
    assert last_left < page.metrics.margin and page.progress(short) < 1.0
    assert page.aligned(page.max_scroll) == page.max_scroll  # whole-column scrolling reaches the end
    end_left = page.screen_x(page.column_right(page.body.columns - 1) + page.pitch, page.max_scroll)
    assert end_left >= page.metrics.margin - 0.5 and page.progress(page.max_scroll) == 1.0
    assert page.progress(page.max_scroll + 50.0) == 1.0  # a range being changed: never above all
    assert VerticalPage("標題", "天地", Metrics(EM, 900.0, 500.0, 48.0, 36.0, 36.0)).progress(0.0) == 1.0
