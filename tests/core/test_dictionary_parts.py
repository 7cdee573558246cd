"""A word CC-CEDICT lacks is explained by its parts, every character covered, and kept so in My Words.

With the shipped CC-CEDICT (as the window uses it): 工匠精神 is not an entry; a reader reads it
as 工匠 + 精神, and My Words once kept only its first three characters' glosses (神 lost).
"""

from __future__ import annotations

import pytest

from app.core.dictionary import Definition, Dictionary, load, word_span
from app.core.readings import HAN
from app.core.script import Script, convert_text
from app.core.vocabulary import MAX_GLOSS, VocabularyItem, gloss_for


@pytest.fixture(scope="module")
def book() -> Dictionary:
    return load()


def parts_of(found: Definition) -> list[tuple[str, str]]:
    return [(part.text, part.pinyin) for part in found.parts]


def test_a_missing_word_is_split_into_its_longest_dictionary_words(book: Dictionary) -> None:
    found = book.lookup("工匠精神")
    assert not found.found  # the case a user found: not one entry of CC-CEDICT
    assert parts_of(found) == [("工匠", "gōng jiàng"), ("精神", "jīng shén")]
    assert "artisan" in found.parts[0].entries[0].glosses
    assert "spirit" in found.parts[1].entries[0].glosses


def test_its_kept_gloss_covers_every_part_in_order_with_its_reading(book: Dictionary) -> None:
    gloss = gloss_for(book.lookup("工匠精神"))
    assert gloss.startswith("工匠 gōng jiàng: artisan")
    assert " | 精神 jīng shén: spirit; mind" in gloss  # 神 too, with its reading


@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL])
def test_what_no_word_covers_is_read_character_by_character(book: Dictionary, script: Script) -> None:
    written = convert_text("学而时习之", Script.SIMPLIFIED, script)
    found = book.lookup(written, script)
    assert not found.found
    assert parts_of(found) == list(zip(written, ["xué", "ér", "shí", "xí", "zhī"], strict=True))
    assert all(part.entries for part in found.parts)
    assert gloss_for(found).count(" | ") == 4


@pytest.mark.parametrize("written", ["工匠精神", "精神病学院家具工厂的工匠精神与科学家们的理想主义世界观",
                                     "頭髮很長的人們", "𠮷野家很远", "學而時習之"])
def test_every_han_character_is_in_exactly_one_part_in_order(book: Dictionary, written: str) -> None:
    found = book.lookup(written)
    assert not found.found
    assert "".join(part.text for part in found.parts) == "".join(HAN.findall(written))
    assert all(part.pinyin for part in found.parts if part.text != "𠮷")  # 𠮷: no reading known
    assert gloss_for(found).split(" | ")[0].startswith(found.parts[0].text)


def test_a_character_alone_is_glossed_as_it_is_read_not_by_a_name_or_a_variant(book: Dictionary) -> None:
    # 神 alone: Shén "God" is CC-CEDICT's first entry, shén "god; deity" the reading here;
    # 家 in Simplified text: 家 "home" before 傢 (whose Simplified form is 家 too)
    found = book.lookup("工匠之神")
    assert parts_of(found)[-1] == ("神", "shén")
    assert found.parts[-1].entries[0].glosses[0] == "god; deity"
    assert book.lookup("工匠之家", Script.SIMPLIFIED).parts[-1].entries[0].glosses[0] == "home"
    assert gloss_for(found).endswith("神 shén: god; deity; supernatural; magical; mysterious; spirit; "
                                     "mind; energy; lively; expressive; look; expression; "
                                     "(coll.) awesome; amazing")


def test_punctuation_and_letters_in_a_missing_word(book: Dictionary) -> None:
    assert parts_of(book.lookup("“工匠，精神”")) == [("工匠", "gōng jiàng"), ("精神", "jīng shén")]
    assert parts_of(book.lookup("AI工匠")) == [("工匠", "gōng jiàng")]  # AI reads as itself
    assert [p.text for p in book.lookup("T恤衫很好看").parts] == ["T恤", "衫", "很", "好看"]


def test_a_word_in_the_dictionary_keeps_its_own_entries(book: Dictionary) -> None:
    found = book.lookup("時代")
    assert found.found and found.parts == ()
    assert gloss_for(found) == " | ".join("; ".join(e.glosses) for e in found.entries[:3])
    assert "era" in gloss_for(found) and "shí dài" not in gloss_for(found)  # its reading kept apart


def test_a_word_read_two_ways_keeps_each_reading_with_its_meaning(book: Dictionary) -> None:
    found = book.lookup("精神")
    readings = [entry.pinyin for entry in found.entries[:3]]
    assert len(set(readings)) > 1, readings  # CC-CEDICT: jīng shén (spirit), jīng shen (lively)
    pieces = gloss_for(found).split(" | ")
    assert [piece.split(": ")[0] for piece in pieces] == readings
    assert all(piece.split(": ", 1)[1] for piece in pieces)


def test_a_long_missing_word_keeps_every_part_when_glosses_must_be_cut(book: Dictionary) -> None:
    found = book.lookup("的" + "长" * 31)  # 32 parts, each with long glosses
    assert len(found.parts) == 32
    gloss = gloss_for(found)
    assert len(gloss) <= MAX_GLOSS
    pieces = gloss.split(" | ")
    assert [p.split(":")[0] for p in pieces] == [f"{p.text} {p.pinyin}" for p in found.parts]
    assert all(": " in p for p in pieces)  # cut to fewer glosses, none to nothing


@pytest.mark.parametrize(("text", "selected", "word"), [
    ("“工匠精神”必然", "“工匠精神”", "工匠精神"), ("成為時代的。", "時代的。", "時代的"),
    ("a 工匠 b", " 工匠 ", "工匠"), ("AI工匠。", "AI工匠。", "AI工匠"), ("，。", "，。", "")])
def test_a_selection_is_looked_up_without_the_punctuation_at_its_ends(text: str, selected: str,
                                                                     word: str) -> None:
    start = text.index(selected)
    begin, end = word_span(text, start, start + len(selected))
    assert text[begin:end] == word


def test_the_span_after_the_last_character_is_empty() -> None:
    """The caret after an essay's last character: the one character "at" it is past the end."""
    text = "工匠精神。"
    assert word_span(text, len(text), len(text) + 1) == (len(text), len(text))
    assert word_span(text, 3, 9) == (3, 4)


def test_words_kept_before_are_read_as_they_were() -> None:
    """A My Words entry saved by an earlier version (characters' glosses, 神 missing) loads unchanged."""
    saved = {"id": "0123456789abcdef", "word": "工匠精神", "reading": "gōng jiàng jīng shén",
             "gloss": "work; worker | craftsman | essence; extract",
             "sentence": "真正的“工匠精神”必然經得起時間校驗", "essay_id": "000_3fd34f9ad9cd41d9",
             "anchor": {"start": 40, "end": 44, "text_hash": "ab" * 16, "exact": "工匠精神",
                        "prefix": "真正的“", "suffix": "”必然"},
             "author_id": "me", "created": "2024-05-01T08:00:00+00:00"}
    item = VocabularyItem.from_json(saved)
    assert item is not None and item.to_json() == saved
