"""The spoken languages read-aloud offers: kept apart from app.core.voices so that the
preferences, read at every start, do not load the voice choice with them."""

from __future__ import annotations

from enum import StrEnum


class Dialect(StrEnum):
    """The spoken language the reader asked for; AUTO follows the script shown."""

    AUTO = "auto"
    MANDARIN = "mandarin"
    CANTONESE = "cantonese"
