"""Turn the raw text of a collection file into clean essays.

Three passes: classify each line (heading candidate, web-page clutter, text), pick the
heading family that numbers the essays (the longest run 1, 2, 3… of one pattern), then
repair each essay's lines into canonical paragraphs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from app.core.repair import (
    NO_DAMAGE,
    SENTENCE_END,
    Damage,
    detect_damage,
    repair_line,
    repair_paragraphs,
    widen_punctuation,
)

MAX_HEADING_CHARS = 40

_NUM = r"[0-9０-９]+|[零〇一二三四五六七八九十百两兩]+"
_CHAPTER = re.compile(rf"^第\s*({_NUM})\s*([章节節篇回卷部讲講课課])\s*(.*)$")
_ENUM = re.compile(rf"^({_NUM})\s*([、.．])\s*(\S.*)$")
_SUFFIX = re.compile(rf"^(.*?)(篇|章|节|節)?\s*({_NUM})$")

_BREADCRUMB = re.compile(r"^(当前位置|當前位置|您现在的位置|您現在的位置|你的位置)\s*[:：]")
_META_DATE = re.compile(
    r"(?:发布|發佈|发表|發表)?(?:时间|時間|日期)\s*[:：]\s*([0-9][0-9\-/.:年月日 ]*[0-9日])"
)
_META_SOURCE = re.compile(r"(?:来源|來源|出处|出處)\s*[:：]\s*(\S+)")
# Sentences are cut at their end marks first, then each is tested: a single regex that scans
# "[^。]*(小编…)" from every position is quadratic on a long line without end marks.
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")
_EDITOR_WORDS = re.compile(r"小[编編]|仅供大家参考|僅供大家參考|供大家参考|供大家參考")
_FOOTER = re.compile(
    r"^(推荐访问|推薦訪問|猜你喜欢|猜你喜歡|相关推荐|相關推薦|相关文章|相關文章|热门文章|熱門文章"
    r"|上一篇|下一篇|延伸阅读|延伸閱讀|本文链接|本文鏈接|版权声明|版權聲明|免责声明|免責聲明)"
)
_GENRES = (
    "观后感", "觀後感", "读后感", "讀後感", "心得体会", "心得體會", "心得", "感悟", "体会", "體會",
    "范文", "範文", "作文", "演讲稿", "演講稿", "发言稿", "發言稿", "随笔", "隨筆", "日记", "日記",
    "散文", "故事", "文章",
)
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}


@dataclass(frozen=True)
class ParsedEssay:
    """An essay as found in its file: its number, heading, tree label and paragraphs."""

    number: int
    heading: str
    label: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ParsedCollection:
    """A collection file: title, page information kept aside, and its essays."""

    title: str
    essays: tuple[ParsedEssay, ...]
    date: str | None = None
    source: str | None = None
    description: str = ""


@dataclass(frozen=True)
class _Candidate:
    index: int
    number: int
    family: tuple[str, str]
    unit: str


@dataclass
class _Page:
    lines: list[str]  # repaired
    raw: list[str]  # as in the file; headings keep their spaces (第一章 起步)
    as_written: bool = False  # a format with real paragraphs: no line repair
    damage: Damage = NO_DAMAGE  # plain text: what PDF or scrape damage to repair
    date: str | None = None
    source: str | None = None
    clutter: set[int] = field(default_factory=set)


def chinese_number(text: str) -> int:
    """`12`, `１２`, `十二`, `二十三`, `一百零五`, `两` → int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if all(c in _DIGITS for c in text):  # positional: 一〇五
        return int("".join(str(_DIGITS[c]) for c in text))
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def parse_collection(raw: str, fallback_title: str, *, as_written: bool = False) -> ParsedCollection:
    """Parse a whole collection file (already decoded) into clean essays; `as_written` for
    text whose lines are real paragraphs (Word, web pages), which no repair joins."""
    page = _read_page(raw, as_written)
    headings = _essay_headings(page)
    title = _collection_title(page, headings, fallback_title)
    page.clutter |= _title_lines(page, title)
    if not headings:
        body = [line for i, line in enumerate(page.lines) if i not in page.clutter]
        if not body and title != fallback_title:  # one paragraph, no title: it is the essay
            title, body = fallback_title, [title]
        essay = ParsedEssay(1, title, title, tuple(_paragraphs(page, body)))
        return ParsedCollection(title, (essay,) if essay.paragraphs else (), page.date, page.source)
    first = headings[0].index
    preamble = [line for i, line in enumerate(page.lines[:first]) if i not in page.clutter]
    return ParsedCollection(
        title=title,
        essays=tuple(_essays(page, headings, title)),
        date=page.date,
        source=page.source,
        description="\n".join(_paragraphs(page, preamble)),
    )


def clean_paragraphs(raw: str, *, as_written: bool = False) -> tuple[str, ...]:
    """The body of one essay whose heading is already known (a Markdown, Word or EPUB section):
    the same clutter rules as a text file, without looking for headings."""
    page = _read_page(raw, as_written)
    return tuple(_paragraphs(page, [line for i, line in enumerate(page.lines) if i not in page.clutter]))


def _paragraphs(page: _Page, lines: list[str]) -> list[str]:
    return repair_paragraphs(lines, as_written=page.as_written, damage=page.damage)


def _title_lines(page: _Page, title: str) -> set[int]:
    """The title line and its repeats. A copied web page repeats its title as furniture; in a
    format with real paragraphs only the repeats before the text starts are the title's."""
    found: set[int] = set()
    for i, line in enumerate(page.lines):
        if line == title:
            found.add(i)
        elif line and i not in page.clutter and page.as_written:
            break
    return found


def _read_page(raw: str, as_written: bool = False) -> _Page:
    """Repair every line (plain text that shows damage only) and note the ones that are
    web-page furniture."""
    raw_lines = raw.split("\n")
    damage = NO_DAMAGE if as_written else detect_damage(raw_lines)
    lines = [repair_line(line, damage) for line in raw_lines]
    page = _Page(lines, raw_lines, as_written, damage)
    in_footer = False
    for i, line in enumerate(page.lines):
        if not line:
            continue
        if _BREADCRUMB.match(line):
            page.clutter.add(i)
        elif _META_SOURCE.search(line) or (_META_DATE.match(line) and len(line) < 60):
            page.clutter.add(i)
            page.date = page.date or _first_group(_META_DATE, line)
            page.source = page.source or _first_group(_META_SOURCE, line)
        elif _FOOTER.match(line) or in_footer:
            in_footer = _heading_candidate(i, line) is None
            if in_footer:
                page.clutter.add(i)
        else:
            page.lines[i] = _without_editor_sentences(line)
    return page


def _without_editor_sentences(line: str) -> str:
    """Drop the sentences a web page's editor added ("小编为大家整理了…")."""
    if not _EDITOR_WORDS.search(line):
        return line
    kept = [s for s in _SENTENCE.findall(line) if not _EDITOR_WORDS.search(s)]
    return "".join(kept).strip()


def _first_group(pattern: re.Pattern[str], line: str) -> str | None:
    match = pattern.search(line)
    return match.group(1).strip() if match else None


def _heading_candidate(index: int, line: str) -> _Candidate | None:
    if not line or len(line) > MAX_HEADING_CHARS or line[-1] in SENTENCE_END + "，,":
        return None
    if match := _CHAPTER.match(line):
        return _Candidate(index, chinese_number(match[1]), ("第", match[2]), match[2])
    if match := _ENUM.match(line):
        return _Candidate(index, chinese_number(match[1]), ("enum", match[2]), "")
    if match := _SUFFIX.match(line):
        prefix = match[1].rstrip()
        return _Candidate(index, chinese_number(match[3]), (prefix, match[2] or ""), match[2] or "")
    return None


def _essay_headings(page: _Page) -> list[_Candidate]:
    """The heading family that numbers the essays.

    A family whose numbers restart (一、二、… then 一、 again) is a list inside essays, so
    families that count straight through win; then the longest run 1, 2, 3… wins.
    """
    families: dict[tuple[str, str], list[_Candidate]] = defaultdict(list)
    for i, line in enumerate(page.lines):
        if i not in page.clutter and (candidate := _heading_candidate(i, line)):
            families[candidate.family].append(candidate)
    best: list[_Candidate] = []
    best_key: tuple[bool, int, int] = (False, 0, 0)
    for members in families.values():
        run = _numbered_run(members)
        restarts = any(b.number <= a.number for a, b in zip(members, members[1:], strict=False))
        key = (not restarts, len(run), -members[0].index)
        if len(run) >= 2 and key > best_key:
            best, best_key = run, key
    return best


def _numbered_run(members: list[_Candidate]) -> list[_Candidate]:
    run: list[_Candidate] = []
    for candidate in members:
        if candidate.number == len(run) + 1:
            run.append(candidate)
    return run


def _collection_title(page: _Page, headings: list[_Candidate], fallback: str) -> str:
    end = headings[0].index if headings else len(page.lines)
    for i, line in enumerate(page.lines[:end]):
        if line and i not in page.clutter:
            return line
    return fallback


def _essays(page: _Page, headings: list[_Candidate], title: str) -> list[ParsedEssay]:
    essays = []
    bounds = [h.index for h in headings] + [len(page.lines)]
    for heading, stop in zip(headings, bounds[1:], strict=True):
        body = [
            line for i, line in enumerate(page.lines[heading.index + 1:stop], heading.index + 1)
            if i not in page.clutter
        ]
        text = widen_punctuation(" ".join(page.raw[heading.index].split()))
        essays.append(
            ParsedEssay(heading.number, text, _label(text, heading), tuple(_paragraphs(page, body)))
        )
    return essays


def _label(heading: str, candidate: _Candidate) -> str:
    """A short name for the tree: 篇3, 观后感三, 第2章 …; the heading when nothing shorter fits."""
    if candidate.family[0] in ("第", "enum"):
        return heading
    number = _SUFFIX.match(heading)
    assert number is not None  # a suffix-family candidate always matches
    if candidate.unit:
        return f"{candidate.unit}{number[3]}"
    prefix = number[1].rstrip()
    genre = next((g for g in _GENRES if prefix.endswith(g)), None)
    return f"{genre}{number[3]}" if genre else heading
