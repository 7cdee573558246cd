"""Quotation marks the way each script writes them, one character for one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.essay_folder import load_library
from app.core.library import Library
from app.core.quotes import to_corner, to_curly
from app.core.script import Form, Script, convert
from app.core.view import ViewCache
from app.paths import seeds_dir

S, T, TW, HK = Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN, Script.HONGKONG


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说：“好。”", "他说：「好。」"),
        ("“老师说‘要有工匠精神’。”", "「老师说『要有工匠精神』。」"),
        # nested three deep: the marks alternate with depth, whatever the source used
        ("“甲‘乙“丙”乙’甲”", "「甲『乙「丙」乙』甲」"),
        ("‘工匠精神’是什么", "「工匠精神」是什么"),
        ("“一”和“二”", "「一」和「二」"),
        # apostrophes and quoted English stay as written
        ("他说：“I don’t know.”", "他说：「I don’t know.」"),
        ("rock ’n’ roll and ‘quoted’ words", "rock ’n’ roll and ‘quoted’ words"),
        ("“she said ‘yes’ to me”", "「she said 『yes』 to me」"),
        # a quotation cut in two (a note's quote) still shows the form's marks
        ("精神。”他说", "精神。」他说"),
    ],
)
def test_corner_quotes_for_taiwan_and_hong_kong(text: str, expected: str) -> None:
    assert to_corner(text) == expected


def test_curly_quotes_for_simplified() -> None:
    assert to_curly("他說：「老師說『好』。」") == "他說：“老師說‘好’。”"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”‘’「」『』好a 。", max_size=30))
def test_one_character_for_one_and_only_quotation_marks_change(text: str) -> None:
    for changed in (to_corner(text), to_curly(text)):
        assert len(changed) == len(text)
        marks = "“”‘’「」『』"
        assert all(a == b or (a in marks and b in marks) for a, b in zip(text, changed, strict=True))


def test_conversion_keeps_the_offset_map_exact_with_quotes() -> None:
    text = "他说：“买了U盘和内存。”"
    plain = convert(text, S, TW)
    quoted = convert(text, S, TW, localize_quotes=True)
    assert quoted.text == "他說：「買了隨身碟和記憶體。」"
    for i in range(len(text) + 1):
        assert quoted.offsets.to_display(i) == plain.offsets.to_display(i)
    assert convert("他說：「好。」", TW, S, localize_quotes=True).text == "他说：“好。”"
    assert convert("他說：“好。”", TW, T, localize_quotes=True).text == "他說：“好。”"  # standard: as written


@pytest.fixture(scope="module")
def seeds() -> Library:
    return load_library(seeds_dir())


def test_reader_views_localize_quotes_in_every_form_but_the_original(seeds: Library) -> None:
    hk_essay = seeds.collections[0].essays[0]
    assert seeds.collections[0].script is HK and "“" in hk_essay.text
    views = ViewCache(seeds)
    assert "“" in views.view(hk_essay, Form.ORIGINAL).text
    shown = views.view(hk_essay, Form.HONGKONG).text
    assert "“" not in shown and "「" in shown
    assert "「" in views.view(hk_essay, Form.TAIWAN).text
    assert "“" in views.view(hk_essay, Form.TRADITIONAL).text
    off = ViewCache(seeds, localize_quotes=False)
    assert "「" not in off.view(hk_essay, Form.HONGKONG).text
    # a note's quote is shown the way the text around it is
    cut = hk_essay.text[hk_essay.text.index("“"):][:12]
    assert views.title(cut, HK, HK, form=Form.HONGKONG).startswith("「")
    assert views.title(cut, HK, HK, form=Form.ORIGINAL).startswith("“")


def test_find_matches_whichever_quotation_marks_the_reader_sees() -> None:
    from app.core.search import find_in_text

    text = "他说：“工匠精神”很重要。"
    assert find_in_text(text, S, "「工匠精神」") == [(3, 9)]
    assert find_in_text("他說：「工匠精神」很重要。", TW, "“工匠精神”") == [(3, 9)]
