"""A parsed collection as JSON, so the library service can cache parsing by file hash."""

from __future__ import annotations

from typing import Any

from app.core.library import Collection, Essay, essay_id
from app.core.script import Script

# Bump when parsing changes what a file turns into: old caches (of imported files and of
# the sample and group folders alike) are then ignored and the files parsed again.
FORMAT = 1


def collection_to_json(collection: Collection) -> dict[str, Any]:
    """Everything but the id, group and title given at import: those live in the manifest."""
    return {"format": FORMAT, "title": collection.title, "script": collection.script.value,
            "date": collection.date, "source": collection.source,
            "description": collection.description,
            "essays": [[e.number, e.title, e.label, e.text] for e in collection.essays]}


def collection_from_json(data: dict[str, Any], cid: str, file_name: str, group: str,
                         title: str | None = None) -> Collection | None:
    """The cached collection under id `cid`; None when the cache is from another format or
    is not what `collection_to_json` wrote (a damaged cache is parsed again, not shown)."""
    if data.get("format") != FORMAT or not _well_formed(data):
        return None
    try:
        essays = tuple(Essay(essay_id(cid, number), number, heading, label, text, cid)
                       for number, heading, label, text in data["essays"])
        return Collection(cid, title or data["title"], Script(data["script"]), essays, file_name,
                          data.get("date"), data.get("source"), data.get("description", ""), group)
    except (KeyError, TypeError, ValueError):
        return None


def _well_formed(data: dict[str, Any]) -> bool:
    essays = data.get("essays")
    return (isinstance(data.get("title"), str) and isinstance(data.get("description", ""), str)
            and all(isinstance(data.get(key), str | None) for key in ("date", "source"))
            and isinstance(essays, list)
            and all(isinstance(e, list) and len(e) == 4 and type(e[0]) is int
                    and all(isinstance(part, str) for part in e[1:]) for e in essays))
