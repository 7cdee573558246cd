"""CC-CEDICT lookups with known answers, alike in every script form, and its data as untrusted input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.dictionary import DICTIONARY_DATE, Dictionary, DictionaryError, build, load, parse_line
from app.core.script import Script, convert_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def book() -> Dictionary:
    return load()


# Simplified word → (reading of the word's first entry, a gloss it has, Traditional headword)
KNOWN = {
    "重新": ("chóng xīn", "again; once more; re-", "重新"),
    "重要": ("zhòng yào", "important", "重要"),
    "行长": ("háng zhǎng", "bank president", "行長"),
    "长大": ("zhǎng dà", "to grow up", "長大"),
    "锲而不舍": ("qiè ér bù shě", "to persevere", "鍥而不捨"),
    "头发": ("tóu fa", "hair (on the head)", "頭髮"),
}


def test_the_shipped_data_is_cc_cedict_with_its_date(book: Dictionary) -> None:
    assert len(book) > 100_000
    assert book.date == DICTIONARY_DATE  # the date About states


@pytest.mark.parametrize("word", sorted(KNOWN))
@pytest.mark.parametrize("script", list(Script))
def test_a_word_is_found_alike_in_all_five_forms(book: Dictionary, word: str, script: Script) -> None:
    reading, gloss, traditional = KNOWN[word]
    written = convert_text(word, Script.SIMPLIFIED, script)
    for source in (script, None):  # told, or guessed from the word
        found = book.lookup(written, source)
        assert found.found, (written, source)
        assert found.simplified == word
        assert any(e.traditional == traditional and e.pinyin == reading and gloss in e.glosses
                   for e in found.entries), (written, [(e.traditional, e.pinyin) for e in found.entries])
        assert found.other_form() == (traditional if written == word else word)


def test_readings_of_the_word_are_by_word(book: Dictionary) -> None:
    found = book.lookup("行長", Script.TAIWAN)
    assert (found.pinyin, found.zhuyin) == ("háng zhǎng", "ㄏㄤˊ ㄓㄤˇ")
    assert book.lookup("銀行").jyutping == "ngan4 hong4"  # 行 by its word, as in Mandarin
    assert book.lookup("长大").zhuyin == "ㄓㄤˇ ㄉㄚˋ"


def test_one_character_lists_each_reading_it_has(book: Dictionary) -> None:
    readings = {e.pinyin for e in book.lookup("重").entries}
    assert {"chóng", "zhòng"} <= readings


def test_a_taiwan_word_finds_its_own_entry(book: Dictionary) -> None:
    found = book.lookup("軟體", Script.TAIWAN)
    assert found.entries[0].traditional == "軟體"
    assert "software (Tw)" in found.entries[0].glosses
    assert found.pinyin == "ruǎn tǐ"


def test_a_missing_word_falls_back_to_its_characters(book: Dictionary) -> None:
    for written in ("苟日新", "學而時習"):
        found = book.lookup(written)
        assert not found.found
        assert [c for c, _ in found.by_character] == list(written)
        assert all(entries for _, entries in found.by_character)
    assert book.lookup("苟日新").pinyin == "gǒu rì xīn"


def test_lookups_of_nothing_known_are_empty_not_errors(book: Dictionary) -> None:
    assert not book.lookup("").found
    found = book.lookup("hello")
    assert not found.found and found.by_character == ()
    assert len(book.lookup("长" * 10_000).word) <= 32


def test_tone_marks_and_zhuyin_from_numbered_pinyin() -> None:
    entry = parse_line("綠 绿 [lu:4] /green/")
    assert entry is not None and (entry.pinyin, entry.zhuyin) == ("lǜ", "ㄌㄩˋ")
    entry = parse_line("什麼 什么 [shen2 me5] /what?/")
    assert entry is not None and (entry.pinyin, entry.zhuyin) == ("shén me", "ㄕㄣˊ ˙ㄇㄜ")
    entry = parse_line("中國 中国 [Zhong1 guo2] /China/")
    assert entry is not None and entry.pinyin == "Zhōng guó"


def test_damaged_lines_are_skipped_and_sizes_limited(tmp_path: Path) -> None:
    lines = ["#! date=2024-01-02T00:00:00Z", "garbage", "字 字 [zi4] /character/",
             "長 长 [chang2] /" + "x" * 10_000 + "/", "\x00\x01 [", "詞 词 [ci2] /word/"]
    book = build(line + "\n" for line in lines)
    assert book.date == "2024-01-02"
    assert len(book) == 2
    assert book.lookup("词").entries[0].glosses == ("word",)
    assert parse_line("長 长 [chang2] //") is None  # no gloss


def test_a_broken_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "cedict.txt.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(DictionaryError):
        load(broken)
    good = tmp_path / "small.txt.gz"
    with gzip.open(good, "wt", encoding="utf-8") as stream:
        stream.write("字 字 [zi4] /character/\n")
    assert load(good).lookup("字").found


def run_define(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "define", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)


def test_define_command_in_json_any_form() -> None:
    for written in ("行长", "行長"):
        result = run_define(written, "--format", "json")
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert (found["simplified"], found["traditional"]) == ("行长", "行長")
        assert (found["pinyin"], found["zhuyin"]) == ("háng zhǎng", "ㄏㄤˊ ㄓㄤˇ")
        assert found["jyutping"]
        assert any("bank president" in e["glosses"] for e in found["entries"])
        assert found["dictionary"]["name"] == "CC-CEDICT"


def test_define_command_in_text_and_for_a_missing_word() -> None:
    result = run_define("長大")
    assert result.returncode == 0
    assert "长大" in result.stdout and "zhǎng dà" in result.stdout and "to grow up" in result.stdout
    missing = run_define("苟日新")  # no entry: split into the words the dictionary has
    assert missing.returncode == 0
    assert "if indeed" in missing.stdout and "in constant progress" in missing.stdout
    assert run_define("xyz").returncode == 1


@pytest.mark.parametrize("asked", ["abc", "", "  ", "，。!"])
def test_define_without_chinese_says_so(asked: str) -> None:
    result = run_define(asked)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no Chinese characters" in result.stderr


def test_a_phrase_is_split_into_the_dictionarys_longest_words(book: Dictionary) -> None:
    assert book.words_in("鍥而不捨，金石可鏤")[:2] == ["鍥而不捨", "金石"]
    assert book.words_in("锲而不舍，金石可镂")[:2] == ["锲而不舍", "金石"]
    assert book.words_in("行长说他长大了") == ["行长", "说", "他", "长大", "了"]
    assert book.words_in("abc，。") == []


def test_define_a_phrase_shows_each_words_entry() -> None:
    result = run_define("鍥而不捨，金石可鏤")
    assert result.returncode == 0
    assert result.stdout.startswith("鍥而不捨  (锲而不舍)")
    assert "to persevere" in result.stdout and "metal and stone" in result.stdout
    assert "not in the dictionary" not in result.stdout.split("\n\n")[0]
    found = json.loads(run_define("鍥而不捨，金石可鏤", "--format", "json").stdout)
    assert [w["word"] for w in found["words"]][:2] == ["鍥而不捨", "金石"]
    assert found["words"][0]["found"] and found["dictionary"]["name"] == "CC-CEDICT"


@pytest.mark.parametrize(("asked", "headword"), [("鍥而不舍", "鍥而不捨"), ("锲而不舍", "锲而不舍")])
def test_define_heads_a_mixed_spelling_with_the_dictionarys_word(asked: str, headword: str) -> None:
    found = json.loads(run_define(asked, "--format", "json").stdout)
    assert found["word"] == headword
    assert (found["traditional"], found["simplified"]) == ("鍥而不捨", "锲而不舍")
    assert run_define(asked).stdout.startswith(headword + "  (")
