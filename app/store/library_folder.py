"""The user's library on disk: a folder per imported collection, inside the data folder.

    library/
      order.json                  the user's order of collections (ids)
      <id>/manifest.json          id, title, original name, import time, content hash
      <id>/source.<ext>           a copy of the imported file
      .deleted/<id>/              a removed collection, kept so undo and re-import find it

Every file is written atomically; a new collection is assembled in a temporary folder and
renamed into place, so an interrupted import leaves nothing half-made.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from app.core.importers.document import COLLECTION_UNREADABLE
from app.core.messages import Message, say
from app.core.textio import read_regular_text
from app.store.atomic import atomic_write_bytes, atomic_write_json, remove_stale_files

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
ORDER = "order.json"
DELETED = ".deleted"
INCOMING = ".incoming-"  # an import is staged here, then renamed into place whole
INCOMING_STALE_S = 600  # untouched this long, a staging folder belongs to an import cut short


class Manifest(NamedTuple):
    """What the library knows about one imported file."""

    id: str
    title: str  # as the user named it; "" keeps the title found in the file
    original_name: str
    imported: str
    content_hash: str
    source: str  # the copy's file name inside the collection folder
    updated: str = ""

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        fields = {key: data.get(key, "") for key in cls._fields}
        if not all(isinstance(value, str) for value in fields.values()) or not fields["id"]:
            raise ValueError("a field is missing or not text")
        return cls(**fields)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LibraryFolder:
    """Reads and writes the library folder; safe to call from a worker thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.RLock()

    # -- reading ------------------------------------------------------------------------

    def manifests(self) -> tuple[list[Manifest], list[Message | str]]:
        """Live collections in the user's order, and the problems met reading them."""
        found, problems = self._read_all(self.root)
        order = {cid: n for n, cid in enumerate(self._order())}
        found.sort(key=lambda m: (order.get(m.id, len(order)), m.imported, m.id))
        return found, problems

    def count(self) -> int:
        """How many collections there are, without reading them."""
        try:
            return sum(1 for e in os.scandir(self.root) if e.is_dir() and not e.name.startswith("."))
        except OSError:
            return 0

    def manifest(self, cid: str) -> Manifest | None:
        try:
            return Manifest.from_json(json.loads(read_regular_text(self.root / cid / MANIFEST)))
        except (OSError, ValueError, RecursionError):
            return None

    def deleted(self) -> list[Manifest]:
        return self._read_all(self.root / DELETED)[0]

    def _read_all(self, folder: Path) -> tuple[list[Manifest], list[Message | str]]:
        manifests: list[Manifest] = []
        problems: list[Message | str] = []
        if not folder.is_dir():
            return [], []
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            try:
                manifests.append(Manifest.from_json(
                    json.loads(read_regular_text(entry / MANIFEST))))
            except (OSError, ValueError, RecursionError) as error:
                problems.append(say("Import", COLLECTION_UNREADABLE, folder=entry.name, reason=str(error)))
        return manifests, problems

    def _order(self) -> list[str]:
        try:
            order = json.loads(read_regular_text(self.root / ORDER))
        except (OSError, ValueError):
            return []
        return [cid for cid in order if isinstance(cid, str)] if isinstance(order, list) else []

    def source_path(self, manifest: Manifest) -> Path:
        return self.root / manifest.id / manifest.source

    # -- writing ------------------------------------------------------------------------

    def add(self, manifest: Manifest, data: bytes) -> None:
        """A new collection folder, whole or not at all (a leftover `.deleted` copy is replaced)."""
        with self._lock:
            self.root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=INCOMING, dir=self.root))
            try:
                atomic_write_bytes(staging / manifest.source, data)
                atomic_write_json(staging / MANIFEST, manifest._asdict())
                shutil.rmtree(self.root / DELETED / manifest.id, ignore_errors=True)
                os.replace(staging, self.root / manifest.id)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self.set_order([*self._order(), manifest.id])

    def remove_interrupted_imports(self) -> list[Path]:
        """Staging folders of imports cut short (kill -9, a crash): ours by their name, and
        stale when nothing in them changed for a while (a live import keeps writing)."""
        with self._lock:
            return remove_stale_files(self.root, INCOMING_STALE_S, pattern=f"{INCOMING}*")

    def replace_source(self, old: Manifest, new: Manifest, data: bytes) -> None:
        """Update a collection from a changed file: new copy first, then the manifest."""
        with self._lock:
            atomic_write_bytes(self.root / new.id / new.source, data)
            atomic_write_json(self.root / new.id / MANIFEST, new._asdict())
            if old.source != new.source:
                (self.root / old.id / old.source).unlink(missing_ok=True)

    def write_manifest(self, manifest: Manifest) -> None:
        with self._lock:
            atomic_write_json(self.root / manifest.id / MANIFEST, manifest._asdict())

    def remove(self, cid: str) -> None:
        """Move the collection aside (undo brings it back; a later import reuses its id)."""
        with self._lock:
            target = self.root / DELETED / cid
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(target, ignore_errors=True)
            os.replace(self.root / cid, target)

    def restore(self, cid: str) -> None:
        with self._lock:
            os.replace(self.root / DELETED / cid, self.root / cid)

    def set_order(self, ids: list[str]) -> None:
        with self._lock:
            atomic_write_json(self.root / ORDER, ids)


def renamed(manifest: Manifest, title: str) -> Manifest:
    return manifest._replace(title=title)


class ParsedCache:
    """Parsed collections by content hash, so start-up never parses an unchanged file again.

    A read-only cache (a smoke run's, which writes nothing) is read but never written.
    """

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only

    def get(self, content_hash: str) -> dict[str, Any] | None:
        try:
            data = json.loads(read_regular_text(self.folder / f"{content_hash}.json"))
        except (OSError, ValueError, RecursionError):
            return None
        return data if isinstance(data, dict) else None

    def put(self, content_hash: str, data: dict[str, Any]) -> None:
        if self.read_only:
            return
        # Encoded piece by piece: one json.dumps of a whole novel holds the GIL long enough
        # to stall the window while an import runs on a worker thread.
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
        text = "".join(encoder.iterencode(data))
        try:
            atomic_write_bytes(self.folder / f"{content_hash}.json", text.encode("utf-8"))
        except OSError as error:  # only a cache: the next start parses again
            log.warning("could not cache a parsed collection: %s", error)
