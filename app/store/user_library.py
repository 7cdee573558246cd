"""Importing files into the user's library and loading it again: the rules, without Qt.

The window's library service runs this on a worker thread; `python -m app import` runs it
directly. Parsing happens before anything is written, so a file that fails leaves nothing.
"""

from __future__ import annotations

import logging
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from app.core.collection_json import collection_from_json, collection_to_json
from app.core.essay_folder import load_library
from app.core.hashing import sha256_hex
from app.core.importers import (
    MAX_IMPORT_BYTES,
    ImportFailed,
    build_imported,
    read_document,
    supported,
)
from app.core.importers.document import (
    ALREADY_THERE,
    COPY_UNREADABLE,
    NOT_A_FILE,
    SAME_NAME,
    TOO_BIG,
    UNREADABLE,
    failed,
)
from app.core.library import Collection, Library, collection_id
from app.core.messages import Message, say
from app.store.library_folder import LibraryFolder, Manifest, ParsedCache, now_iso

log = logging.getLogger(__name__)

GROUP = "library"  # Collection.group of the user's own collections
ID_PREFIX = "my-"  # user ids never meet a seed's or a group's
IMPORTERS_VERSION = 3  # raise when an importer reads a file differently (issue 22: Word, clean .txt kept)


class Outcome(NamedTuple):
    """What importing one file did: "added", "updated", "unchanged", "skipped" or "failed"."""

    name: str
    status: str
    message: Message | str = ""  # for the user, translated where shown
    collection: Collection | None = None
    manifest: Manifest | None = None


def content_hash(data: bytes) -> str:
    return sha256_hex(data)


def read_import_file(path: Path) -> bytes:
    """The bytes of a file to import; ImportFailed for folders, FIFOs, devices, huge files."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise failed(NOT_A_FILE, file=path.name)
        if info.st_size > MAX_IMPORT_BYTES:
            raise failed(TOO_BIG, file=path.name, size=f"{info.st_size / 1e6:.0f}",
                         limit=f"{MAX_IMPORT_BYTES / 1e6:.0f}")
        with path.open("rb") as handle:
            return handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise failed(UNREADABLE, file=path.name, reason=str(error.strerror or error)) from error


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the importable files inside given folders (recursively, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and supported(p)
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.append(path)
    return found


class UserLibrary:
    """The imported collections: load (parsed text cached by file hash), import, update, remove."""

    def __init__(self, data_dir: Path, cache_dir: Path, *, cache_read_only: bool = False) -> None:
        self.folder = LibraryFolder(data_dir / "library")
        self.cache = ParsedCache(cache_dir / "parsed", read_only=cache_read_only)

    # -- loading --------------------------------------------------------------------------

    def load(self, manifests: Iterable[Manifest]) -> tuple[list[Collection], list[Message | str]]:
        collections: list[Collection] = []
        problems: list[Message | str] = []
        for manifest in manifests:
            try:
                collections.append(self.load_one(manifest))
            except ImportFailed as error:
                problems.append(error.message)
        return collections, problems

    def load_one(self, manifest: Manifest) -> Collection:
        """From the parse cache when it has this file's hash; else parse the kept copy again."""
        cached = self.cache.get(_cache_key(manifest))
        if cached is not None:
            collection = collection_from_json(cached, manifest.id, manifest.original_name, GROUP,
                                              manifest.title or None)
            if collection is not None:
                return collection
        try:
            data = self.folder.source_path(manifest).read_bytes()
        except OSError as error:
            raise failed(COPY_UNREADABLE, file=manifest.original_name,
                         reason=str(error.strerror or error)) from error
        return self._parse(manifest, data)

    def _parse(self, manifest: Manifest, data: bytes) -> Collection:
        document = read_document(manifest.original_name, data)
        collection = build_imported(document, manifest.original_name, manifest.id, GROUP)
        self.cache.put(_cache_key(manifest), collection_to_json(collection))
        return collection._replace(title=manifest.title) if manifest.title else collection

    # -- importing -------------------------------------------------------------------------

    def import_data(self, name: str, data: bytes, *, reserved: set[str],
                    may_update: Callable[[Manifest], bool]) -> Outcome:
        """Import one file's bytes. Same content as a collection → unchanged; same original
        name → update it if `may_update` agrees; a removed collection's file → its old id."""
        digest = content_hash(data)
        live, _problems = self.folder.manifests()
        same = next((m for m in live if m.content_hash == digest), None)
        if same is not None:
            already = say("Import", ALREADY_THERE, file=name, title=self._title(same))
            return Outcome(name, "unchanged", already, manifest=same)
        named = next((m for m in live if m.original_name == name), None)
        if named is not None:
            if not may_update(named):
                return Outcome(name, "skipped", say("Import", SAME_NAME, file=name))
            return self.update_data(named, name, data)
        return self._add(name, data, digest, live, reserved)

    def _title(self, manifest: Manifest) -> str:
        try:
            return self.load_one(manifest).title
        except ImportFailed:
            return manifest.title or manifest.original_name

    def update_data(self, manifest: Manifest, name: str, data: bytes) -> Outcome:
        """Replace a collection's text with a changed file; its id (and its notes) stay."""
        updated = manifest._replace(content_hash=content_hash(data), updated=now_iso(),
                                   source=_source_name(name), original_name=name)
        collection = self._parse(updated, data)
        self.folder.replace_source(manifest, updated, data)
        return Outcome(name, "updated", collection=collection, manifest=updated)

    def _add(self, name: str, data: bytes, digest: str, live: list[Manifest],
             reserved: set[str]) -> Outcome:
        deleted = self.folder.deleted()
        earlier = next((m for m in deleted if m.content_hash == digest), None) or next(
            (m for m in deleted if m.original_name == name), None)
        if earlier is not None:  # its notes are waiting for it under this id
            cid = earlier.id
        else:
            taken = reserved | {m.id for m in live} | {m.id for m in deleted}
            cid = new_id(name, taken)
        manifest = Manifest(cid, "", name, now_iso(), digest, _source_name(name))
        collection = self._parse(manifest, data)
        self.folder.add(manifest, data)
        return Outcome(name, "added", collection=collection, manifest=manifest)


def _cache_key(manifest: Manifest) -> str:
    """The parse cache's key: the file's hash and the importers' version, so files parsed by
    older importers are parsed again."""
    return f"{manifest.content_hash}-i{IMPORTERS_VERSION}"


def new_id(name: str, taken: set[str]) -> str:
    """my-<cleaned name>, numbered when taken; assigned once, kept in the manifest forever."""
    stem = re.sub(r"[^0-9A-Za-z\u3400-\u9fff_-]+", "-", Path(name).stem).strip("-")[:40] or "text"
    base = f"{ID_PREFIX}{stem}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _source_name(name: str) -> str:
    return "source" + Path(name).suffix.lower()


def load_user_library(user: UserLibrary, seeds: Path, show_samples: bool) -> Library:
    """The whole library as the window shows it (imported collections first), without Qt."""
    manifests, problems = user.folder.manifests()
    collections, load_problems = user.load(manifests)
    samples = load_library(seeds) if show_samples else Library()
    return Library(collections + samples.collections, [*problems, *load_problems, *samples.problems])


def seed_ids(seeds: Path) -> set[str]:
    """Ids the shipped files take, so an import never takes one (no parsing needed)."""
    return {collection_id(path.name) for path in seeds.glob("*.txt")} if seeds.is_dir() else set()
