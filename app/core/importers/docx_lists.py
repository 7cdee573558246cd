"""Word list numbers: the "1." "a)" "一、" Word draws before a list paragraph, kept as text.

Word stores no number in the paragraph: numbering.xml says each list level's format and
pattern ("%1.%2."), and the count comes from the paragraphs before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree

from app.core.importers.zipsafe import local

_CHINESE_DIGITS = "〇一二三四五六七八九"
_BULLET = "•"
# Word's own limits: a list starts at 0-32767 and has levels 0-8. A file's values are checked
# against them (a start of 10^12 in Roman numerals would take hours to write out).
MAX_START = 32767
MAX_LEVEL = 8


@dataclass(frozen=True)
class _Level:
    format: str
    pattern: str
    start: int


@dataclass
class Numbering:
    """The list definitions of a document and the running counts of its lists."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    style_lists: dict[str, tuple[str, int]] = field(default_factory=dict)  # style id → (numId, ilvl)
    counts: dict[str, list[int]] = field(default_factory=dict)

    def label(self, paragraph: ElementTree.Element, style: str) -> str:
        """The number or bullet of this list paragraph followed by a space; "" for other paragraphs."""
        num_id, ilvl = _own_list(paragraph) or self.style_lists.get(style, ("", 0))
        definition = self.levels.get(num_id)
        if not definition or ilvl not in definition:
            return ""
        counts = self.counts.setdefault(num_id, [level.start - 1 for _, level in sorted(definition.items())])
        if ilvl >= len(counts):
            return ""
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):  # a new item restarts the levels below it
            counts[deeper] = definition[deeper].start - 1 if deeper in definition else 0
        level = definition[ilvl]
        if level.format == "bullet":
            return f"{_BULLET} "
        if level.format == "none" or not level.pattern:
            return ""
        text = level.pattern
        for n in range(ilvl + 1):
            fmt = definition[n].format if n in definition else "decimal"
            text = text.replace(f"%{n + 1}", _formatted(counts[n], fmt))
        return f"{text} "


def read_numbering(root: ElementTree.Element | None, styles: ElementTree.Element | None) -> Numbering:
    """The numbering part's lists, and the paragraph styles that are list styles."""
    numbering = Numbering()
    if root is None:
        return numbering
    abstract = {_val(a, "abstractNumId"): _levels(a) for a in root if local(a.tag) == "abstractNum"}
    for num in root:
        if local(num.tag) == "num":
            ref = next((c for c in num if local(c.tag) == "abstractNumId"), None)
            if ref is not None and _val(ref) in abstract:
                numbering.levels[_val(num, "numId")] = abstract[_val(ref)]
    for style in styles.iter() if styles is not None else ():
        if local(style.tag) == "style" and (own := _own_list(style)):
            numbering.style_lists[_val(style, "styleId")] = own
    return numbering


def _levels(abstract: ElementTree.Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for level in abstract:
        if local(level.tag) != "lvl" or whole_number(_val(level, "ilvl"), -1, MAX_LEVEL) < 0:
            continue
        values = {local(c.tag): _val(c) for c in level}
        start = whole_number(values.get("start", "1"), 1, MAX_START)
        levels[whole_number(_val(level, "ilvl"), 0, MAX_LEVEL)] = _Level(
            values.get("numFmt", "decimal"), values.get("lvlText", ""), start)
    return levels


def _own_list(element: ElementTree.Element) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph's or style's own w:numPr."""
    properties = next((c for c in element if local(c.tag) == "pPr"), None)
    numbered = next((c for c in properties if local(c.tag) == "numPr"), None) \
        if properties is not None else None
    if numbered is None:
        return None
    values = {local(c.tag): _val(c) for c in numbered}
    return values.get("numId", ""), whole_number(values.get("ilvl", "0"), 0, MAX_LEVEL)


def whole_number(text: str, default: int, limit: int) -> int:
    """A whole number a file gives as text, if it is one of 0..`limit` in ASCII digits, else
    `default` ("²" and "٣" are digits to str.isdigit, yet not to int or Word)."""
    if not (text.isascii() and text.isdigit() and len(text) <= len(str(limit))):
        return default
    value = int(text)
    return value if value <= limit else default


def _val(element: ElementTree.Element, name: str = "val") -> str:
    return next((v for k, v in element.attrib.items() if local(k) == name), "")


def _formatted(count: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(count)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt.startswith(("chinese", "ideograph", "japanese", "taiwanese")):
        return _chinese(count)
    return str(count)


def _roman(count: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, numeral in numerals:
        while count >= value:
            text, count = text + numeral, count - value
    return text


def _chinese(count: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (lists rarely pass 99; beyond that, digit by digit)."""
    if count < 10:
        return _CHINESE_DIGITS[count]
    if count < 100:
        tens, ones = divmod(count, 10)
        return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    return "".join(_CHINESE_DIGITS[int(d)] for d in str(count))
