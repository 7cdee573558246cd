"""Which characters get readings: rare ones (in every form) or all, read by their word."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from app.core.ruby import COMMON_COUNT, MAX_LIST_BYTES, derive_common, load_common, ruby_readings
from app.core.script import Script, convert_text
from app.paths import resources_dir

SENTENCE = "锲而不舍，金石可镂。学习工匠精神，镌刻在心。"  # Simplified; 锲, 镂 and 镌 are rare


@pytest.fixture(scope="module")
def common():  # type: ignore[no-untyped-def]
    return load_common(resources_dir() / "readings" / "common_chars.txt")


def test_the_shipped_list_is_jiebas_most_frequent_characters() -> None:
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    with dictionary.open(encoding="utf-8") as lines:
        derived = derive_common(lines)
    shipped = (resources_dir() / "readings" / "common_chars.txt").read_text(encoding="utf-8")
    assert shipped == derived and len(shipped) == COMMON_COUNT


@pytest.mark.parametrize("script", list(Script))
def test_only_rare_characters_get_readings_in_every_form(common, script: Script) -> None:  # type: ignore[no-untyped-def]
    text = convert_text(SENTENCE, Script.SIMPLIFIED, script)
    found = ruby_readings(text, script, "rare", "pinyin", common)
    assert {text[i]: sound for i, sound in found.items()} == {
        text[0]: "qiè", text[8]: "lòu", text[17]: "juān"}, script


def test_every_character_and_readings_by_word(common) -> None:  # type: ignore[no-untyped-def]
    text = "重要的是重新开始。"
    found = ruby_readings(text, Script.SIMPLIFIED, "all", "pinyin", common)
    assert found[0] == "zhòng" and found[4] == "chóng"
    assert sorted(found) == [i for i, c in enumerate(text) if c != "。"]  # punctuation has none
    assert ruby_readings(text, Script.SIMPLIFIED, "off", "pinyin", common) == {}


def test_zhuyin_and_jyutping(common) -> None:  # type: ignore[no-untyped-def]
    assert ruby_readings("镌刻", Script.SIMPLIFIED, "rare", "zhuyin", common) == {0: "ㄐㄩㄢ"}
    assert ruby_readings("鐫刻", Script.HONGKONG, "rare", "jyutping", common) == {0: "zyun1"}


def test_a_damaged_list_makes_everything_rare_not_a_crash(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes("的".encode() * (MAX_LIST_BYTES // 3 + 10))
    assert len(load_common(big)) == 0
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(b"\xff\xfe abc \x00" + "的是".encode())
    assert len(load_common(garbled)) == 2  # only Han characters count
    assert len(load_common(tmp_path / "missing.txt")) == 0
    everything = load_common(big)
    assert ruby_readings("学习", Script.SIMPLIFIED, "rare", "pinyin", everything) == {0: "xué", 1: "xí"}
