"""Line repair of PDF and web artefacts."""

from __future__ import annotations

from app.core.repair import (
    NO_DAMAGE,
    Damage,
    detect_damage,
    join_broken_paragraphs,
    remove_cjk_spaces,
    repair_line,
    widen_punctuation,
)


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


def test_spaces_next_to_latin_stay_unless_the_file_has_stray_spaces() -> None:
    assert remove_cjk_spaces("只 有 10 個座位", next_to_latin=False) == "只有 10 個座位"
    assert repair_line("儲存格 A1:B1,再按", Damage(punctuation=True)) == "儲存格 A1:B1，再按"
    assert repair_line(" 12 未定義的變數, 説 不清 ", NO_DAMAGE) == "12 未定義的變數, 説 不清"


def test_clean_text_shows_no_damage() -> None:
    lines = ["錯誤訊息", "", "第一章 起步",
             "12 未定義的變數：請先宣告再使用，否則程式在執行時會停下來並顯示這則訊息。",
             "請選取儲存格 A1:B1（見圖），再按下確定，表格就會把這兩格合併成一格，文字置中。",
             "一段沒有句號但完整的文字而且寫得很長很長很長很長很長很長很長很長", "下一段。"]
    assert detect_damage(lines) == NO_DAMAGE


def test_each_kind_of_damage_is_found() -> None:
    sentence = "他説 不清，道 不明，只覺得這本書 好。"
    assert detect_damage([sentence]) == Damage(spaces=True)
    assert detect_damage(["進步,“工匠”精神(通用)很好!"]) == Damage(punctuation=True)
    cut = "這一行在句子中間斷開了因為它是從一個版面很窄的文件裏複製出來的"
    assert detect_damage(["標題", cut, "的後半句。", cut, "結尾。"]).breaks


def test_hard_wrapped_lines_of_one_width_are_damage() -> None:
    lines = ["第一行寫到這裏就被折到下一行去了", "第二行也寫到這裏就被折到下一行",
             "第三行同樣寫到這裏就被折到下"] * 3
    assert detect_damage(lines).breaks
