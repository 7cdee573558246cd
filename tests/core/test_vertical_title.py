"""A long title in vertical text fits its column: smaller first, then evenly wrapped; never a
last character alone in a second column (issue 21's 800x600 walk)."""

from __future__ import annotations

from app.core.vertical_page import MIN_TITLE_SCALE, TITLE_SCALE, Metrics, VerticalPage

EM = 20.0
TOP = BOTTOM = 36.0


def page(title: str, height: float) -> VerticalPage:
    return VerticalPage(title, "天地玄黃宇宙洪荒。" * 40, Metrics(EM, 900.0, height, 48.0, TOP, BOTTOM))


def rows_at(scale: float, height: float) -> int:
    return int((height - TOP - BOTTOM) // (EM * scale))


def column_lengths(vertical: VerticalPage) -> list[int]:
    lengths = [0] * vertical.title.columns
    for cell in vertical.title.cells:
        lengths[cell.column] += cell.end - cell.start
    return lengths


def test_a_short_title_keeps_its_full_size() -> None:
    vertical = page("學習工匠精神", 600.0)
    assert vertical.title_scale == TITLE_SCALE and vertical.title.columns == 1


def test_a_title_one_character_too_long_shrinks_into_one_column() -> None:
    height = 600.0
    title = "首" * (rows_at(TITLE_SCALE, height) + 1)  # its last character would wrap alone
    vertical = page(title, height)
    assert vertical.title.columns == 1
    assert MIN_TITLE_SCALE <= vertical.title_scale < TITLE_SCALE
    assert vertical.title_em * len(title) <= height - TOP - BOTTOM  # every character in the column
    assert vertical.title_pitch < EM * TITLE_SCALE * 1.9  # its column narrower, as its characters


def test_a_title_too_long_for_one_column_at_any_size_wraps_evenly() -> None:
    height = 600.0
    title = "首届大国工匠创新交流大会优秀观后感十一" * 2  # 38 characters: two columns even at the body's size
    assert len(title) > rows_at(MIN_TITLE_SCALE, height)
    vertical = page(title, height)
    assert vertical.title_scale == TITLE_SCALE  # full size, since it wraps anyway
    lengths = column_lengths(vertical)
    assert max(lengths) - min(lengths) <= 1, lengths  # evenly: 13 13 12, not 18 18 2


def test_each_line_of_a_two_line_title_keeps_its_column() -> None:
    vertical = page("學習工匠精神\n心得", 600.0)
    assert vertical.title.columns == 2 and vertical.title_scale == TITLE_SCALE


def test_a_long_title_in_a_short_window_leaves_no_character_alone() -> None:
    height = 242.0  # six rows at full size: 31 characters would fill five columns and one more
    title = "首届大国工匠创新交流大会优秀观后感" * 2
    title = title[:31]
    assert rows_at(TITLE_SCALE, height) == 6 and len(title) % 6 == 1
    vertical = page(title, height)
    lengths = column_lengths(vertical)
    assert len(lengths) > 1 and min(lengths) > 1, lengths  # smaller, rather than one character alone
    assert vertical.title_scale >= MIN_TITLE_SCALE
