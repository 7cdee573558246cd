"""A collection written as a plain-text file the group's essays/ loader reads back as the same
essays (issue #23, "Share with Group"): title, then each essay's heading and paragraphs."""

from __future__ import annotations

from app.core.hashing import sha256_hex
from app.core.library import Collection, build_collection, collection_id


def collection_text(collection: Collection) -> str:
    """The collection as the text of one .txt file: a blank line between paragraphs."""
    parts = [collection.title, ""]
    for essay in collection.essays:
        parts += [essay.title, ""]
        for paragraph in essay.text.split("\n"):
            parts += [paragraph, ""]
    return "\n".join(parts)


def shared_file_name(collection: Collection) -> str:
    """The name of the shared copy in essays/: the sharer's collection id, unique to them."""
    return f"{collection_id(collection.id + '.txt')}.txt"


def shared_copy(collection: Collection, prefix: str) -> tuple[str, bytes, Collection]:
    """The file name, bytes and collection (with the group's essay ids) of a shared copy."""
    name = shared_file_name(collection)
    text = collection_text(collection)
    copy = build_collection(text, name, prefix + collection_id(name))
    return name, text.encode("utf-8"), copy


def essay_pairs(original: Collection, copy: Collection) -> dict[str, str]:
    """Each essay id of the original → the id of the same essay in the copy (by number, then by
    order), so the sharer's notes follow the text."""
    by_number = {essay.number: essay.id for essay in copy.essays}
    pairs: dict[str, str] = {}
    for index, essay in enumerate(original.essays):
        target = by_number.get(essay.number)
        if target is None and index < len(copy.essays):
            target = copy.essays[index].id
        if target is not None:
            pairs[essay.id] = target
    return pairs


def sha256_of(data: bytes) -> str:
    return sha256_hex(data)
