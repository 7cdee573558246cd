"""A passage's ends: no stray commas, no half of a pair of quotation marks."""

from __future__ import annotations

import pytest

from app.core.passage_ends import trimmed, trimmed_span


@pytest.mark.parametrize(("passage", "kept"), [
    ("，“工匠精神", "工匠精神"),  # a comma before, an opening mark without its closing one
    ("工匠精神”，", "工匠精神"),
    ("“工匠精神”", "“工匠精神”"),  # a whole quotation keeps its marks
    ("「工匠精神」。", "「工匠精神」。"),  # a passage may end its sentence
    ("精益求精、", "精益求精"),
    ("  他说：“好", "他说：“好"),  # only the ends are trimmed
    ("（注", "注"),
    ("书名《匠心》", "书名《匠心》"),
    ("《匠心", "匠心"),
    ("匠心》", "匠心"),
    ("“”", "“”"),  # nothing but marks: left as it was
    ("，", "，"),
    ("\"工匠精神\"", "\"工匠精神\""),  # marks that open and close alike
    ("\"工匠精神", "工匠精神"),
    ("工匠精神\"", "工匠精神"),
    ("〝工匠〞", "〝工匠〞"),
    ("﹁工匠﹂", "﹁工匠﹂"),
    ("«mot»", "«mot»"),
    ("“工匠”。”", "“工匠”。"),  # the last mark closes nothing: the one before closed the pair
    ("“工匠”和“精神”", "“工匠”和“精神”"),
    ("‘Don’t go", "Don’t go"),  # the ’ of Don’t is an apostrophe, not its partner
    ("the workers’", "the workers’"),
])
def test_trimmed(passage: str, kept: str) -> None:
    assert trimmed(passage) == kept


def test_the_span_is_trimmed_inside_the_text_it_belongs_to() -> None:
    text = "他说，“工匠精神”是一种态度。"
    start = text.index("，")
    assert trimmed_span(text, start, start + 4) == (start + 2, start + 4)  # ，“工匠 → 工匠
    assert trimmed_span(text, start, start + 8) == (start + 1, start + 8)  # ，“工匠精神”是 → “工匠精神”是
