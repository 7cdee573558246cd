"""Script conversion between every pair of forms, with an exact offset map."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.essay_folder import load_library
from app.core.library import build_collection
from app.core.script import DIRECTIONS, Form, Script, convert, convert_text, detect_script

S, T, TW, HK = Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN, Script.HONGKONG


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("説話", HK, T, "說話"),
        ("衞生", HK, T, "衛生"),
        ("説衞", HK, S, "说卫"),
        ("头发", S, T, "頭髮"),
        ("头发", S, TW, "頭髮"),
        ("软件", S, TW, "軟體"),
        ("U盘", S, TW, "隨身碟"),
        ("内存", S, TW, "記憶體"),
        ("軟體", TW, S, "软件"),
        ("说话卫生", S, HK, "説話衞生"),
        ("頭髮", T, S, "头发"),
        ("說話", T, HK, "説話"),
        ("説話", HK, TW, "說話"),
        ("軟件", T, TW, "軟體"),
        ("裡面說", TW, HK, "裏面説"),
        ("為什麼", TW, T, "爲什麼"),
    ],
)
def test_known_conversions(text: str, source: Script, target: Script, expected: str) -> None:
    assert convert_text(text, source, target) == expected


def test_every_source_converts_to_every_form() -> None:
    for source in Script:
        for form in Form:
            target = form.target(source)
            assert target == source or (source, target) in DIRECTIONS


@pytest.mark.parametrize("text", ["鬱鬱", "麵條", "理髮師在發廊"])
def test_traditional_to_traditional_keeps_distinctions_lost_in_simplified(text: str) -> None:
    via_simplified = convert_text(convert_text(text, T, S), S, T)
    assert via_simplified != text  # the round trip loses the distinction …
    assert convert_text(text, HK, TW) == text  # … the direct chain keeps it
    assert convert_text(text, T, HK) == text


def test_source_script_is_detected_from_the_text(tmp_path: Path, library: object) -> None:
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    # Swap the names: detection must not depend on them.
    shutil.copy(seeds[0], tmp_path / "simplified_essays.txt")
    shutil.copy(seeds[1], tmp_path / "hongkong_essays.txt")
    scripts = {c.file_name: c.script for c in load_library(tmp_path).collections}
    assert scripts == {"hongkong_essays.txt": S, "simplified_essays.txt": HK}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("软件和内存都很重要，这是头发。", S), ("軟體與記憶體都很重要，這是頭髮。為此啟動。", TW),
     ("這個説法很衞生，着實不錯。", HK), ("這個說法很衛生，着實不錯。", T)],
)
def test_detect_script(text: str, expected: Script) -> None:
    assert detect_script(text * 3) == expected


def test_collection_script_of_seeds() -> None:
    raw = "標題\n\n文章 篇1\n\n這個説法很衞生。\n\n文章 篇2\n\n又一篇説明。"
    assert build_collection(raw, "x.txt").script == HK


# -- the offset map -----------------------------------------------------------------------

PIECES = ["U盘", "内存", "软件", "头发", "鼠标", "信息", "的", "是", "工匠", "精神", "𠮷", "a", " ",
          "，", "。", "\n", "網絡", "軟件", "內存", "隨身碟", "記憶體", "軟體", "説", "衞", "發"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
pairs = st.sampled_from([(s, t) for s in Script for t in Script])


@settings(max_examples=300, deadline=None)
@given(texts, pairs)
def test_offset_map_ends_and_order(text: str, pair: tuple[Script, Script]) -> None:
    result = convert(text, *pair)
    m = result.offsets
    assert m.to_display(0) == 0
    assert m.to_display(len(text)) == len(result.text)
    assert m.to_canonical(len(result.text)) == len(text)
    display = [m.to_display(i) for i in range(len(text) + 1)]
    assert display == sorted(display)


@settings(max_examples=300, deadline=None)
@given(texts, pairs, st.data())
def test_a_selection_maps_back_to_cover_the_same_text(
    text: str, pair: tuple[Script, Script], data: st.DataObject
) -> None:
    result = convert(text, *pair)
    m = result.offsets
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    shown_start, shown_end = m.to_display(start), m.to_display(end, end=True)
    back_start, back_end = m.to_canonical(shown_start), m.to_canonical(shown_end, end=True)
    assert back_start <= start and back_end >= end
    # it only ever widens to the phrase it cuts through (no phrase here is over 3 long)
    assert start - back_start < 3 and back_end - end < 3


@settings(max_examples=200, deadline=None)
@given(texts, pairs)
def test_unchanged_characters_map_to_themselves(text: str, pair: tuple[Script, Script]) -> None:
    result = convert(text, *pair)
    for i, char in enumerate(text):
        if char in "a ，。\n𠮷":
            j = result.offsets.to_display(i)
            assert result.text[j] == char
            assert result.offsets.to_canonical(j) == i


def test_length_changing_phrases_map_whole() -> None:
    text = "买了U盘和内存了"
    result = convert(text, S, TW)
    assert result.text == "買了隨身碟和記憶體了"
    m = result.offsets
    u_disk = slice(m.to_display(2), m.to_display(4, end=True))
    assert result.text[u_disk] == "隨身碟"
    memory = slice(m.to_display(5), m.to_display(7, end=True))
    assert result.text[memory] == "記憶體"
    # a selection of 身 alone widens to the whole phrase in canonical text
    assert (m.to_canonical(3), m.to_canonical(4, end=True)) == (2, 4)
    assert m.to_canonical(result.text.rindex("了")) == text.rindex("了")


def test_taiwan_back_to_simplified_is_exact_too() -> None:
    text = "買了隨身碟和記憶體"
    result = convert(text, TW, S)
    assert result.text == "买了U盘和内存"
    m = result.offsets
    assert result.text[m.to_display(2):m.to_display(5, end=True)] == "U盘"
    assert m.to_canonical(result.text.index("内")) == text.index("記")
