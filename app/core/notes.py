"""Bookmarks and annotations: what a reader marks and writes, anchored to canonical text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from app.core.anchoring import Anchor, make_anchor, resolve, text_hash

COLORS = ("yellow", "green", "blue", "pink", "purple")
BOOKMARK_QUOTE_CHARS = 24
NAME_CHARS = 12


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Annotation:
    """A highlight in one of five colours, with an optional note and tags."""

    id: str
    essay_id: str
    anchor: Anchor
    color: str
    note: str
    tags: tuple[str, ...]
    author: str
    created: str
    modified: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # fields a newer app wrote

    def edited(self, **changes: Any) -> Annotation:
        return replace(self, modified=now_iso(), **changes)

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, "id": self.id, "essay_id": self.essay_id,
                "anchor": self.anchor.to_json(), "color": self.color, "note": self.note,
                "tags": list(self.tags), "author": self.author, "created": self.created,
                "modified": self.modified}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Annotation:
        """From a validated store entry (see app.store): no conversions, it runs 10,000 times."""
        return cls(data["id"], data["essay_id"], Anchor.from_json(data["anchor"]), data["color"],
                   data.get("note", ""), tuple(data.get("tags", ())), data.get("author", ""),
                   data["created"], data.get("modified", data["created"]),
                   _extra(data, _ANNOTATION_KEYS))


@dataclass(frozen=True)
class Bookmark:
    """A named place in an essay."""

    id: str
    essay_id: str
    anchor: Anchor  # an empty span at the place, with the text that follows as its quote
    name: str
    author: str
    created: str
    modified: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def edited(self, **changes: Any) -> Bookmark:
        return replace(self, modified=now_iso(), **changes)

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, "id": self.id, "essay_id": self.essay_id,
                "anchor": self.anchor.to_json(), "name": self.name, "author": self.author,
                "created": self.created, "modified": self.modified}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bookmark:
        return cls(data["id"], data["essay_id"], Anchor.from_json(data["anchor"]),
                   data.get("name", ""), data.get("author", ""), data["created"],
                   data.get("modified", data["created"]), _extra(data, _BOOKMARK_KEYS))


_ANNOTATION_KEYS = frozenset(
    {"id", "essay_id", "anchor", "color", "note", "tags", "author", "created", "modified"})
_BOOKMARK_KEYS = frozenset({"id", "essay_id", "anchor", "name", "author", "created", "modified"})


def _extra(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """Fields this version does not know, kept so they are written back unchanged."""
    return {} if known.issuperset(data) else {k: v for k, v in data.items() if k not in known}


def new_annotation(essay_id: str, text: str, start: int, end: int, *, color: str, author: str,
                   note: str = "", tags: tuple[str, ...] = ()) -> Annotation:
    stamp = now_iso()
    return Annotation(new_id(), essay_id, make_anchor(text, start, end), color, note,
                      tags, author, stamp, stamp)


def new_bookmark(essay_id: str, text: str, offset: int, author: str) -> Bookmark:
    """A bookmark named by the first words of the paragraph it is in."""
    stamp = now_iso()
    offset = max(0, min(offset, len(text)))
    anchor = make_anchor(text, offset, offset)
    anchor = Anchor(anchor.start, anchor.end, anchor.text_hash,
                    text[offset:offset + BOOKMARK_QUOTE_CHARS], anchor.prefix, "")
    return Bookmark(new_id(), essay_id, anchor, paragraph_opening(text, offset), author, stamp, stamp)


def paragraph_opening(text: str, offset: int) -> str:
    """The first words of the paragraph holding `offset`: 勇於創新。做一名合格的…"""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", start)
    paragraph = text[start:end if end >= 0 else len(text)]
    return paragraph[:NAME_CHARS] + ("…" if len(paragraph) > NAME_CHARS else "")


def parse_tags(text: str) -> tuple[str, ...]:
    """`工匠, 讨论；#精神` → ("工匠", "讨论", "精神"): commas of either width, or spaces."""
    for separator in "，,；;、#":
        text = text.replace(separator, " ")
    return tuple(dict.fromkeys(t for t in text.split() if t))


@dataclass(frozen=True)
class Placement:
    """Where a note is in an essay's current text; None when it is orphaned."""

    span: tuple[int, int] | None

    @property
    def orphaned(self) -> bool:
        return self.span is None


def place(anchor: Anchor, text: str, current_hash: str | None = None) -> Placement:
    return Placement(resolve(anchor, text, current_hash))


def place_bookmark(bookmark: Bookmark, text: str) -> int | None:
    """The bookmark's offset in the current text; None when it cannot be found."""
    anchor = bookmark.anchor
    if text_hash(text) == anchor.text_hash:
        return min(anchor.start, len(text))
    span = resolve(replace(anchor, end=anchor.start + len(anchor.exact)), text)
    return span[0] if span else None
