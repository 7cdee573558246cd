"""Line repair: undo what PDF extraction and web copy-paste do to Chinese text."""

from __future__ import annotations

import re

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
_HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？",
                               "(": "（", ")": "）"})
_ANY_SPACE = re.compile(_SPACE_CLASS)
_ANY_HALF_PUNCT = re.compile("[,:;!?()]")
_HALF_PUNCT = re.compile(f"(?<={_CJK})[,:;!?()]|[,:;!?()](?={_CJK})")

SENTENCE_END = "。！？!?…；;：:"
_CLOSERS = "”’」』）)】》〉"
# A line this short that ends without punctuation is a heading, not a broken paragraph.
MIN_BROKEN_LINE = 30


def is_cjk(char: str) -> bool:
    return re.fullmatch(_CJK, char) is not None


def remove_cjk_spaces(line: str) -> str:
    """`説 不清` → `説不清`; spaces between Latin words stay."""
    if not _ANY_SPACE.search(line):  # most lines: skip the slower look-around pattern
        return line
    return _SPACE_NEXT_TO_CJK.sub("", line)


def widen_punctuation(line: str) -> str:
    """Half-width `,:;!?()` touching a Chinese character become full-width."""
    if not _ANY_HALF_PUNCT.search(line):
        return line
    return _HALF_PUNCT.sub(lambda m: m.group(0).translate(_HALF_TO_FULL), line)


def repair_line(line: str) -> str:
    return widen_punctuation(remove_cjk_spaces(line.strip(" \t\u00a0\u3000")))


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


def repair_paragraphs(lines: list[str], *, join: bool = True, as_written: bool = False) -> list[str]:
    """The canonical paragraphs of an essay from its raw lines: repaired plain text (a long line
    that stops mid-sentence, the mark of PDF extraction, joined to the next when `join`), or
    with `as_written` the lines as the format marked them."""
    cleaned = [keep_line(line) if as_written else repair_line(line) for line in lines]
    paragraphs = [line for line in cleaned if line]
    return join_broken_paragraphs(paragraphs) if join and not as_written else paragraphs
