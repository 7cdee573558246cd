"""Readings of Chinese text by word: Mandarin (pinyin, zhuyin) and Cantonese (jyutping).

A character with several readings (多音字) is read by the word it is in — 重新 chóng,
重要 zhòng, 行长 háng, 长大 zhǎng — never character by character. Mandarin comes from
pypinyin, whose phrase dictionary is Simplified: any other form is converted to Simplified
first (characters only, never Taiwan phrases: 軟體 must still read ruǎn tǐ) and the words
are mapped back, so the five script forms read alike. Cantonese comes from ToJyutping,
which reads by word on its own and knows both scripts.

The libraries load on first use, never on the start-up path.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from app.core.script import Script, convert, detect_script

MAX_TEXT = 200_000  # characters read in one call; the rest is left unread
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


class System(StrEnum):
    """A way of writing how Chinese sounds."""

    PINYIN = "pinyin"  # Mandarin, tone marks: zhōng
    ZHUYIN = "zhuyin"  # Mandarin, 注音符號: ㄓㄨㄥ
    JYUTPING = "jyutping"  # Cantonese, tone numbers: zung1


class Phrase(NamedTuple):
    """A word of the text, (start, end) in its code points, and one reading per character.

    A character without a known reading has "" in its place.
    """

    start: int
    end: int
    sounds: list[str]


def readings(text: str, system: System | str = System.PINYIN,
             source: Script | None = None) -> list[Phrase]:
    """The words of `text` that are written in Han characters, with their readings.

    `source` is the script `text` is written in; guessed when not given. Offsets count code
    points of `text` as given.
    """
    system = System(system)
    text = text[:MAX_TEXT]
    words = _words(text, source)
    if system is System.JYUTPING:
        sounds = _jyutping(text)
        return [Phrase(s, e, sounds[s:e]) for s, e, _ in words]
    style = _style(system)
    return [Phrase(s, e, _fit(_mandarin(simplified, style), e - s)) for s, e, simplified in words]


def reading_of(word: str, system: System | str = System.PINYIN,
               source: Script | None = None) -> list[str]:
    """One reading per character of `word` (a word or phrase), "" where none is known."""
    sounds = [""] * len(word)
    for phrase in readings(word, system, source):
        sounds[phrase.start:phrase.end] = phrase.sounds
    return sounds


def warm_up() -> None:
    """Load the readings' libraries and tables now (about a second; off the window's thread)."""
    for system in System:
        reading_of("長大", system, Script.TRADITIONAL)


def _words(text: str, source: Script | None) -> list[tuple[int, int, str]]:
    """(start, end, Simplified form) of each word in the Han runs of `text`."""
    from pypinyin.seg.mmseg import seg  # noqa: PLC0415  (on first use: 0.2 s)

    runs = [(m.start(), m.group()) for m in HAN.finditer(text)]
    if not runs:
        return []
    source = source or detect_script("".join(run for _, run in runs))
    out: list[tuple[int, int, str]] = []
    for at, run in runs:
        simplified, back = _to_simplified(run, source)
        position = 0
        for word in seg.cut(simplified):
            start, end = back(position, False), back(position + len(word), True)
            position += len(word)
            if end > start:
                out.append((at + start, at + end, word))
    return out


def _to_simplified(run: str, source: Script) -> tuple[str, Any]:
    """`run` in Simplified characters, and a function mapping its offsets back to `run`."""
    if source is Script.SIMPLIFIED:
        return run, lambda index, _end: index
    # Standard Traditional to Simplified changes characters and keeps regional words as
    # they are (t2s has no Taiwan phrases), and knows the Taiwan and Hong Kong variants.
    converted = convert(run, Script.TRADITIONAL, Script.SIMPLIFIED)
    offsets = converted.offsets
    return converted.text, lambda index, end: offsets.to_canonical(index, end=end)


def _fit(sounds: list[str], length: int) -> list[str]:
    """Exactly `length` readings (a rare conversion changes a word's length)."""
    return (sounds + [""] * length)[:length]


def _style(system: System) -> Any:
    from pypinyin import Style  # noqa: PLC0415

    return Style.BOPOMOFO if system is System.ZHUYIN else Style.TONE


@lru_cache(maxsize=20_000)
def _mandarin(word: str, style: Any) -> list[str]:
    """The readings of one Simplified word; pypinyin reads it as a phrase."""
    from pypinyin import Style, pinyin  # noqa: PLC0415

    rows = pinyin(word, style=style, heteronym=False, errors=_unread)
    sounds = [row[0] if row else "" for row in rows]
    if style is Style.BOPOMOFO:  # the light tone's dot goes before the syllable in 注音
        sounds = ["˙" + s[:-1] if s.endswith("˙") else s for s in sounds]
    return sounds


def _unread(chars: str) -> Any:
    """What pypinyin gives a character it cannot read: one "" each (a list, not a str)."""
    return [""] * len(chars)


def _jyutping(text: str) -> list[str]:
    """One jyutping per code point of `text`, "" where none is known."""
    import ToJyutping  # noqa: PLC0415

    sounds: list[str] = []
    for chars, sound in ToJyutping.get_jyutping_list(text):
        sounds.append(sound or "")
        sounds.extend([""] * (len(chars) - 1))  # a pair the library kept together
    return _corrected(text, _fit(sounds, len(text)))


# Cantonese words ToJyutping is known to read wrongly, as (word in either script, the
# library's wrong reading, the right one). A correction applies only where the library gave
# exactly that wrong reading, so text it splits otherwise (進行|長期) is left alone.
JYUTPING_CORRECTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("行長", ("haang4", "coeng4"), ("hong4", "zoeng2")),  # a bank's president, not "walk long"
    ("行长", ("haang4", "coeng4"), ("hong4", "zoeng2")),
    ("執行長", ("zap1", "hang4", "coeng4"), ("zap1", "hang4", "zoeng2")),  # Taiwan's CEO
    ("执行长", ("zap1", "hang4", "coeng4"), ("zap1", "hang4", "zoeng2")),
    ("重量", ("cung5", "loeng6"), ("zung6", "loeng6")),  # weight: 重 as in heavy
)


def _corrected(text: str, sounds: list[str]) -> list[str]:
    """`sounds` with the library's known mistakes put right (see JYUTPING_CORRECTIONS)."""
    for word, wrong, right in JYUTPING_CORRECTIONS:
        at = text.find(word)
        while at >= 0:
            if tuple(sounds[at:at + len(word)]) == wrong:
                sounds[at:at + len(word)] = right
            at = text.find(word, at + 1)
    return sounds
