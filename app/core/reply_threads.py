"""Reply threads: a note and the replies under it (nothing to do with OS threads).

The notes panel, the command line's listing, the Markdown export and the handout all group notes
here, so a thread listed by `python -m app notes --format json` is the thread the panel shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from app.core.notes import Annotation


class ReplyThread(NamedTuple):
    """A note and the replies under it, oldest reply first."""

    note: Annotation
    replies: tuple[Annotation, ...]


def reply_threads(notes: Iterable[Annotation]) -> list[ReplyThread]:
    """Notes with their replies; a reply to a reply joins its root's thread; a reply whose note is
    gone (deleted, or not shared with us) stands as its own thread so it is never lost."""
    threads = next(reply_threads_in_steps(notes, 0))  # in one piece: the threads come first
    assert threads is not None
    return threads


def reply_threads_in_steps(notes: Iterable[Annotation],
                           pause_every: int) -> Iterator[list[ReplyThread] | None]:
    """`reply_threads`, a step of `pause_every` notes at a time (0: in one piece): None after
    each step, the threads last. The window makes an essay's 3,700 threads between its events
    (in one piece that held it 13 ms and more)."""
    by_id = {n.id: n for n in notes}
    replies: dict[str, list[Annotation]] = {}
    roots: list[Annotation] = []
    for number, note in enumerate(by_id.values(), 1):
        # most notes answer none: no walk up, and no sort of an empty list (100,000 notes)
        root = note if note.reply_to is None or note.reply_to not in by_id else _root(note, by_id)
        if root is note:
            roots.append(note)
        else:
            replies.setdefault(root.id, []).append(note)
        if pause_every and number % pause_every == 0:
            yield None
    threads: list[ReplyThread] = []
    for number, n in enumerate(roots, 1):
        threads.append(ReplyThread(n, _oldest_first(replies[n.id]) if n.id in replies else ()))
        if pause_every and number % pause_every == 0:
            yield None
    yield threads


def _oldest_first(replies: list[Annotation]) -> tuple[Annotation, ...]:
    return tuple(sorted(replies, key=lambda r: r.created))


def _root(note: Annotation, by_id: Mapping[str, Annotation]) -> Annotation:
    seen = {note.id}
    while note.reply_to is not None and note.reply_to in by_id and note.reply_to not in seen:
        note = by_id[note.reply_to]
        seen.add(note.id)
    return note


def _no_facts(_note: Annotation) -> dict[str, Any]:
    return {}


def _as_written(text: str) -> str:
    return text


def listing(thread_list: Iterable[ReplyThread], my_id: str,
            facts: Callable[[Annotation], dict[str, Any]] = _no_facts,
            convert: Callable[[str], str] = _as_written) -> list[dict[str, Any]]:
    """Plain JSON for scripts: id, author, essay, quote, note, replies. `facts`: what the group
    said of each note and reply (app.core.thread_facts: kind, votes, answer, resolved);
    `convert`: note text in the reader's script form (the original then kept as `note_original`)."""
    return [{**_entry(t.note, my_id, convert), "color": t.note.color, "tags": list(t.note.tags),
             "shared": t.note.shared, "reply_to": t.note.reply_to, **facts(t.note),
             "replies": [{**_entry(r, my_id, convert), **facts(r)} for r in t.replies]} for t in thread_list]


def _entry(note: Annotation, my_id: str, convert: Callable[[str], str]) -> dict[str, Any]:
    shown = convert(note.note)
    return {"id": note.id, "author": note.author, "author_id": note.author_id,
            "mine": note.author_id in ("", my_id), "essay": note.essay_id, "quote": note.anchor.exact,
            "note": shown, "created": note.created, "modified": note.modified,
            **({"note_original": note.note} if shown != note.note else {})}
