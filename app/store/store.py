"""store.json: the user's preferences, reading places and notes, kept safe.

Load order: store.json → store.json.bak → empty. A file that cannot be read is moved aside
under a name no other file has (store.json.corrupt-<time>), never overwritten; a damaged note
is set aside inside the file (see validation). A file from a newer version opens read-only.
Unknown fields are kept so an older app never strips a newer one's data.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.notes import member_color, new_id
from app.core.textio import NotRegularFile, read_regular_bytes
from app.store.atomic import (
    atomic_write_bytes,
    atomic_write_chunks,
    real_path,
    remove_stale_temp_files,
)
from app.store.encoding import DocumentEncoder, Fragments
from app.store.layout import (
    END_BYTES,
    END_MARK,
    HEAD_BYTES,
    LATE_KEYS,
    in_layout,
    laid_out,
    read_head,
    read_whole,
)
from app.store.validation import TOO_DEEP, StoreError, set_aside_damaged_notes, store_message, validate

SCHEMA = 3
STORE_FILE = "store.json"

Data = dict[str, Any]
# A file this large is read in two steps when asked (Store.load(notes_later=True)): below it,
# reading it whole takes the window a few milliseconds.
TWO_STEPS_FROM_BYTES = 1_000_000

# What loading tells the user, in English here and translated in the window.
READ_ONLY = QT_TRANSLATE_NOOP("Store", "the store is open read-only")
BACKUP_UNREADABLE = QT_TRANSLATE_NOOP(
    "Store", "The backup {file} could not be read either ({reason}); starting with an empty store.")
RESTORED = QT_TRANSLATE_NOOP("Store", "Your notes and settings were restored from the backup of {time}.")
BACKUP_NOT_WRITTEN = QT_TRANSLATE_NOOP("Store", "The backup could not be written: {reason}.")
UNREADABLE = QT_TRANSLATE_NOOP("Store", "{file} could not be read ({reason}).")
UNREADABLE_NOT_MOVED = QT_TRANSLATE_NOOP(
    "Store", "{file} could not be read ({reason}) nor moved aside; the app runs read-only so that the "
    "file is not overwritten.")
UNREADABLE_KEPT = QT_TRANSLATE_NOOP(
    "Store", "{file} could not be read ({reason}). It was kept as {aside} and has not been changed.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Store", "This data was written by a newer version of Jiangxin Reader (format {schema}). It is open "
    "read-only so that nothing is lost; update the app to make changes.")
NO_COPY_BEFORE_UPGRADE = QT_TRANSLATE_NOOP(
    "Store", "Your data needs upgrading to this version's format, but a copy of the old file could not be "
    "kept first ({reason}). Nothing was changed; the app runs read-only until there is room on the disk.")
NOT_OWNER = QT_TRANSLATE_NOOP(
    "Store", "this window no longer owns the data folder (its lock file was removed or taken over), "
    "so it does not save there")
NOT_JSON = QT_TRANSLATE_NOOP("Store", "it is not valid JSON")
EMPTY = QT_TRANSLATE_NOOP("Store", "it is empty")
NOT_UTF8 = QT_TRANSLATE_NOOP("Store", "it is not UTF-8 text")
NOT_A_FILE = QT_TRANSLATE_NOOP("Store", "it is not a regular file but a pipe, a device or a folder")

__all__ = ["MIGRATIONS", "SCHEMA", "STORE_FILE", "Store", "StoreError", "empty_store", "validate"]


def migrate_1_to_2(data: Data) -> Data:
    """Version 2 adds bookmarks, annotations and the reader's profile (display name)."""
    return {**data, "schema": 2, "bookmarks": data.get("bookmarks", []),
            "annotations": data.get("annotations", []), "profile": data.get("profile", {})}


def migrate_2_to_3(data: Data) -> Data:
    """Version 3 gives the reader a stable author id, a colour and a device id, and every note
    its author id, device, tombstone time (none yet) and sharing (private until shared)."""
    profile = dict(data.get("profile", {}))
    author_id = profile.setdefault("author_id", new_id())
    device = profile.setdefault("device_id", new_id())
    profile.setdefault("color", member_color(author_id))
    stamp = {"author_id": author_id, "device": device, "deleted": None}
    return {**data, "schema": 3, "profile": profile,
            "annotations": [{**stamp, "shared": False, "reply_to": None, **note}
                            for note in data.get("annotations", [])],
            "bookmarks": [{**stamp, **mark} for mark in data.get("bookmarks", [])]}


# migrate_N_to_N+1 functions, in order; each takes and returns the whole document.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: migrate_1_to_2, 2: migrate_2_to_3}


def empty_store() -> Data:
    """A store with nothing in it yet. Its reader's ids (author, colour, device) are made by the
    Profile when it first finds them missing: not here, where every Store starts from one
    before it reads its file (and making an id loads uuid, 4 ms of every start)."""
    return {"schema": SCHEMA, "prefs": {}, "reading": {}, "bookmarks": [], "annotations": [], "profile": {}}


def snapshot(data: Data) -> Data:
    """A copy of the document the window may go on changing while the copy is written.

    Cheap enough for the window's thread: sections are copied, note lists one level deep (the
    services replace a note's dict rather than change it).
    """
    return {key: _copy_section(value) for key, value in data.items()}


def _copy_section(value: object) -> object:
    if isinstance(value, list):
        return [dict(item) if type(item) is dict else item for item in value]
    if isinstance(value, dict):
        return _deep_copy(value)
    return value


def _deep_copy(value: object) -> object:
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_deep_copy(item) for item in value]
    return value


class Store:
    """The JSON store in one data folder."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        """With `read_only`, nothing in the folder is written, moved or backed up."""
        self.folder = folder
        self.path = folder / STORE_FILE
        self.backup_path = folder / f"{STORE_FILE}.bak"
        self.data: Data = empty_store()
        self.read_only = read_only
        self._observer = read_only  # opened to look, not to own
        # Asked right before store.json is replaced, from the writing thread: does this process
        # still own the folder? (None: nobody else can write here, as in most tests.)
        self.owner_proof: Callable[[], bool] | None = None
        self.messages: list[Message] = []
        self._fragments = Fragments()  # notes encoded by the last write (writes are serial)
        self._rest = False  # the notes of the file are still to be read (read_rest)

    @property
    def prefs(self) -> Data:
        prefs: Data = self.data.setdefault("prefs", {})
        return prefs

    @property
    def reading(self) -> Data:
        reading: Data = self.data.setdefault("reading", {})
        return reading

    @property
    def profile(self) -> Data:
        profile: Data = self.data.setdefault("profile", {})
        return profile

    def notes(self, key: str) -> list[Data]:
        """The raw "annotations" or "bookmarks" list."""
        notes: list[Data] = self.data.setdefault(key, [])
        return notes

    def load(self, *, notes_later: bool = False) -> list[Message]:
        """Load the best file there is; return plain-words messages for the user.

        `notes_later`: a large file of this version is read up to its notes only; `notes_pending`
        is then True until `read_rest` (in a worker) and `take_rest` (here) bring them."""
        self.messages = []
        if not self._observer:
            for path in (self.path, self.backup_path):
                remove_stale_temp_files(real_path(path))  # left by a save that was cut short
        head = self._read_head() if notes_later else None
        if head is not None:
            self.data = head
            return self.messages
        data = self._load_main()
        if data is None:
            data = self._load_backup()
        if data is None:
            data = empty_store()
        self.messages += set_aside_damaged_notes(data)
        self.data = self._upgrade(data)
        return self.messages

    @property
    def notes_pending(self) -> bool:
        """True while the notes sections of a file read in two steps are not in `data` yet."""
        return self._rest

    def _read_head(self) -> Data | None:
        """The sections before the notes, when the file is large, in this version's layout and
        whole as far as that: else None, and the file is read whole (damage told as ever)."""
        try:
            prefix, tail = _read_ends(self.path, HEAD_BYTES, len(END_BYTES))
            head = read_head(prefix) if in_layout(tail) else None
            if head is None or validate(head)["schema"] != SCHEMA:
                return None  # a migration reads and rewrites the whole file at once
        except (OSError, StoreError):
            return None
        self._rest = True
        return head

    def read_rest(self) -> tuple[Data, list[Message]]:
        """In a worker: the notes sections of the file whose head `load` read, and what to tell
        the user. The file is checked whole, as `load` does: damage sets it aside and the
        backup's notes are used; a damaged note alone is set aside. Touches no `data`."""
        self.messages, raw = [], b""
        try:
            raw = read_regular_bytes(self.path)
            data = validate(read_whole(raw))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, StoreError) as error:
            self._set_aside(self.path, _reason(error))
            data = self._upgrade(self._load_backup() or empty_store())
        else:
            self._keep_backup(raw)
        self.messages += set_aside_damaged_notes(data)
        return data, self.messages

    def take_rest(self, data: Data) -> None:
        """On the window's thread: the notes sections `read_rest` returned join the document
        (with any section the head lacked); saving may start from here."""
        self._rest = False
        for key, value in data.items():
            if key in LATE_KEYS or key not in self.data:
                self.data[key] = value

    def save(self) -> int:
        """Write the store atomically; refuses when read-only. Returns what write() does."""
        return self.write(self.data)

    def write(self, document: Data) -> int:
        """Write `document` (the store's data or a snapshot of it) atomically; returns how many
        characters UTF-8 cannot hold were written as U+FFFD.

        Safe to call from a worker thread with a snapshot. Raises StoreError when read-only,
        OSError when the disk refuses, TypeError/ValueError for values JSON cannot hold.
        """
        if self.read_only:
            raise StoreError(store_message(READ_ONLY))
        document["schema"] = max(SCHEMA, document.get("schema", SCHEMA))
        return write_document(self.path, laid_out(document), self._fragments,
                              before_replace=self._prove_owner)

    def _prove_owner(self) -> None:
        if self.owner_proof is not None and not self.owner_proof():
            raise StoreError(store_message(NOT_OWNER))

    def write_copy(self, document: Data, destination: Path) -> None:
        """Save the document somewhere else (the user's way out when the data folder fails)."""
        write_document(destination, laid_out(document))

    def _load_main(self) -> Data | None:
        if not self.path.exists():
            return None
        try:
            raw = read_regular_bytes(self.path)  # a FIFO would block the start
            data = _parse(raw)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, StoreError) as error:
            self._set_aside(self.path, _reason(error))
            return None
        self._keep_backup(raw)
        return data

    def _load_backup(self) -> Data | None:
        if not self.backup_path.exists():
            return None
        try:
            data = _parse(read_regular_bytes(self.backup_path))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, StoreError) as error:
            self.messages.append(store_message(BACKUP_UNREADABLE, file=self.backup_path.name,
                                               reason=_reason(error)))
            self._set_aside(self.backup_path, _reason(error))  # never overwrite it later
            return None
        stamp = datetime.fromtimestamp(self.backup_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        self.messages.append(store_message(RESTORED, time=stamp))
        return data

    def _keep_backup(self, raw: bytes) -> None:
        """store.json.bak is always the last file that loaded and validated."""
        if self._observer:
            return
        try:
            if not _holds(self.backup_path, raw):
                atomic_write_bytes(self.backup_path, raw, private=True)
        except OSError as error:
            self.messages.append(store_message(BACKUP_NOT_WRITTEN, reason=str(error.strerror or error)))

    def _set_aside(self, path: Path, reason: Message | str) -> None:
        if self._observer:
            self.messages.append(store_message(UNREADABLE, file=path.name, reason=reason))
            return
        try:
            aside = _move_aside(path)
        except OSError:
            # We could not move it, so we must not overwrite it: stay read-only.
            self.read_only = True
            self.messages.append(store_message(UNREADABLE_NOT_MOVED, file=path.name, reason=reason))
            return
        self.messages.append(store_message(UNREADABLE_KEPT, file=path.name, reason=reason, aside=aside.name))

    def _upgrade(self, data: Data) -> Data:
        schema = data["schema"]
        if schema > SCHEMA:
            self.read_only = True
            self.messages.append(store_message(NEWER_FORMAT, schema=schema))
            return data
        if schema == SCHEMA:
            return data
        if not self._observer and not self._keep_schema_copy(schema):
            return data  # read-only now; the file on disk stays as it was
        return migrate(data)

    def _keep_schema_copy(self, schema: int) -> bool:
        """A copy of the old file before migrating; without one, do not migrate at all."""
        if not self.path.exists():
            return True
        copy = self.path.with_name(f"{STORE_FILE}.schema-{schema}")
        try:
            atomic_write_bytes(copy, read_regular_bytes(self.path), private=True)
        except OSError as error:
            self.read_only = True
            self.messages.append(store_message(NO_COPY_BEFORE_UPGRADE, reason=str(error.strerror or error)))
            return False
        return True


def write_document(path: Path, document: Data, fragments: Fragments | None = None, *,
                   before_replace: Callable[[], None] | None = None) -> int:
    """Encode and write `document` to `path` chunk by chunk; returns characters replaced.
    `fragments`: notes encoded by the last save of this file, reused when unchanged;
    `before_replace`: proves, just before the file is replaced, that we may still write it."""
    encoder = DocumentEncoder(document, fragments)
    atomic_write_chunks(path, encoder.chunks(), private=True, before_replace=before_replace)
    return encoder.replaced


def _holds(path: Path, raw: bytes, piece: int = 1 << 20) -> bool:
    """Whether the file at `path` holds exactly `raw`: its size first, then a piece at a time
    (one comparison of 60 MB would hold the interpreter, and the window, for its length).
    NotRegularFile, as read_regular_bytes, for a pipe or a device."""
    if not path.exists():
        return False
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotRegularFile(errno.EINVAL, "not a regular file (a pipe, a device or a folder)", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if os.fstat(handle.fileno()).st_size != len(raw):
            return False
        for start in range(0, len(raw), piece):
            if handle.read(piece) != raw[start:start + piece]:
                return False
        return handle.read(1) == b""


def _read_ends(path: Path, head: int, tail: int) -> tuple[bytes, bytes]:
    """The first `head` and last `tail` bytes of a large regular file (else OSError), read
    without blocking, as read_regular_bytes reads a whole one."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        size = os.fstat(handle.fileno())
        if not stat.S_ISREG(size.st_mode) or size.st_size < TWO_STEPS_FROM_BYTES:
            raise OSError("not a large regular file")
        first = handle.read(head)
        handle.seek(-tail, os.SEEK_END)
        return first, handle.read()


def migrate(data: Data) -> Data:
    """Run every migration from the document's schema up to SCHEMA, in order."""
    while data["schema"] < SCHEMA:
        data = MIGRATIONS[data["schema"]](data)
    return data


def _parse(raw: bytes) -> Data:
    data = validate(json.loads(raw.decode("utf-8")))
    data.pop(END_MARK, None)  # where the notes are is the file's business, not the document's
    return data


def _move_aside(path: Path) -> Path:
    """Rename `path` to a name no file has yet, so two damaged files never overwrite each other."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in range(1, 1000):
        suffix = f"corrupt-{stamp}" if number == 1 else f"corrupt-{stamp}-{number}"
        aside = path.with_name(f"{path.name}.{suffix}")
        if aside.exists() or aside.is_symlink():
            continue
        try:
            os.link(path, aside)  # unlike a rename, a link never replaces a file
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some shares): the name was free just now
            path.rename(aside)
            return aside
        path.unlink()
        return aside
    raise FileExistsError(f"no free name beside {path.name}")


_PLAIN_REASONS: dict[type[BaseException], str] = {
    UnicodeDecodeError: NOT_UTF8, RecursionError: TOO_DEEP, NotRegularFile: NOT_A_FILE}


def _reason(error: BaseException) -> Message | str:
    if isinstance(error, StoreError):
        return error.message
    if isinstance(error, json.JSONDecodeError):
        return store_message(NOT_JSON if error.doc.strip() else EMPTY)
    for kind, text in _PLAIN_REASONS.items():
        if isinstance(error, kind):
            return store_message(text)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
