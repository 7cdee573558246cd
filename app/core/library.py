"""The essay library: collections of essays with canonical text and stable ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.parsing import parse_collection
from app.core.script import Script, detect_script
from app.core.textio import TextFileError, read_text_file

CHARS_PER_MINUTE = 400  # a common estimate for reading Chinese prose silently


@dataclass(frozen=True)
class Essay:
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
        return sum(1 for c in self.text if not c.isspace())

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.char_count / CHARS_PER_MINUTE))


@dataclass(frozen=True)
class Collection:
    """One collection file, in the script it was written in."""

    id: str
    title: str
    script: Script
    essays: tuple[Essay, ...]
    file_name: str
    date: str | None = None
    source: str | None = None
    description: str = ""


@dataclass
class Library:
    """All collections, plus the files that could not be read and why."""

    collections: list[Collection] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def essays(self) -> list[Essay]:
        return [essay for collection in self.collections for essay in collection.essays]

    def essay(self, essay_id: str) -> Essay | None:
        return next((e for e in self.essays() if e.id == essay_id), None)

    def collection(self, collection_id: str) -> Collection | None:
        return next((c for c in self.collections if c.id == collection_id), None)

    def collection_of(self, essay: Essay) -> Collection:
        collection = self.collection(essay.collection_id)
        assert collection is not None, "an essay always belongs to a loaded collection"
        return collection


def collection_id(file_name: str) -> str:
    """Stable across restarts and edits: derived from the file name alone."""
    stem = Path(file_name).stem
    return re.sub(r"[^0-9A-Za-z\u3400-\u9fff_-]+", "-", stem).strip("-") or "collection"


def essay_id(collection: str, number: int) -> str:
    """The essay's number in its heading (篇6 → 6) keeps it stable when text changes."""
    return f"{collection}#{number}"


def build_collection(raw: str, file_name: str) -> Collection:
    """A collection from the decoded text of one file."""
    parsed = parse_collection(raw, Path(file_name).stem)
    cid = collection_id(file_name)
    essays = tuple(
        Essay(essay_id(cid, e.number), e.number, e.heading, e.label, "\n".join(e.paragraphs), cid)
        for e in parsed.essays
    )
    return Collection(
        id=cid,
        title=parsed.title,
        script=detect_script("".join(e.text for e in essays) or parsed.title),
        essays=essays,
        file_name=file_name,
        date=parsed.date,
        source=parsed.source,
        description=parsed.description,
    )


def load_library(folder: Path) -> Library:
    """Every .txt file in `folder`, in name order; unreadable files are reported, not fatal."""
    library = Library()
    if not folder.is_dir():
        library.problems.append(f"The essay folder {folder} does not exist.")
        return library
    for path in sorted(folder.glob("*.txt")):
        try:
            collection = build_collection(read_text_file(path, warnings=library.problems), path.name)
        except TextFileError as error:
            library.problems.append(str(error))
            continue
        if collection.essays:
            library.collections.append(collection)
        else:
            library.problems.append(f"{path.name} holds no essay text.")
    return library
