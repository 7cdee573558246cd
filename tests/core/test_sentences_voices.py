"""Sentences for read-aloud, and the voice chosen for each script."""

from __future__ import annotations

from app.core.dialects import Dialect
from app.core.script import Script
from app.core.sentences import sentence_at, sentence_spans, sentences_within
from app.core.speech_advice import no_voice_message
from app.core.voices import Voice, choose_voice, language_from_name


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_end_at_chinese_stops_and_line_ends() -> None:
    text = "苟日新，日日新，又日新。鍥而不舍，金石可鏤！何以解憂？唯有杜康；\n  第二段沒有句號\n\n最後……好"
    assert texts(text) == ["苟日新，日日新，又日新。", "鍥而不舍，金石可鏤！", "何以解憂？", "唯有杜康；",
                           "第二段沒有句號", "最後……", "好"]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts("子曰：「學而時習之，不亦說乎？」有朋自遠方來。") == [
        "子曰：「學而時習之，不亦說乎？」", "有朋自遠方來。"]
    assert texts("他说：“好！”（真的。）然后走了") == ["他说：“好！”", "（真的。）", "然后走了"]


def test_spans_leave_out_spaces_and_blank_lines() -> None:
    text = "一。  二。\n\n   \n三"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["一。", "二。", "三"]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_sentence_at_finds_the_one_holding_an_offset_or_the_next() -> None:
    text = "一二。  三四。五"
    spans = sentence_spans(text)  # (0,3) (5,8) (8,9)
    assert [sentence_at(spans, n) for n in (0, 2, 3, 4, 5, 8, 9, 50)] == [0, 0, 1, 1, 1, 2, 2, 2]
    assert sentence_at([], 3) == -1


def test_a_selection_reads_only_what_is_selected() -> None:
    text = "甲乙丙。丁戊己。庚辛壬。"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in sentences_within(spans, 1, 6)] == ["乙丙。", "丁戊"]
    assert sentences_within(spans, 4, 8) == [(4, 8)]


MANDARIN_CN = Voice(0, "Tingting", "zh", "CN")
MANDARIN_TW = Voice(1, "Meijia", "zh", "TW")
CANTONESE = Voice(2, "Sinji", "zh", "HK")
ESPEAK_YUE = Voice(3, "yue", "yue", "")
ENGLISH = Voice(4, "Bob", "en", "GB")


def test_hong_kong_text_is_read_in_cantonese_when_there_is_such_a_voice() -> None:
    voices = [ENGLISH, MANDARIN_CN, MANDARIN_TW, CANTONESE]
    assert choose_voice(voices, Script.HONGKONG).voice == CANTONESE
    assert choose_voice([ENGLISH, ESPEAK_YUE, MANDARIN_CN], Script.HONGKONG).voice == ESPEAK_YUE
    pick = choose_voice([ENGLISH, MANDARIN_CN], Script.HONGKONG)
    assert pick.voice == MANDARIN_CN and pick.wanted is Dialect.CANTONESE and pick.substitute


def test_other_scripts_are_read_in_mandarin_of_their_own_place() -> None:
    voices = [CANTONESE, MANDARIN_CN, MANDARIN_TW]
    assert choose_voice(voices, Script.SIMPLIFIED).voice == MANDARIN_CN
    assert choose_voice(voices, Script.TAIWAN).voice == MANDARIN_TW
    assert choose_voice(voices, Script.TRADITIONAL).voice == MANDARIN_TW
    assert not choose_voice(voices, Script.SIMPLIFIED).substitute


def test_the_readers_choice_beats_the_script() -> None:
    voices = [MANDARIN_CN, CANTONESE]
    assert choose_voice(voices, Script.HONGKONG, Dialect.MANDARIN).voice == MANDARIN_CN
    assert choose_voice(voices, Script.SIMPLIFIED, Dialect.CANTONESE).voice == CANTONESE


def test_without_a_chinese_voice_nothing_is_chosen_and_the_message_says_how_to_add_one() -> None:
    assert choose_voice([ENGLISH], Script.SIMPLIFIED).voice is None
    assert choose_voice([], Script.HONGKONG).voice is None
    assert "espeak-ng" in str(no_voice_message("linux", engine=True))
    assert "No Chinese voice" in str(no_voice_message("linux", engine=True))
    assert "Settings" in str(no_voice_message("win32", engine=False))
    assert "Spoken Content" in str(no_voice_message("darwin", engine=True))
    assert "No speech engine" in str(no_voice_message("darwin", engine=False))


def test_voices_without_a_known_language_are_named_by_their_name() -> None:
    assert language_from_name("Chinese (Mandarin, latin as Pinyin)") == "cmn"
    assert language_from_name("Chinese (Cantonese)+Adam") == "yue"
    assert language_from_name("Hakka Chinese") == ""
    voices = [Voice(0, "Hakka Chinese", ""), Voice(1, "Chinese (Mandarin, latin as Pinyin)", "cmn")]
    assert choose_voice(voices, Script.SIMPLIFIED).voice == voices[1]
