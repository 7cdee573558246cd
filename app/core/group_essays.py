"""The group's essays/ folder as collections, with the same ids on every member's machine.

Ids come from the group id and the file name only (never from a path or an import time), so
notes that one member anchors in a group essay are placed by every other member too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.group import ESSAYS_DIR, is_temporary
from app.core.library import Collection, Library, build_collection, collection_id, essay_id
from app.core.textio import TextFileError, read_text_file

GROUP_ID_CHARS = 8
GROUP_PREFIX = "g-"


def group_prefix(group_id: str) -> str:
    """What goes before every collection id of the group's essays: `g-<first 8 of the group id>-`."""
    return f"{GROUP_PREFIX}{group_id.replace('-', '')[:GROUP_ID_CHARS]}-"


def group_collection_id(group_id: str, file_name: str) -> str:
    """`g-<first 8 of the group id>-<collection id of the file name>`."""
    return group_prefix(group_id) + collection_id(file_name)


def load_group_essays(folder: Path, group_id: str) -> Library:
    """Every .txt file in the group's essays/ folder (read-only); unreadable ones are reported."""
    library = Library()
    essays = folder / ESSAYS_DIR
    try:
        paths = sorted(p for p in essays.glob("*.txt") if not is_temporary(p.name))
    except OSError as error:
        library.problems.append(f"The group's essay folder could not be read ({error.strerror or error}).")
        return library
    for path in paths:
        try:
            collection = build_collection(read_text_file(path), path.name)
        except (TextFileError, OSError) as error:
            library.problems.append(str(error))
            continue
        if collection.essays:
            library.collections.append(_renamed(collection, group_collection_id(group_id, path.name)))
    return library


def _renamed(collection: Collection, cid: str) -> Collection:
    essays = tuple(replace(e, id=essay_id(cid, e.number), collection_id=cid) for e in collection.essays)
    return replace(collection, id=cid, essays=essays)
