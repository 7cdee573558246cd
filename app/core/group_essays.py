"""The group's essays/ folder as collections, with the same ids on every member's machine.

Ids come from the group id and the file name only (never from a path or an import time), so
notes that one member anchors in a group essay are placed by every other member too. The
workspace shows the folder through the library service's one folder loader
(`app.core.essay_folder.load_library`, as for the samples) with `group_prefix` and `GROUP_ESSAYS`,
for the window and every command alike.
"""

from __future__ import annotations

GROUP_ID_CHARS = 8
GROUP_PREFIX = "g-"
ESSAYS_DIR = "essays"  # in the group folder: the group's texts
GROUP_ESSAYS = "study-group"  # the collections' group key: the library tree shows them together


def group_prefix(group_id: str) -> str:
    """What goes before every collection id of the group's essays: `g-<first 8 of the group id>-`."""
    return f"{GROUP_PREFIX}{group_id.replace('-', '')[:GROUP_ID_CHARS]}-"
