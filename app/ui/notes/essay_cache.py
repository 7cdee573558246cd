"""What the window made of one essay's notes (reply threads, panel rows), changed note by note.

At 100,000 notes an essay may hold thousands: grouping them into threads again (one pass over
the essay) and sorting its rows again at each added note held the window for tens of
milliseconds. A change to one plain note (not a reply, nobody replying to it) replaces, adds or
drops that one thread and row; anything else asks for a rebuild.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from operator import itemgetter

from app.core.notes import Annotation
from app.core.reply_threads import ReplyThread, reply_threads, reply_threads_in_steps
from app.ui.notes.notes_model import AnnotationRow

THREADS_STEP = 32  # notes grouped into threads between two looks at the clock (with RowsJob's STEP: 1,024)


class EssayThreads:
    """An essay's reply threads by root note id, in the order `reply_threads` gives them."""

    def __init__(self, shown: list[Annotation], threads: list[ReplyThread] | None = None) -> None:
        """`threads`: those of `shown`, when made already (see `essay_threads_in_steps`)."""
        self.by_id = {t.note.id: t for t in (reply_threads(shown) if threads is None else threads)}
        self._answered = {n.reply_to for n in shown if n.reply_to is not None}  # ids someone replied to

    def threads(self) -> list[ReplyThread]:
        return list(self.by_id.values())

    def patch(self, note_id: str, note: Annotation | None) -> bool:
        """Show `note` (None: no longer shown) under `note_id`; False when replies are involved
        and the threads must be built again."""
        old = self.by_id.get(note_id)
        replies_involved = note_id in self._answered or (note is not None and note.is_reply)
        if replies_involved or (old is None and note is None):
            return False
        if note is None:
            del self.by_id[note_id]
        else:
            self.by_id[note_id] = ReplyThread(note, ())
        return True


def essay_threads_in_steps(shown: list[Annotation]) -> Iterator[EssayThreads | None]:
    """EssayThreads made between events: None after each step, the threads last."""
    threads: list[ReplyThread] | None = None
    for threads in reply_threads_in_steps(shown, THREADS_STEP):
        if threads is None:
            yield None
    yield EssayThreads(shown, threads)


class EssayRows:
    """An essay's panel rows, sorted by where their passage starts, and the tags they carry."""

    def __init__(self, keyed: list[tuple[int, AnnotationRow]],
                 tag_counts: Counter[str] | None = None) -> None:
        """`tag_counts`: of the rows' tags, when counted already (as a RowsJob made them)."""
        keyed.sort(key=itemgetter(0))  # stable: equal starts keep the threads' order
        self.keys = [key for key, _row in keyed]
        self.rows = [row for _key, row in keyed]
        self._tag_counts = tag_counts if tag_counts is not None else _tags_of(self.rows)

    @property
    def tags(self) -> frozenset[str]:
        return frozenset(self._tag_counts)

    def patch(self, note_id: str, made: tuple[int, AnnotationRow] | None) -> tuple[int, int]:
        """Replace the row of `note_id` by `made` (key, row), or drop it (None): where the old
        row was taken from and where the new one went (-1: none), for the list to follow."""
        number = next((n for n, row in enumerate(self.rows) if row.id == note_id), -1)
        if number >= 0:
            self._tag_counts.subtract(self.rows[number].tags)
            self._tag_counts += Counter()  # drops the tags no row carries any more
        if made is not None:
            self._tag_counts.update(made[1].tags)
        if number >= 0 and made is not None and self.keys[number] == made[0]:
            self.rows[number] = made[1]  # same place: the same spot among equal starts
            return number, number
        if number >= 0:
            del self.keys[number], self.rows[number]
        at = -1
        if made is not None:
            at = bisect_right(self.keys, made[0])
            self.keys.insert(at, made[0])
            self.rows.insert(at, made[1])
        return number, at


def _tags_of(rows: Iterable[AnnotationRow]) -> Counter[str]:
    return Counter(chain.from_iterable(row.tags for row in rows))


class RowsJob:
    """An essay's rows being made a few at a time, so a long list is made between events."""

    STEP = 32  # rows (or steps of other work) made between two looks at the clock

    def __init__(self, making: Iterator[tuple[int, AnnotationRow] | None]) -> None:
        """`making` gives the rows; a None is a step of work before them (their threads)."""
        self._making = making
        self.made: list[tuple[int, AnnotationRow]] = []
        self.tags: Counter[str] = Counter()  # counted a step at a time (3,700 rows at once: 3 ms)

    def run(self, deadline: float | None) -> bool:
        """Make rows until `deadline` (None: until done), a step at least, so each call makes
        progress; True once every row is made."""
        while True:
            step = list(islice(self._making, self.STEP))
            rows = [made for made in step if made is not None]
            self.made += rows
            self.tags.update(chain.from_iterable(row.tags for _key, row in rows))
            if len(step) < self.STEP:
                return True
            if deadline is not None and time.perf_counter() >= deadline:
                return False
