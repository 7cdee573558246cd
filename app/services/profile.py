"""Who writes here: the reader's name, author id and colour, and this device's id.

The profile section of the store is owned here. Ids are made once, when the workspace opens
(never by a getter), so asking who we are never changes the document. The device id is bound to
the place it was made in (this machine, this very data folder): a copy of the folder on another
computer, or a backup restored, takes a new device id, and the old one is kept as a former
device of the same author, so its file in a group is still read as this member's own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.notes import Author, member_color, new_id, person_name, unnamed_author
from app.services.sections import Sections
from app.store.machine import place_of

MAX_FORMER_DEVICES = 50  # a folder carried between machines for years still keeps a short list


class Profile:
    """The store's "profile" section: display name, author id, colour, device id."""

    def __init__(self, sections: Sections, data_folder: Path | None = None,
                 language: Callable[[], str] = lambda: "en") -> None:
        """`data_folder`: where the store lives, to bind the device id to (None: not bound);
        `language`: the interface language, for the label of a reader who gave no name."""
        self._section = sections.claim("profile", self)
        self._language = language
        had_device = bool(self._text("device_id"))
        self._make_ids_once()
        if data_folder is not None:
            self._bind_device(place_of(data_folder), fresh=not had_device)

    def _make_ids_once(self) -> None:
        """The ids a store lacks, each made only when missing (making an id loads uuid)."""
        author_id = self._text("author_id") or new_id()
        if not self._text("author_id"):
            self._section.fill_in("author_id", author_id)
        if not self._text("color"):
            self._section.fill_in("color", member_color(author_id))
        if not self._text("device_id"):
            self._section.fill_in("device_id", new_id())

    def _bind_device(self, place: str | None, *, fresh: bool) -> None:
        """Keep the device id where it was made; elsewhere take the one made here before, or a new
        one. A device id from before places were kept may already be shared by a copy: renewed.
        A folder not made yet has no place: "" until the next open binds it."""
        held = self._section.get("device_place")
        if place is None or held == place:
            if fresh:
                self._section.fill_in("device_place", "")
            return
        if fresh or held == "":
            self._section.fill_in("device_place", place)
            return
        former = [*self.former_devices, {"id": self._text("device_id"), "place": self._text("device_place")}]
        again = next((entry["id"] for entry in former if entry["place"] == place), None)
        # a real change of identity: saved at once, so every open here agrees on it
        kept = [entry for entry in former if entry["id"] != again][-MAX_FORMER_DEVICES:]
        self._section.set("former_devices", kept)
        self._section.set("device_id", again or new_id())
        self._section.set("device_place", place)

    @property
    def former_devices(self) -> list[dict[str, str]]:
        """This member's devices that this data folder was before (id and place): their files in a
        group are this member's own."""
        held = self._section.get("former_devices")
        return [entry for entry in held if _is_device_entry(entry)] if isinstance(held, list) else []

    def _text(self, name: str) -> str:
        value = self._section.get(name)
        return value if isinstance(value, str) else ""

    @property
    def name(self) -> str | None:
        """The name the reader gave, or None (then notes are signed with `fallback_name`)."""
        name = self._text("display_name").strip()
        return name or None

    def set_name(self, name: str) -> bool:
        """Sign notes with `name` from now on; False when that is the name already."""
        name = name.strip() or self.fallback_name
        if name == self._text("display_name"):
            return False
        self._section.set("display_name", name)
        return True

    @property
    def fallback_name(self) -> str:
        """The name of a reader who gave none: their full name on this system, or the login name
        when it is a person's; never an account's such as "root" (then "Me", or 我)."""
        return person_name() or unnamed_author(self._language())

    @property
    def color_chosen(self) -> bool:
        """The reader chose their colour (a group then never assigns them another)."""
        return self._section.get("color_chosen") is True

    def set_color(self, color: str, *, chosen: bool) -> bool:
        """Show this member in `color` (#rrggbb) from now on; False when it is the colour already."""
        if chosen:
            self._section.set("color_chosen", True)
        if color == self._text("color"):
            return False
        self._section.set("color", color)
        return True

    @property
    def author(self) -> Author:
        """Name (`fallback_name` until one is given), author id, colour and device."""
        return Author(self.name or self.fallback_name, self._text("author_id"), self._text("color"),
                      self._text("device_id"))


def _is_device_entry(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("id"), str) and bool(entry["id"])
            and isinstance(entry.get("place"), str))
