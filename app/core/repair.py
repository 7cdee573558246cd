"""Line repair: undo what PDF extraction and web copy-paste do to Chinese text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Han ideographs (BMP blocks and the supplementary planes), CJK and full-width punctuation.
_CJK_CLASS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
    "\u2018\u2019\u201c\u201d\u2026\u2014"
)
_CJK = f"[{_CJK_CLASS}]"

# A run of spaces is an artefact of PDF extraction or web copy-paste when a CJK character stands
# on either side of it; this repair runs on plain text only (formats with real paragraphs keep
# their spaces: "第 12 条", "儲存格 A1"). The second branch starts only at the first space of a
# run and never backtracks into it (`++`): else a long run between Latin words is rescanned
# from each of its spaces, quadratic.
_SPACE_CLASS = "[ \t\u00a0\u3000]"
_SPACE_NEXT_TO_CJK = re.compile(
    f"(?<={_CJK}){_SPACE_CLASS}+|(?<!{_SPACE_CLASS}){_SPACE_CLASS}++(?={_CJK})")
# Only between two CJK characters: a space between Chinese and Latin letters or digits
# ("12 未定義的變數") is the writer's, kept unless the file shows stray spaces.
_SPACE_BETWEEN_CJK = re.compile(f"(?<={_CJK}){_SPACE_CLASS}+(?={_CJK})")
_HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？",
                               "(": "（", ")": "）"})
_ANY_SPACE = re.compile(_SPACE_CLASS)
_ANY_HALF_PUNCT = re.compile("[,:;!?()]")
_HALF_PUNCT = re.compile(f"(?<={_CJK})[,:;!?()]|[,:;!?()](?={_CJK})")

SENTENCE_END = "。！？!?…；;：:"
_CLOSERS = "”’」』）)】》〉"
# A line this short that ends without punctuation is a heading, not a broken paragraph.
MIN_BROKEN_LINE = 30


@dataclass(frozen=True)
class Damage:
    """What PDF extraction or web scraping did to a plain-text file; each kind found turns on
    the repairs, so clean text (real paragraphs, 中英 spacing) is kept as written."""

    spaces: bool = False  # stray spaces between Chinese characters ("説 不清")
    punctuation: bool = False  # half-width ,:;!?() between Chinese characters
    breaks: bool = False  # lines cut mid-sentence or hard-wrapped to one width

    @property
    def found(self) -> bool:
        return self.spaces or self.punctuation or self.breaks


ALL_DAMAGE = Damage(spaces=True, punctuation=True, breaks=True)
NO_DAMAGE = Damage()


def is_cjk(char: str) -> bool:
    return re.fullmatch(_CJK, char) is not None


def remove_cjk_spaces(line: str, *, next_to_latin: bool = True) -> str:
    """`説 不清` → `説不清`; spaces between Latin words stay, and with `next_to_latin` off
    so do spaces between Chinese and Latin letters or digits."""
    if not _ANY_SPACE.search(line):  # most lines: skip the slower look-around pattern
        return line
    return (_SPACE_NEXT_TO_CJK if next_to_latin else _SPACE_BETWEEN_CJK).sub("", line)


def widen_punctuation(line: str) -> str:
    """Half-width `,:;!?()` touching a Chinese character become full-width."""
    if not _ANY_HALF_PUNCT.search(line):
        return line
    return _HALF_PUNCT.sub(lambda m: m.group(0).translate(_HALF_TO_FULL), line)


def repair_line(line: str, damage: Damage = ALL_DAMAGE) -> str:
    """A damaged file's line repaired; a clean file's (no damage found) only trimmed."""
    line = keep_line(line)
    if not damage.found:
        return line
    return widen_punctuation(remove_cjk_spaces(line, next_to_latin=damage.spaces))


def ends_sentence(paragraph: str) -> bool:
    """True when the paragraph's last character, past closing quotes, ends a sentence."""
    text = paragraph.rstrip().rstrip(_CLOSERS)
    return bool(text) and text[-1] in SENTENCE_END


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that stops mid-sentence with the one after it."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _is_broken(joined[-1]):
            joined[-1] = joined[-1] + paragraph
        else:
            joined.append(paragraph)
    return joined


def _is_broken(paragraph: str) -> bool:
    return len(paragraph) >= MIN_BROKEN_LINE and not ends_sentence(paragraph)


def keep_line(line: str) -> str:
    """A line of a format with real paragraphs, kept as written: only trimmed."""
    return line.strip(" \t\u00a0\u3000")


def repair_paragraphs(lines: list[str], *, join: bool = True, as_written: bool = False,
                      damage: Damage = ALL_DAMAGE) -> list[str]:
    """The canonical paragraphs of an essay from its raw lines: plain text repaired of the
    `damage` its file shows (a long line that stops mid-sentence joined to the next when
    `join`), or with `as_written` the lines as the format marked them."""
    damage = NO_DAMAGE if as_written else damage
    cleaned = [repair_line(line, damage) for line in lines]
    paragraphs = [line for line in cleaned if line]
    return join_broken_paragraphs(paragraphs) if join and damage.found else paragraphs


# The damage detector's thresholds. A clean text may have a heading "第一章 起步" or a "(A1)"
# next to Chinese, so each kind of damage must be more than a one-off.
_GAP_PER_CJK_CHARS = 500  # stray spaces: at least one per this many Chinese characters
_HALF_PUNCT_SHARE = 0.25  # half-width: this share of the punctuation touching Chinese
_BROKEN_SHARE = 0.2  # breaks: this share of long lines stop mid-sentence (2 at least),
_BROKEN_ALONE_SHARE = 0.5  # or one does, in a short text where it is half the long lines
_WRAP_MIN_LINES = 8  # hard-wrapped: this many lines, most of one width
_WRAP_SHARE = 0.5
_CJK_GAP = re.compile(f"{_CJK}{_SPACE_CLASS}+{_CJK}")
_CJK_CHAR = re.compile(_CJK)
_FULL_PUNCT = re.compile("[，：；！？（）。、]")
_CLAUSE_MARKS = SENTENCE_END + "，,、"


def detect_damage(raw_lines: list[str]) -> Damage:
    """The kinds of PDF or scrape damage a plain-text file's lines show (per file: one
    clean paragraph in a damaged file is repaired with the rest)."""
    lines = [stripped for line in raw_lines if (stripped := keep_line(line))]
    return Damage(spaces=_has_stray_spaces(lines), punctuation=_has_half_width_punctuation(lines),
                  breaks=_has_broken_lines(lines) or _is_hard_wrapped(lines))


def _has_stray_spaces(lines: list[str]) -> bool:
    """Spaces between Chinese characters inside sentences (a heading's "第一章 起步" is not)."""
    sentences = [line for line in lines if any(mark in line for mark in _CLAUSE_MARKS)]
    gaps = sum(len(_CJK_GAP.findall(line)) for line in sentences)
    cjk_chars = sum(len(_CJK_CHAR.findall(line)) for line in sentences)
    return gaps > 0 and gaps * _GAP_PER_CJK_CHARS >= cjk_chars


def _has_half_width_punctuation(lines: list[str]) -> bool:
    half = sum(len(_HALF_PUNCT.findall(line)) for line in lines)
    full = sum(len(_FULL_PUNCT.findall(line)) for line in lines)
    return half >= 2 and half >= _HALF_PUNCT_SHARE * (half + full)


def _has_broken_lines(lines: list[str]) -> bool:
    """Long lines that stop mid-sentence with more text after them (the first line is a
    title's, the last has nothing after it)."""
    long_lines = [line for line in lines[1:-1] if len(line) >= MIN_BROKEN_LINE]
    broken = sum(1 for line in long_lines if not ends_sentence(line))
    share = broken / len(long_lines) if long_lines else 0.0
    return (broken >= 1 and share >= _BROKEN_ALONE_SHARE) or (broken >= 2 and share >= _BROKEN_SHARE)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Most lines one width (a PDF's column) and cut mid-sentence: paragraphs written as
    lines vary in length."""
    lengths = [len(line) for line in lines if len(line) >= MIN_BROKEN_LINE // 3]
    if len(lengths) < _WRAP_MIN_LINES:
        return False
    width, _count = Counter(lengths).most_common(1)[0]
    wrapped = [line for line in lines if abs(len(line) - width) <= 2 and not ends_sentence(line)]
    return len(wrapped) >= _WRAP_SHARE * len(lengths)
