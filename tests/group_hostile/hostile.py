"""Helpers of the hostile-folder suite: a real group folder, and files no honest app wrote."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.group import member_document
from app.core.group_folder import member_file_path
from app.core.notes import Annotation, Author, new_annotation
from app.store.groupfiles import create_group_folder, write_member_file

TEXT = "真正具有工匠精神的組織，會把每一件小事做到極致。"
ALICE = Author("Alice", "alice-id", "#1971c2", "alice-laptop")
MALLORY = Author("Mallory", "mallory-id", "#c2255c", "mallory-pc")
ME = Author("Me", "me-id", "#2f9e44", "me-desk")


def now() -> datetime:
    return datetime.now(UTC)


def note(by: Author, start: int = 0, text: str = "") -> Annotation:
    return new_annotation("c#1", TEXT, start, start + 4, color="yellow", author=by.name, note=text,
                          by=by, shared=True)


def group_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "group"
    create_group_folder(folder, "g")
    return folder


def publish(folder: Path, by: Author, notes: list[Annotation]) -> Path:
    return write_member_file(folder, by, [n.to_json() for n in notes])


def write_raw(folder: Path, folder_author: str, device: str, document: dict[str, Any]) -> Path:
    """A member file written by hand, as anyone with the share could write one."""
    path = member_file_path(folder, folder_author, device)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def forged(folder: Path, folder_author: str, header: Author, records: list[dict[str, Any]],
           device: str = "forged") -> Path:
    """A file in `folder_author`'s folder whose header says `header` wrote it."""
    return write_raw(folder, folder_author, device,
                     member_document(header, "2026-05-01T00:00:00+00:00", records))
