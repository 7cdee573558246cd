"""Script forms, script detection and conversion with an exact offset map.

Uses the dictionaries shipped by opencc-python-reimplemented, but applies them with our
own leftmost-longest matcher so that every replacement is recorded: the package's own
`convert()` neither reports positions nor offers Traditional-to-Traditional chains
(hk2t, tw2t), which the app needs to avoid passing through Simplified (發/髮).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import opencc

from app.core.offsets import OffsetMap


class Script(StrEnum):
    """A written form of Chinese that a text is in, or is shown in."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"  # OpenCC's standard Traditional
    TAIWAN = "taiwan"  # Taiwan characters and Taiwan phrases
    HONGKONG = "hongkong"


class Form(StrEnum):
    """What the reader shows: the text as written, or one of the scripts."""

    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TAIWAN = "taiwan"
    HONGKONG = "hongkong"

    def target(self, source: Script) -> Script:
        return source if self is Form.ORIGINAL else Script(self.value)


# Labels written in their own script, the way readers know them; never translated.
FORM_LABELS: dict[Form, str] = {
    Form.ORIGINAL: "原文",
    Form.SIMPLIFIED: "简体",
    Form.TRADITIONAL: "繁體",
    Form.TAIWAN: "臺灣正體",
    Form.HONGKONG: "香港繁體",
}

# One step = one group of dictionaries applied in a single left-to-right pass; within a
# group the first dictionary that matches at a position wins (as in OpenCC's DictGroup).
Step = tuple[str, ...]
_S2T: Step = ("STPhrases", "STCharacters")
_T2S: Step = ("TSPhrases", "TSCharacters")
_T2HK: Step = ("HKVariantsPhrases", "HKVariants")
_HK2T: Step = ("HKVariantsRevPhrases", "HKVariantsRev")
_TW2T: Step = ("TWVariantsRevPhrases", "TWVariantsRev")
_T2TW: tuple[Step, ...] = (("TWPhrases",), ("TWVariants",))
_TW2S: tuple[Step, ...] = (("TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"), _T2S)

# Traditional-to-Traditional chains go through standard Traditional, never Simplified.
CHAINS: dict[tuple[Script, Script], tuple[Step, ...]] = {
    (Script.SIMPLIFIED, Script.TRADITIONAL): (_S2T,),
    (Script.SIMPLIFIED, Script.TAIWAN): (_S2T, *_T2TW),
    (Script.SIMPLIFIED, Script.HONGKONG): (_S2T, _T2HK),
    (Script.TRADITIONAL, Script.SIMPLIFIED): (_T2S,),
    (Script.TRADITIONAL, Script.TAIWAN): _T2TW,
    (Script.TRADITIONAL, Script.HONGKONG): (_T2HK,),
    (Script.HONGKONG, Script.SIMPLIFIED): (_HK2T, _T2S),
    (Script.HONGKONG, Script.TRADITIONAL): (_HK2T,),
    (Script.HONGKONG, Script.TAIWAN): (_HK2T, *_T2TW),
    (Script.TAIWAN, Script.SIMPLIFIED): _TW2S,
    (Script.TAIWAN, Script.TRADITIONAL): (_TW2T,),
    (Script.TAIWAN, Script.HONGKONG): (_TW2T, _T2HK),
}


@dataclass(frozen=True, slots=True)
class Converted:
    """A converted text and the map from the source text to it."""

    text: str
    offsets: OffsetMap


class _Dictionary:
    """One OpenCC dictionary, indexed by first character for fast longest-prefix lookup."""

    def __init__(self, path: Path) -> None:
        self.entries: dict[str, str] = {}
        lengths: dict[str, set[int]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            if key and values:
                self.entries[key] = values.split(" ")[0]
                lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}

    def match(self, text: str, at: int) -> tuple[int, str] | None:
        room = len(text) - at
        for length in self.lengths.get(text[at], ()):
            if length > room:
                continue
            value = self.entries.get(text[at:at + length])
            if value is not None:
                return length, value
        return None


_load_lock = threading.Lock()


@cache
def _dictionary(name: str) -> _Dictionary:
    folder = Path(opencc.__file__).parent / "dictionary"
    return _Dictionary(folder / f"{name}.txt")


def _dictionaries(step: Step) -> tuple[_Dictionary, ...]:
    with _load_lock:  # the background warm-up and the UI thread may both ask
        return tuple(_dictionary(name) for name in step)


@cache
def _first_chars(step: Step) -> frozenset[str]:
    """Characters that may start a replacement. Built once per step: building it for every
    short title took tens of milliseconds, all the while holding the interpreter lock."""
    return frozenset().union(*(d.lengths.keys() for d in _dictionaries(step)))


def _apply_step(text: str, step: Step) -> Converted:
    dicts = _dictionaries(step)
    first_chars = _first_chars(step)
    out: list[str] = []
    replacements: list[tuple[int, int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in first_chars:
            out.append(text[i])
            i += 1
            continue
        found = next((m for d in dicts if (m := d.match(text, i))), None)
        if found is None:
            out.append(text[i])
            i += 1
            continue
        length, value = found
        out.append(value)
        if length != len(value):
            replacements.append((i, length, len(value)))
        i += length
    result = "".join(out)
    if not replacements:
        return Converted(result, OffsetMap.identity(n))
    return Converted(result, OffsetMap.from_replacements(replacements, n))


def convert(text: str, source: Script, target: Script) -> Converted:
    """Convert `text` from one script to another, with the exact offset map."""
    converted = Converted(text, OffsetMap.identity(len(text)))
    for step in CHAINS.get((source, target), ()):
        nxt = _apply_step(converted.text, step)
        converted = Converted(nxt.text, converted.offsets.then(nxt.offsets))
    return converted


def convert_text(text: str, source: Script, target: Script) -> str:
    return convert(text, source, target).text


def warm_up() -> None:
    """Load every dictionary (about 0.1 s); called off the UI thread."""
    for chain in CHAINS.values():
        for step in chain:
            _dictionaries(step)


def detect_script(text: str, sample: int = 6000) -> Script:
    """Guess the script a text is written in from which dictionaries know its characters.

    Simplified text has characters S→T would change and few T→S would. Text in a regional
    form has characters its reverse table would change and its forward table would not;
    Taiwan phrases (軟體, 記憶體) count for Taiwan. A tie goes to Taiwan: Hong Kong needs
    forms of its own (説, 衞, 着). Character tables only keep this off the start-up path's
    clock; the first `sample` Han characters are plenty.
    """
    han = "".join(c for c in text if "\u3400" <= c <= "\u9fff")[:sample]
    if not han:
        return Script.SIMPLIFIED
    if _hits(han, "STCharacters") > _hits(han, "TSCharacters"):
        return Script.SIMPLIFIED
    hk_score = _hits(han, "HKVariantsRev") - _hits(han, "HKVariants")
    tw_score = (_hits(han, "TWVariantsRev") - _hits(han, "TWVariants")
                + _phrase_hits(han))
    if max(hk_score, tw_score) <= 0:
        return Script.TRADITIONAL
    return Script.HONGKONG if hk_score > tw_score else Script.TAIWAN


def _hits(text: str, name: str) -> int:
    """How many characters of `text` the named character table would change."""
    entries = _dictionaries((name,))[0].entries
    return sum(1 for c in text if (value := entries.get(c)) is not None and value != c)


def _phrase_hits(text: str) -> int:
    """Taiwan-only phrases in `text` (軟體 is 軟件 elsewhere)."""
    table = _dictionaries(("TWPhrasesRev",))[0]
    return sum(1 for i, c in enumerate(text) if c in table.lengths and table.match(text, i))
