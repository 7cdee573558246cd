"""A parsed collection as JSON, so the library service can cache parsing by file hash."""

from __future__ import annotations

from typing import Any

from app.core.library import Collection, Essay, essay_id
from app.core.script import Script

FORMAT = 1  # bump when parsing changes what a file turns into: old caches are ignored


def collection_to_json(collection: Collection) -> dict[str, Any]:
    """Everything but the id, group and title given at import: those live in the manifest."""
    return {"format": FORMAT, "title": collection.title, "script": collection.script.value,
            "date": collection.date, "source": collection.source,
            "description": collection.description,
            "essays": [[e.number, e.title, e.label, e.text] for e in collection.essays]}


def collection_from_json(data: dict[str, Any], cid: str, file_name: str, group: str,
                         title: str | None = None) -> Collection | None:
    """The cached collection under id `cid`; None when the cache is from another format."""
    if data.get("format") != FORMAT:
        return None
    try:
        essays = tuple(Essay(essay_id(cid, number), number, heading, label, text, cid)
                       for number, heading, label, text in data["essays"])
        return Collection(cid, title or data["title"], Script(data["script"]), essays, file_name,
                          data.get("date"), data.get("source"), data.get("description", ""), group)
    except (KeyError, TypeError, ValueError):
        return None
