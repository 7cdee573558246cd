"""A long line without sentence marks parses in linear time (a quadratic regex hung start-up)."""

from __future__ import annotations

import time

import pytest

from app.core.parsing import parse_collection
from app.core.repair import remove_cjk_spaces

SIZE = 1_000_000

LINES = {
    "Han text": "工匠精神" * (SIZE // 4),
    "spaces between Latin words": "a" + " " * SIZE + "b",
    "Han and spaces": "工 " * (SIZE // 2),
    "Latin letters": "a" * SIZE,
    "page furniture words": "来源" * (SIZE // 2),
    "editor's words": "小编" * (SIZE // 2),
    "commas and letters": "工,a " * (SIZE // 4),
}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_a_megabyte_line_parses_within_seconds(line: str) -> None:
    started = time.perf_counter()
    parse_collection(f"标题\n{line}\n", "file")
    # Linear work takes well under a second here; the quadratic regexes took hours.
    assert time.perf_counter() - started < 5


def test_spaces_touching_han_still_go_and_others_stay() -> None:
    assert remove_cjk_spaces("説 不清  a b\u3000字 x") == "説不清a b字x"
    assert remove_cjk_spaces("word   word") == "word   word"


def test_editor_sentences_are_still_removed() -> None:
    parsed = parse_collection("文集\n好文章。小编为大家整理了范文，供大家参考！后面的话。\n", "x")
    assert parsed.essays[0].paragraphs == ("好文章。后面的话。",)
