"""My words: the words a member keeps from their reading, and their export for Anki.

("Vocabulary" in code: `app.core.words` already means jieba's words.) Each item holds the
word as the reader showed it, its reading and gloss (`gloss_for`: from the dictionary's card,
a word it lacks by its parts), the sentence it came from, and where:
the essay and an anchor in the canonical text, so a jump finds the sentence again after the
essay changes. Items come back from the store file, so each field is type-checked and
limited; an item that fails is kept as it was, never dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.core.anchoring import Anchor, make_anchor
from app.core.notes import new_id

if TYPE_CHECKING:  # a Definition is handed in: the dictionary loads on the first look-up, not here
    from app.core.dictionary import Definition, Part

MAX_WORD = 64
MAX_READING = 400
MAX_GLOSS = 2000
MAX_SENTENCE = 400  # characters of context kept around the word
MAX_ITEMS = 100_000
KEPT_ENTRIES = 3  # of a word the dictionary has (的 has many)
# glosses kept for each part of a word the dictionary lacks: all while they fit in MAX_GLOSS,
# else fewer for every part, down to its reading alone, so no part is ever cut off
GLOSSES_A_PART = (1_000, 4, 2, 1, 0)
CSV_COLUMNS = ("front", "back", "reading", "sentence")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_ANCHOR_KEYS = {"start": int, "end": int, "text_hash": str, "exact": str, "prefix": str, "suffix": str}


@dataclass(frozen=True)
class VocabularyItem:
    """One kept word, with the sentence and the place it came from."""

    id: str
    word: str
    reading: str
    gloss: str
    sentence: str
    essay_id: str
    anchor: Anchor
    author_id: str
    created: str

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "word": self.word, "reading": self.reading, "gloss": self.gloss,
                "sentence": self.sentence, "essay_id": self.essay_id,
                "anchor": self.anchor.to_json(), "author_id": self.author_id,
                "created": self.created}

    @classmethod
    def from_json(cls, data: object) -> VocabularyItem | None:
        """An item from the store, or None when any field is missing, of the wrong type or too long."""
        if not isinstance(data, dict) or not _valid_anchor(data.get("anchor")):
            return None
        limits = {"id": 64, "word": MAX_WORD, "reading": MAX_READING, "gloss": MAX_GLOSS,
                  "sentence": MAX_SENTENCE, "essay_id": 400, "author_id": 64, "created": 40}
        if not all(isinstance(data.get(k), str) and len(data[k]) <= n for k, n in limits.items()):
            return None
        if not data["word"]:
            return None
        return cls(data["id"], data["word"], data["reading"], data["gloss"], data["sentence"],
                   data["essay_id"], Anchor.from_json(data["anchor"]), data["author_id"],
                   data["created"])


def _valid_anchor(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    if not all(isinstance(data.get(k), t) and not isinstance(data.get(k), bool)
               for k, t in _ANCHOR_KEYS.items()):
        return False
    return bool(0 <= data["start"] <= data["end"]) and len(data["exact"]) <= MAX_SENTENCE


def new_item(text: str, start: int, end: int, *, essay_id: str, word: str, reading: str,
             gloss: str, author_id: str) -> VocabularyItem:
    """An item for the word at text[start:end] of an essay's canonical text; `word` is the
    word as the reader showed it (its script form)."""
    return VocabularyItem(
        id=new_id(), word=word.strip()[:MAX_WORD], reading=reading[:MAX_READING],
        gloss=gloss[:MAX_GLOSS], sentence=sentence_around(text, start, end),
        essay_id=essay_id, anchor=make_anchor(text, start, end), author_id=author_id,
        created=datetime.now(UTC).isoformat(timespec="seconds"))


def gloss_for(definition: Definition) -> str:
    """The gloss a word is kept with. A word the dictionary has: its first entries' glosses,
    each after its reading when they are read differently ("jīng shén: spirit; … | jīng shen:
    lively; …"; the word's reading is the first's; Shí dài, a name, reads as shí dài).
    One it lacks: each of its parts in order, as the card shows them, with the reading and
    glosses of the part's first entry ("工匠 gōng jiàng: artisan; … | 精神 jīng shén: …")."""
    if definition.entries:
        entries = definition.entries[:KEPT_ENTRIES]
        readings_differ = len({entry.pinyin.lower() for entry in entries}) > 1
        return " | ".join(f"{entry.pinyin}: {'; '.join(entry.glosses)}" if readings_differ
                          else "; ".join(entry.glosses) for entry in entries)
    gloss = ""
    for kept in GLOSSES_A_PART:
        gloss = " | ".join(_part_gloss(part, kept) for part in definition.parts)
        if len(gloss) <= MAX_GLOSS:
            break
    return gloss


def _part_gloss(part: Part, kept: int) -> str:
    head = f"{part.text} {part.pinyin}".strip()
    glosses = "; ".join(part.entries[0].glosses[:kept]) if part.entries else ""
    return f"{head}: {glosses}" if glosses else head


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding text[start:end], its closing mark included, trimmed."""
    begin = max(0, start - MAX_SENTENCE // 2)
    for found in _SENTENCE_END.finditer(text, begin, start):
        begin = found.end()
    stop = _SENTENCE_END.search(text, end, end + MAX_SENTENCE // 2)
    finish = stop.end() if stop else min(len(text), end + MAX_SENTENCE // 2)
    return text[begin:finish].strip()[:MAX_SENTENCE]


def to_csv(items: Iterable[VocabularyItem]) -> str:
    """CSV that Anki imports: front (word), back (gloss), reading, sentence; a header row."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow([item.word, item.gloss, item.reading, item.sentence])
    return out.getvalue()


def from_csv(text: str) -> list[dict[str, str]]:
    """The rows of a CSV written by `to_csv` (for checking a file; nothing is imported)."""
    reader = csv.DictReader(io.StringIO(text))
    return [{k: row.get(k) or "" for k in CSV_COLUMNS} for row in reader]

