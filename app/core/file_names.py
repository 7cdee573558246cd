"""Names of files that are not (yet) content: a sync tool's partial file, an editor's lock, hidden files."""

from __future__ import annotations

import re

_TEMPORARY = re.compile(
    r"""^(\.syncthing\..*\.tmp|~syncthing~.*\.tmp|~.*|\.~.*|\..*)$   # Syncthing, Office, hidden, our own temp
        |\.(tmp|partial|part|crdownload|download|!sync)$           # partial downloads
        |^\.dropbox""", re.VERBOSE | re.IGNORECASE)


def is_temporary(name: str) -> bool:
    """A sync tool's file still arriving (or our own atomic temp file, an editor's lock): not to be read."""
    return bool(_TEMPORARY.search(name))
