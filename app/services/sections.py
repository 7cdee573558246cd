"""One owner per part of the store document (in the manner of qutebrowser's savemanager).

Each top-level section of store.json — prefs, reading places, the profile, the group — is
claimed by exactly one service, which edits it only through its `Section`; a second claim is a
bug and raises at once. Reading a section never writes into the document (no `setdefault`):
only `set`, `replace` and `remove` change it, and each schedules a save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.store import Store


class SectionTaken(RuntimeError):
    """A second owner asked for a section that already has one."""


class Sections:
    """The registry: who owns which key of the store document."""

    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self._store, self._changed = store, changed
        self._owners: dict[str, str] = {}

    def claim(self, key: str, owner: object) -> Section:
        self.register(key, owner)
        return Section(self._store, key, self._changed)

    def register(self, key: str, owner: object) -> None:
        """Record `owner` as the only editor of `key` (list sections saved from live objects too)."""
        if key in self._owners:
            raise SectionTaken(f"store section {key!r} is owned by {self._owners[key]}")
        self._owners[key] = type(owner).__name__

    def owner(self, key: str) -> str | None:
        return self._owners.get(key)


class Section:
    """One dict section of the store document, as its owner sees it."""

    def __init__(self, store: Store, key: str, changed: Callable[[], None]) -> None:
        self._store, self._key, self._changed = store, key, changed

    def values(self) -> Mapping[str, Any]:
        """What the document holds now (empty when the section is missing or not a dict)."""
        held = self._store.data.get(self._key)
        return held if isinstance(held, dict) else {}

    def get(self, name: str, default: Any = None) -> Any:
        return self.values().get(name, default)

    def set(self, name: str, value: Any) -> None:
        """Change one entry; nothing happens (no save) when it already holds `value`."""
        if name in self.values() and self.values()[name] == value:
            return
        held = self._store.data.get(self._key)
        if not isinstance(held, dict):
            held = self._store.data[self._key] = {}
        held[name] = value
        self._changed()

    def fill_in(self, name: str, value: Any) -> None:
        """An entry made once, at start (an id): held from now on, and written with the next save
        rather than causing one, so opening the app never writes by itself."""
        held = self._store.data.get(self._key)
        if not isinstance(held, dict):
            held = self._store.data[self._key] = {}
        held[name] = value

    def replace(self, values: dict[str, Any]) -> None:
        """The whole section anew (joining a group)."""
        self._store.data[self._key] = values
        self._changed()

    def remove(self) -> None:
        """The section goes (leaving a group)."""
        if self._store.data.pop(self._key, None) is not None:
            self._changed()

    @property
    def exists(self) -> bool:
        return isinstance(self._store.data.get(self._key), dict)
