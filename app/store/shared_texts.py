"""Shared texts in the group folder's essays/: written atomically, removed only when they are
still the very file this member shared (another member's replacement is not ours to delete)."""

from __future__ import annotations

import stat
from pathlib import Path

from app.core.group_essays import ESSAYS_DIR
from app.core.hashing import sha256_hex
from app.store.atomic import atomic_write_bytes


def write_shared_text(folder: Path, name: str, data: bytes) -> Path:
    """The shared copy written into `folder`/essays/ (made if missing)."""
    essays = folder / ESSAYS_DIR
    essays.mkdir(exist_ok=True)
    path = essays / name
    atomic_write_bytes(path, data)
    return path


def remove_shared_text(folder: Path, name: str, sha256: str) -> bool:
    """Remove essays/`name` when it is a regular file holding the bytes shared; True if removed."""
    path = folder / ESSAYS_DIR / name
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        if sha256_hex(path.read_bytes()) != sha256:
            return False
        path.unlink()
    except OSError:
        return False
    return True
