"""Whose notes a handout prints: its own small module, so the command line's parser (built at
every start, the window's too) names the choices without loading the handout's builder."""

from __future__ import annotations

from enum import StrEnum


class WhoseNotes(StrEnum):
    """Whose notes a handout prints."""

    MINE = "mine"
    GROUP = "group"
    NONE = "none"
