"""Line repair of PDF and web artefacts."""

from __future__ import annotations

from app.core.repair import join_broken_paragraphs, remove_cjk_spaces, repair_line, widen_punctuation


def test_spaces_between_chinese_characters_are_removed() -> None:
    assert remove_cjk_spaces("説 不清，道 不明") == "説不清，道不明"
    assert remove_cjk_spaces("“工匠” 。") == "“工匠”。"
    assert remove_cjk_spaces("只 有 10 個座位") == "只有10個座位"


def test_spaces_between_latin_words_stay() -> None:
    assert remove_cjk_spaces("Web Annotation 模型") == "Web Annotation模型"


def test_half_width_punctuation_next_to_chinese_becomes_full_width() -> None:
    assert widen_punctuation("進步,“工匠") == "進步，“工匠"
    assert widen_punctuation("感悟(通用15篇)") == "感悟（通用15篇）"
    assert widen_punctuation("时间:2022") == "时间：2022"


def test_punctuation_between_digits_is_left_alone() -> None:
    assert widen_punctuation("08:30:03, 486.1") == "08:30:03, 486.1"


def test_leading_indent_is_stripped() -> None:
    assert repair_line("\u3000\u3000正文開始。") == "正文開始。"


def test_broken_paragraph_is_joined_but_headings_are_not() -> None:
    broken = "在這個日益浮躁的社會，金錢至上論甚囂塵，講責任的人越來越少，講利益的人越來越多，甚"
    assert join_broken_paragraphs([broken, "上！後文。"]) == [broken + "上！後文。"]
    assert join_broken_paragraphs(["一、心存敬畏", "正文。"]) == ["一、心存敬畏", "正文。"]
    assert join_broken_paragraphs(["完整的一句話。" * 6, "下一段。"]) == ["完整的一句話。" * 6, "下一段。"]
