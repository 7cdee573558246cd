"""Which characters carry a reading (ruby), and the reading each one gets.

"Rare" means outside a list of common characters: the 3,500 most frequent Han characters,
counted from the word frequencies of jieba's dictionary (each character scores the
frequency of every word it is in). The list is Simplified; a character in another form is
looked up by its Simplified form, so 學 is as common as 学 and only the likes of 镌 and 鍥
get a reading. Readings come from core.readings, by word, so 多音字 read as in their phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from app.core.script import Script, convert_text

MODES = ("off", "rare", "all")
SYSTEMS = ("pinyin", "zhuyin", "jyutping")  # core.readings.System's values, the default first
COMMON_COUNT = 3500  # as many as the 一级 characters of 通用规范汉字表
MAX_LIST_BYTES = 64 * 1024  # a common-character list is about 10 KB


@lru_cache(maxsize=1)
def han() -> re.Pattern[str]:
    """One Han character. Compiled on first use: its range beyond the BMP takes `re` 2.4 ms,
    and the reader's first frame has no readings to place."""
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


class CommonCharacters:
    """A set of common Simplified characters; anything else is rare."""

    def __init__(self, characters: Iterable[str]) -> None:
        self._common = frozenset(c for c in characters if han().fullmatch(c))

    def __len__(self) -> int:
        return len(self._common)

    def is_rare(self, char: str, script: Script) -> bool:
        """Whether `char`, written in `script`, is outside the common list."""
        if not han().fullmatch(char):
            return False
        return _simplified(char, script) not in self._common


@lru_cache(maxsize=50_000)
def _simplified(char: str, script: Script) -> str:
    if script is Script.SIMPLIFIED:
        return char
    converted = convert_text(char, script, Script.SIMPLIFIED)
    return converted if len(converted) == 1 else char


def load_common(path: Path) -> CommonCharacters:
    """The list shipped with the app; a missing, oversized or garbled file gives an empty list
    (every character then counts as rare, which is visible and harmless)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_LIST_BYTES + 1)
    except OSError:
        return CommonCharacters(())
    if len(data) > MAX_LIST_BYTES:
        return CommonCharacters(())
    return CommonCharacters(data.decode("utf-8", errors="replace"))


def derive_common(dictionary_lines: Iterable[str], count: int = COMMON_COUNT) -> str:
    """The `count` most frequent Han characters of a jieba-style dictionary ("word freq tag" lines)."""
    scores: Counter[str] = Counter()
    one_han = han()
    for line in dictionary_lines:
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        for char in parts[0]:
            if one_han.fullmatch(char):
                scores[char] += int(parts[1])
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return "".join(char for char, _score in ranked[:count])


def ruby_readings(text: str, script: Script, mode: str, system: str,
                  common: CommonCharacters) -> dict[int, str]:
    """Index in `text` → its reading, for the characters `mode` ("rare" or "all") annotates."""
    if mode not in ("rare", "all"):
        return {}
    from app.core.readings import readings  # noqa: PLC0415  (on first use, off the start-up path)

    out: dict[int, str] = {}
    for phrase in readings(text, system, script):
        for k, sound in enumerate(phrase.sounds):
            index = phrase.start + k
            if sound and (mode == "all" or common.is_rare(text[index], script)):
                out[index] = sound
    return out
