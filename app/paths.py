"""Where the app finds its files and keeps the user's: never inside its own folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from app import APP_ID


def bundle_root() -> Path:
    """The folder holding seeds/ and resources/: the repo, or the frozen app's folder."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    return bundle_root() / "seeds"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def data_dir(override: str | None = None) -> Path:
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def cache_dir(data_override: str | None = None) -> Path:
    """With --data-dir, the cache lives beside the data so a test leaves nothing behind."""
    if data_override:
        return Path(data_override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    """Where a windowed app (no console) writes its warnings."""
    folder = Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "jiangxin-reader.log"
