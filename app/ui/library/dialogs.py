"""The dialogs the library needs, as a protocol the window's Dialogs (and tests' stand-ins) meet."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class LibraryDialogs(Protocol):
    def warn(self, title: str, text: str) -> None: ...

    def ask_text(self, title: str, label: str, text: str) -> str | None: ...

    def ask_yes_no(self, title: str, text: str) -> bool: ...

    def open_paths(self, title: str, filters: str) -> list[Path]: ...
