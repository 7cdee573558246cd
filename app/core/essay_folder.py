"""A folder of .txt essay files as a Library: the samples (seeds/) and a study group's essays/.

One loader for both, so the window and every command list the same collections: files are taken
in name order, whatever the case of their extension; a sync tool's or an editor's temporary
file (`~$第二週.txt`, `.~lock.第一週.txt#`, hidden files) is never an essay.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any, Protocol

from app.core.collection_json import collection_from_json, collection_to_json
from app.core.file_names import is_temporary
from app.core.hashing import sha256_hex
from app.core.library import (
    NO_ESSAY_TEXT,
    NO_FOLDER,
    SAMPLES,
    Collection,
    Library,
    build_collection,
    collection_id,
)
from app.core.messages import Message, say
from app.core.textio import TextFileError, decode_text, read_file_bytes


def essay_files(folder: Path) -> list[Path]:
    """The folder's .txt files (any case: UPPER.TXT too), temporary and hidden ones left out."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() == ".txt" and not is_temporary(p.name) and _is_regular_file(p))


def _is_regular_file(path: Path) -> bool:
    """A regular file itself (lstat): a link (to a system file, out of the folder), a pipe or a
    device named *.txt is never read; a group's essays/ is other people's input."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


class ParsedCache(Protocol):
    """Where parsed collections are kept between starts (the store's cache folder)."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, data: dict[str, Any]) -> None: ...


def load_library(folder: Path, prefix: str = "", group: str = SAMPLES,
                 cache: ParsedCache | None = None) -> Library:
    """Every .txt file in `folder`, in name order; unreadable files are reported, not fatal.

    `prefix` goes before every collection id (a group folder's essays use the group's id),
    so two folders never share ids. With a `cache`, a file whose name and bytes were parsed
    before is not parsed again (start-up then needs neither the parser nor script detection).
    """
    library = Library()
    if not folder.is_dir():
        library.problems.append(say("Import", NO_FOLDER, folder=str(folder)))
        return library
    taken: set[str] = set()
    for path in essay_files(folder):
        try:
            cid = _unique(prefix + collection_id(path.name), taken)
            collection = _load_file(path, cid, group, cache, library.problems)
        except TextFileError as error:
            library.problems.append(error.message)
            continue
        taken.add(cid)
        if collection.essays:
            library.collections.append(collection)
        else:
            library.problems.append(say("Import", NO_ESSAY_TEXT, file=path.name))
    return library


def _load_file(path: Path, cid: str, group: str, cache: ParsedCache | None,
               problems: list[Message | str]) -> Collection:
    """One file's collection: from the cache when it holds this name and these bytes."""
    data = read_file_bytes(path, follow_links=False)  # essay_files took no link: nor is one swapped in
    key = parsed_key(path.name, data) if cache is not None else ""
    if cache is not None and (cached := cache.get(key)) is not None:
        collection = collection_from_json(cached, cid, path.name, group)
        if collection is not None:
            return collection
    warnings: list[Message] = []
    collection = build_collection(decode_text(data, path.name, warnings), path.name, cid, group)
    problems += warnings
    if cache is not None and not warnings:  # a damaged file is read again, and reported, each time
        cache.put(key, collection_to_json(collection))
    return collection


PARSING_VERSION = 2  # raise when parsing a file gives other text (2: repairs only on damaged text)


def parsed_key(file_name: str, data: bytes) -> str:
    """The cache key of a folder's file: the parser's version, its name (a title may come from
    it) and its bytes."""
    head = f"folder-file\0{PARSING_VERSION}\0".encode() + file_name.encode("utf-8", "surrogatepass")
    return sha256_hex(head + b"\0" + data)


def _unique(cid: str, taken: set[str]) -> str:
    """A deliberately named file can still look like another's cleaned id: keep both."""
    candidate, n = cid, 2
    while candidate in taken:
        candidate, n = f"{cid}~{n}", n + 1
    return candidate
