"""Readings by word: 多音字 read by their word, alike in every script form."""

from __future__ import annotations

import pytest

from app.core.readings import Phrase, System, reading_of, readings
from app.core.script import Script, convert_text

# word (Simplified) → pinyin by word; each is also checked in the four other forms
KNOWN_PINYIN = {
    "重新": ["chóng", "xīn"],
    "重要": ["zhòng", "yào"],
    "行长": ["háng", "zhǎng"],
    "长大": ["zhǎng", "dà"],
    "银行": ["yín", "háng"],
    "鍥而不舍": ["qiè", "ér", "bù", "shě"],
}


@pytest.mark.parametrize("word", sorted(KNOWN_PINYIN))
@pytest.mark.parametrize("script", list(Script))
def test_pinyin_by_word_in_every_form(word: str, script: Script) -> None:
    written = convert_text(word, Script.SIMPLIFIED, script)
    assert reading_of(written, "pinyin", script) == KNOWN_PINYIN[word]
    assert reading_of(written, "pinyin") == KNOWN_PINYIN[word]  # script guessed


def test_same_character_read_by_its_word_in_one_sentence() -> None:
    phrases = readings("我们重新开始，重要的是长大。")
    heard = {"".join("我们重新开始，重要的是长大。"[p.start:p.end]): p.sounds for p in phrases}
    assert heard["重新"] == ["chóng", "xīn"]
    assert heard["重要"] == ["zhòng", "yào"]
    assert heard["长大"] == ["zhǎng", "dà"]


def test_traditional_sentence_keeps_its_own_offsets() -> None:
    text = "銀行行長說：「軟體」"
    phrases = readings(text, System.PINYIN, Script.TAIWAN)
    assert all(isinstance(p, Phrase) and len(p.sounds) == p.end - p.start for p in phrases)
    spans = {text[p.start:p.end]: p.sounds for p in phrases}
    assert spans["銀行"] == ["yín", "háng"]
    assert spans["行長"] == ["háng", "zhǎng"]
    assert reading_of(text, System.PINYIN, Script.TAIWAN)[7:9] == ["ruǎn", "tǐ"]  # not 软件
    assert all("「" not in text[p.start:p.end] for p in phrases)  # punctuation has no reading


def test_zhuyin_writes_tones_the_taiwan_way() -> None:
    assert reading_of("重新", System.ZHUYIN) == ["ㄔㄨㄥˊ", "ㄒㄧㄣ"]
    assert reading_of("什麼", System.ZHUYIN, Script.TAIWAN) == ["ㄕㄣˊ", "˙ㄇㄜ"]


def test_jyutping_in_both_scripts() -> None:
    assert reading_of("長大", System.JYUTPING) == ["zoeng2", "daai6"]
    assert reading_of("长大", System.JYUTPING) == ["zoeng2", "daai6"]
    assert reading_of("銀行", System.JYUTPING) == ["ngan4", "hong4"]


# Cantonese 多音字 by their word; 行長 and 重量 are words ToJyutping itself reads wrongly
KNOWN_JYUTPING = {
    "行長": ["hong4", "zoeng2"],
    "银行行长": ["ngan4", "hong4", "hong4", "zoeng2"],
    "銀行的行長說": ["ngan4", "hong4", "dik1", "hong4", "zoeng2", "syut3"],
    "執行長": ["zap1", "hang4", "zoeng2"],
    "重量": ["zung6", "loeng6"],
    "長大": ["zoeng2", "daai6"],
    "重新": ["cung4", "san1"],
    "重要": ["zung6", "jiu3"],
    "音樂": ["jam1", "ngok6"],
    "快樂": ["faai3", "lok6"],
    "進行長期": ["zeon3", "hang4", "coeng4", "kei4"],  # 進行|長期: no correction here
    "體重": ["tai2", "cung5"],
}


@pytest.mark.parametrize("text", sorted(KNOWN_JYUTPING))
def test_jyutping_of_cantonese_polyphones(text: str) -> None:
    assert reading_of(text, System.JYUTPING) == KNOWN_JYUTPING[text]


def test_characters_without_a_reading_are_empty_and_offsets_count_code_points() -> None:
    text = "a𠮷好b"  # 𠮷 is one code point (two UTF-16 units)
    phrases = readings(text)
    assert [(p.start, p.end) for p in phrases][-1][1] == 3
    assert reading_of(text)[2] == "hǎo"
    assert readings("hello, world") == []
