"""What a member sees of the group's notes: their own and everyone's shared ones, merged, in reply
threads (a note and the replies under it; nothing to do with OS threads).

The window, the command line and the exports all build the member's view here, so a note listed
by `python -m app notes --format json` is the note drawn in the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.merge import Merged, Record, is_note_record, merge_into
from app.core.notes import Annotation


def visible_notes(own: Iterable[Annotation], group: Merged | None, now: datetime) -> list[Annotation]:
    """The member's live notes and the group's, one version per note id (the merge's winner)."""
    mine = {a.id: a for a in own}
    if not group:
        return [a for a in mine.values() if a.deleted is None]
    merged: Merged = dict(group)
    merge_into(merged, (a.to_json() for a in mine.values()), now)
    out = []
    for note_id, record in merged.items():
        if record.get("deleted") is not None:
            continue
        held = mine.get(note_id)
        # our own object when our version won: same identity, no second parse
        if held is not None and (held.modified, held.device) == (record["modified"], record.get("device")):
            out.append(held)
        elif is_note_record(record):  # another member's file may hold it incomplete: not shown
            out.append(Annotation.from_json(record))
    return out


@dataclass(frozen=True)
class ReplyThread:
    """A note and the replies under it, oldest reply first."""

    note: Annotation
    replies: tuple[Annotation, ...]


def reply_threads(notes: Iterable[Annotation]) -> list[ReplyThread]:
    """Notes with their replies; a reply to a reply joins its root's thread; a reply whose note is
    gone (deleted, or not shared with us) stands as its own thread so it is never lost."""
    by_id = {n.id: n for n in notes}
    replies: dict[str, list[Annotation]] = {}
    roots: list[Annotation] = []
    for note in by_id.values():
        root = _root(note, by_id)
        if root is note:
            roots.append(note)
        else:
            replies.setdefault(root.id, []).append(note)
    return [ReplyThread(n, tuple(sorted(replies.get(n.id, ()), key=lambda r: r.created))) for n in roots]


def _root(note: Annotation, by_id: Mapping[str, Annotation]) -> Annotation:
    seen = {note.id}
    while note.reply_to is not None and note.reply_to in by_id and note.reply_to not in seen:
        note = by_id[note.reply_to]
        seen.add(note.id)
    return note


def listing(thread_list: Iterable[ReplyThread], my_id: str) -> list[dict[str, Any]]:
    """Plain JSON for scripts: id, author, essay, quote, note, replies."""
    return [{**_entry(t.note, my_id), "color": t.note.color, "tags": list(t.note.tags),
             "shared": t.note.shared, "reply_to": t.note.reply_to,
             "replies": [_entry(r, my_id) for r in t.replies]} for t in thread_list]


def _entry(note: Annotation, my_id: str) -> dict[str, Any]:
    return {"id": note.id, "author": note.author, "author_id": note.author_id,
            "mine": note.author_id in ("", my_id), "essay": note.essay_id, "quote": note.anchor.exact,
            "note": note.note, "created": note.created, "modified": note.modified}


def records_of(notes: Iterable[Annotation]) -> list[Record]:
    return [n.to_json() for n in notes]
