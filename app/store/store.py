"""store.json: the user's preferences, reading places and notes, kept safe.

Load order: store.json → store.json.bak → empty. A file that cannot be read is moved
aside as store.json.corrupt-<timestamp>, never overwritten. A file from a newer version
opens read-only. Unknown fields are kept so an older app never strips a newer one's data.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.notes import member_color
from app.store.atomic import atomic_write_bytes, atomic_write_json

SCHEMA = 3
STORE_FILE = "store.json"

Data = dict[str, Any]


def migrate_1_to_2(data: Data) -> Data:
    """Version 2 adds bookmarks, annotations and the reader's profile (display name)."""
    return {**data, "schema": 2, "bookmarks": data.get("bookmarks", []),
            "annotations": data.get("annotations", []), "profile": data.get("profile", {})}


def migrate_2_to_3(data: Data) -> Data:
    """Version 3 gives the reader a stable author id, a colour and a device id, and every note
    its author id, device, tombstone time (none yet) and sharing (private until shared)."""
    profile = dict(data.get("profile", {}))
    author_id = profile.setdefault("author_id", str(uuid.uuid4()))
    device = profile.setdefault("device_id", str(uuid.uuid4()))
    profile.setdefault("color", member_color(author_id))
    stamp = {"author_id": author_id, "device": device, "deleted": None}
    return {**data, "schema": 3, "profile": profile,
            "annotations": [{**stamp, "shared": False, "reply_to": None, **note}
                            for note in data.get("annotations", [])],
            "bookmarks": [{**stamp, **mark} for mark in data.get("bookmarks", [])]}


# migrate_N_to_N+1 functions, in order; each takes and returns the whole document.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: migrate_1_to_2, 2: migrate_2_to_3}


class StoreError(Exception):
    """Why a store file cannot be used; the message is for the user."""


def empty_store() -> Data:
    author_id = str(uuid.uuid4())
    return {"schema": SCHEMA, "prefs": {}, "reading": {}, "bookmarks": [], "annotations": [],
            "profile": {"author_id": author_id, "device_id": str(uuid.uuid4()),
                        "color": member_color(author_id)}}


def validate(data: object) -> Data:
    """Return `data` if it has the shape of a store document, else raise StoreError."""
    if not isinstance(data, dict):
        raise StoreError("it does not hold a JSON object")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StoreError("it has no valid schema number")
    for key in ("prefs", "reading", "profile"):
        if not isinstance(data.get(key, {}), dict):
            raise StoreError(f'its "{key}" section is not an object')
    for essay_id, place in data.get("reading", {}).items():
        if not isinstance(place, dict) or not _is_int(place.get("offset")):
            raise StoreError(f"the reading place of {essay_id} is malformed")
    for key, required in (("annotations", _ANNOTATION_FIELDS), ("bookmarks", _BOOKMARK_FIELDS)):
        _validate_notes(data.get(key, []), key, required)
    if not isinstance(data.get("group", {}), dict):
        raise StoreError('its "group" section is not an object')
    return data


_ANCHOR_FIELDS: dict[str, type] = {"start": int, "end": int, "text_hash": str, "exact": str, "prefix": str,
                  "suffix": str}
_ANNOTATION_FIELDS: dict[str, type] = {"id": str, "essay_id": str, "anchor": dict, "color": str, "note": str,
                      "tags": list, "created": str}
_BOOKMARK_FIELDS: dict[str, type] = {"id": str, "essay_id": str, "anchor": dict, "name": str, "created": str}


# Schema 3 fields: optional (older entries lack them), but of the right type when present.
_OPTIONAL_FIELDS: dict[str, tuple[type, ...]] = {
    "author_id": (str,), "device": (str,), "deleted": (str, type(None)), "shared": (bool,),
    "reply_to": (str, type(None))}


def _validate_notes(notes: object, key: str, required: dict[str, type]) -> None:
    if not isinstance(notes, list):
        raise StoreError(f'its "{key}" section is not a list')
    for number, note in enumerate(notes, start=1):
        if (not _has_fields(note, required) or not _has_fields(note["anchor"], _ANCHOR_FIELDS)
                or not _has_optional_fields(note)):
            raise StoreError(f"entry {number} of its {key} is malformed")


def _has_optional_fields(note: Data) -> bool:
    for name, kinds in _OPTIONAL_FIELDS.items():
        if name in note and type(note[name]) not in kinds:
            return False
    return True


def _has_fields(value: object, fields: dict[str, type]) -> bool:
    """Exact types, as JSON gives them (so True is not an int); a plain loop, because
    this runs for every field of every note at start-up."""
    if type(value) is not dict:
        return False
    for name, kind in fields.items():
        if type(value.get(name)) is not kind:
            return False
    return True


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
        self.messages: list[str] = []

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

    def load(self) -> list[str]:
        """Load the best file there is; return plain-words messages for the user."""
        self.messages = []
        data = self._load_main()
        if data is None:
            data = self._load_backup()
        if data is None:
            data = empty_store()
        self.data = self._upgrade(data)
        return self.messages

    def save(self) -> None:
        """Write the store atomically; refuses when read-only."""
        if self.read_only:
            raise StoreError("the store is open read-only")
        self.data["schema"] = max(SCHEMA, self.data.get("schema", SCHEMA))
        atomic_write_json(self.path, self.data)

    def _load_main(self) -> Data | None:
        if not self.path.exists():
            return None
        try:
            raw = self.path.read_bytes()
            data = validate(json.loads(raw.decode("utf-8")))
        except (OSError, UnicodeDecodeError, ValueError, StoreError) as error:
            self._set_aside(self.path, _reason(error))
            return None
        self._keep_backup(raw)
        return data

    def _load_backup(self) -> Data | None:
        if not self.backup_path.exists():
            return None
        try:
            data = validate(json.loads(self.backup_path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValueError, StoreError) as error:
            self.messages.append(f"The backup {self.backup_path.name} could not be read either "
                                 f"({_reason(error)}); starting with an empty store.")
            return None
        stamp = datetime.fromtimestamp(self.backup_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        self.messages.append(f"Your notes and settings were restored from the backup of {stamp}.")
        return data

    def _keep_backup(self, raw: bytes) -> None:
        """store.json.bak is always the last file that loaded and validated."""
        if self._observer:
            return
        try:
            if not self.backup_path.exists() or self.backup_path.read_bytes() != raw:
                atomic_write_bytes(self.backup_path, raw)
        except OSError as error:
            self.messages.append(f"The backup could not be written: {error.strerror or error}.")

    def _set_aside(self, path: Path, reason: str) -> None:
        if self._observer:
            self.messages.append(f"{path.name} could not be read ({reason}).")
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        try:
            path.replace(aside)
        except OSError:
            # We could not move it, so we must not overwrite it: stay read-only.
            self.read_only = True
            self.messages.append(f"{path.name} could not be read ({reason}) nor moved aside; "
                                 "the app runs read-only so that the file is not overwritten.")
            return
        self.messages.append(f"{path.name} could not be read ({reason}). It was kept as "
                             f"{aside.name} and has not been changed.")

    def _upgrade(self, data: Data) -> Data:
        schema = data["schema"]
        if schema > SCHEMA:
            self.read_only = True
            self.messages.append(
                f"This data was written by a newer version of Jiangxin Reader (format {schema}). "
                "It is open read-only so that nothing is lost; update the app to make changes.")
            return data
        if schema < SCHEMA and self.path.exists() and not self._observer:
            shutil.copy2(self.path, self.path.with_name(f"{STORE_FILE}.schema-{schema}"))
        while data["schema"] < SCHEMA:
            data = MIGRATIONS[data["schema"]](data)
        return data


def _reason(error: BaseException) -> str:
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, json.JSONDecodeError):
        return "it is not valid JSON" if error.doc.strip() else "it is empty"
    if isinstance(error, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
