"""The group's essays/ folder as collections, with the same ids on every member's machine.

Ids come from the group id and the file name only (never from a path or an import time), so
notes that one member anchors in a group essay are placed by every other member too. The
window and every command read the folder through `load_group_essays`, so they list the same
collections.
"""

from __future__ import annotations

from pathlib import Path

from app.core.essay_folder import ParsedCache, load_library
from app.core.group import ESSAYS_DIR
from app.core.library import Library, collection_id

GROUP_ID_CHARS = 8
GROUP_PREFIX = "g-"
GROUP_ESSAYS = "study-group"  # the collections' group key: the library tree shows them together


def group_prefix(group_id: str) -> str:
    """What goes before every collection id of the group's essays: `g-<first 8 of the group id>-`."""
    return f"{GROUP_PREFIX}{group_id.replace('-', '')[:GROUP_ID_CHARS]}-"


def group_collection_id(group_id: str, file_name: str) -> str:
    """`g-<first 8 of the group id>-<collection id of the file name>`."""
    return group_prefix(group_id) + collection_id(file_name)


def load_group_essays(folder: Path, group_id: str, cache: ParsedCache | None = None) -> Library:
    """Every essay file in the group folder's essays/ (read-only); unreadable ones are reported."""
    return load_library(folder / ESSAYS_DIR, group_prefix(group_id), GROUP_ESSAYS, cache)
