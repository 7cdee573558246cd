"""The essay library: collections of essays with canonical text and stable ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from app.core.hashing import sha1_hex
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.script import Script, detect_script

CHARS_PER_MINUTE = 400  # a common estimate for reading Chinese prose silently
SAMPLES = "samples"  # the group of the essays shipped with the app


class Essay(NamedTuple):
    """One essay. `text` is its canonical text: paragraphs joined by newlines."""

    id: str
    number: int
    title: str
    label: str
    text: str
    collection_id: str

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n")

    @property
    def char_count(self) -> int:
        """Characters a reader reads: everything except whitespace."""
        return sum(map(len, self.text.split()))  # split() drops exactly what isspace() calls space

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.char_count / CHARS_PER_MINUTE))


class Collection(NamedTuple):
    """One collection file, in the script it was written in."""

    id: str
    title: str
    script: Script
    essays: tuple[Essay, ...]
    file_name: str
    date: str | None = None
    source: str | None = None
    description: str = ""
    group: str = SAMPLES  # SAMPLES, the user's library, or a group folder's key


@dataclass
class Library:
    """All collections, plus the files that could not be read and why.

    Lookups by id go through dicts built on first use (and again whenever the list of
    collections is replaced or grows), so opening an essay never scans the library.
    """

    collections: list[Collection] = field(default_factory=list)
    problems: list[Message | str] = field(default_factory=list)  # for the user, translated where shown
    _index_key: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)
    _essays: dict[str, Essay] = field(default_factory=dict, init=False, repr=False, compare=False)
    _collections: dict[str, Collection] = field(default_factory=dict, init=False, repr=False,
                                                compare=False)

    def essays(self) -> list[Essay]:
        return [essay for collection in self.collections for essay in collection.essays]

    def essay(self, essay_id: str) -> Essay | None:
        return self._index()[0].get(essay_id)

    def collection(self, collection_id: str) -> Collection | None:
        return self._index()[1].get(collection_id)

    def _index(self) -> tuple[dict[str, Essay], dict[str, Collection]]:
        key = (id(self.collections), len(self.collections))
        if key != self._index_key:
            self._collections = {c.id: c for c in self.collections}
            self._essays = {e.id: e for c in self.collections for e in c.essays}
            self._index_key = key
        return self._essays, self._collections

    def collection_of(self, essay: Essay) -> Collection:
        collection = self.collection(essay.collection_id)
        assert collection is not None, "an essay always belongs to a loaded collection"
        return collection


def collection_id(file_name: str) -> str:
    """Stable across restarts and edits: derived from the file name alone.

    A name that is already clean is its own id. A name that had to be cleaned gets a short
    hash of the whole name, so 《工匠精神》.txt and 工匠精神.txt (or "工匠精神 (1).txt" and
    "工匠精神-1.txt") never share an id, and neither id depends on which other files exist.
    """
    stem = Path(file_name).stem
    slug = _slug(stem)
    if slug == stem:
        return slug
    digest = sha1_hex(stem.encode("utf-8", "surrogatepass"))[:6]
    return f"{slug}-{digest}"


def _slug(text: str) -> str:
    if not all(_clean(char) for char in text):  # most names are clean: no pattern compiled at start
        text = re.sub(r"[^0-9A-Za-z\u3400-\u9fff_-]+", "-", text)
    return text.strip("-") or "collection"


def _clean(char: str) -> bool:
    return (char.isascii() and (char.isalnum() or char in "_-")) or "\u3400" <= char <= "\u9fff"


def essay_id(collection: str, number: int) -> str:
    """The essay's number in its heading (篇6 → 6) keeps it stable when text changes."""
    return f"{collection}#{number}"


def script_sample(essays: tuple[Essay, ...], chars: int = 30_000) -> str:
    """The opening of a collection, enough for detect_script without joining a whole novel."""
    parts, length = [], 0
    for essay in essays:
        parts.append(essay.text[:chars - length])
        length += len(parts[-1])
        if length >= chars:
            break
    return "".join(parts)


def build_collection(raw: str, file_name: str, cid: str | None = None,
                     group: str = SAMPLES) -> Collection:
    """A collection from the decoded text of one file (its id derived from the name unless given)."""
    # imported here: its many patterns take a moment to compile, and a start-up that finds
    # the parsed library in its cache never needs them
    from app.core.parsing import parse_collection  # noqa: PLC0415

    parsed = parse_collection(raw, Path(file_name).stem)
    cid = cid or collection_id(file_name)
    essays = tuple(
        Essay(essay_id(cid, e.number), e.number, e.heading, e.label, "\n".join(e.paragraphs), cid)
        for e in parsed.essays
    )
    return Collection(
        id=cid,
        title=parsed.title,
        script=detect_script(script_sample(essays) or parsed.title),
        essays=essays,
        file_name=file_name,
        date=parsed.date,
        source=parsed.source,
        description=parsed.description,
        group=group,
    )


NO_FOLDER = QT_TRANSLATE_NOOP("Import", "The essay folder {folder} does not exist.")
NO_ESSAY_TEXT = QT_TRANSLATE_NOOP("Import", "{file} holds no essay text.")
