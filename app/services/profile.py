"""Who writes here: the reader's name, author id and colour, and this device's id.

The profile section of the store is owned here. Ids are made once, when the workspace opens
(never by a getter), so asking who we are never changes the document.
"""

from __future__ import annotations

import uuid

from app.core.notes import Author, login_name, member_color
from app.services.sections import Sections


class Profile:
    """The store's "profile" section: display name, author id, colour, device id."""

    def __init__(self, sections: Sections) -> None:
        self._section = sections.claim("profile", self)
        self._make_ids_once()

    def _make_ids_once(self) -> None:
        author_id = self._text("author_id") or str(uuid.uuid4())
        for name, value in (("author_id", author_id), ("color", member_color(author_id)),
                            ("device_id", str(uuid.uuid4()))):
            if not self._text(name):
                self._section.fill_in(name, value)

    def _text(self, name: str) -> str:
        value = self._section.get(name)
        return value if isinstance(value, str) else ""

    @property
    def name(self) -> str | None:
        """The name the reader gave, or None (then notes are signed with the login name)."""
        name = self._text("display_name").strip()
        return name or None

    def set_name(self, name: str) -> bool:
        """Sign notes with `name` from now on; False when that is the name already."""
        name = name.strip() or login_name()
        if name == self._text("display_name"):
            return False
        self._section.set("display_name", name)
        return True

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
        """Name (the login name until one is given), author id, colour and device."""
        return Author(self.name or login_name(), self._text("author_id"), self._text("color"),
                      self._text("device_id"))
