"""The reader's highlights of the open essay's notes, drawn at once or a slice at a time.

When a large store's notes arrive after the first frame, the open essay may carry thousands of
them: placing each, grouping them into threads and making each highlight (its hover text) held
the window 150 ms in one turn. Then they are made a slice of time at a time and handed to the
reader in one go; a change meanwhile starts the drawing again, so nothing drawn is stale.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.library import Essay
from app.core.notes import kind_of
from app.core.reply_threads import ReplyThread
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.ui.notes.rows import NoteRows
from app.ui.reader.highlights import Highlight
from app.ui.reader.view import ReaderView

SLICE_S = 0.005  # the drawing in steps yields to the window this often
STEP = 32  # highlights made between two looks at the clock
TURN = True  # made by a step that ends its slice: what follows gets a turn of its own


class Highlighting(QObject):
    """Draws the open essay's notes in the reader, from the threads `rows` keeps."""

    drawn_in_steps = Signal()  # a drawing in steps is on screen

    def __init__(self, notes: NotesService, reading: ReadingService, reader: ReaderView,
                 rows: NoteRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes, self.reading, self.reader, self.rows = notes, reading, reader, rows
        self._making: Iterator[bool | None] | None = None
        self._made: list[Highlight] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)

    @property
    def drawing(self) -> bool:
        """Whether highlights are still being made a slice at a time."""
        return self._making is not None

    def draw(self) -> None:
        """Every highlight of the open essay, made now."""
        self._making = None
        self._timer.stop()
        essay = self.reading.current
        if essay is None:
            return
        placements = self.notes.placements(essay)
        self.reader.set_highlights([
            self.rows.drawn_thread(t, span).highlight(self.highlight)
            for t in self.rows.threads(essay.id)
            if (span := placements[t.note.id].span) is not None and not t.note.is_reply
        ])

    def draw_in_steps(self) -> None:
        """Every highlight of the open essay, made over the next turns of the event loop; the
        reader keeps what it shows until they are all made."""
        essay = self.reading.current
        if essay is None:
            self.draw()
            return
        self._made = []
        self._making = self._highlights(essay, self._made)
        self._timer.start()

    def draw_again(self) -> None:
        """Every highlight made again: in steps while drawing in steps (the notes just arrived)."""
        if self.drawing:
            self.draw_in_steps()
        else:
            self.draw()

    def redraw(self, essay: Essay, note_ids: frozenset[str]) -> None:
        """Only the highlights of these notes are made again (all of them while drawing in steps:
        the threads being drawn may be older than the change)."""
        if self.drawing:
            self.draw_in_steps()
            return
        threads = self.rows.essay_threads(essay.id).by_id
        changed = []
        for note_id in note_ids:
            thread = threads.get(note_id)
            span = self.notes.placement(essay, note_id) if thread is not None else None
            if thread is not None and span is not None and span.span is not None:
                changed.append(self.rows.drawn_thread(thread, span.span).highlight(self.highlight))
        self.reader.update_highlights(changed, note_ids - {h.id for h in changed})

    def highlight(self, thread: ReplyThread, span: tuple[int, int]) -> Highlight:
        return Highlight(thread.note.id, *span, thread.note.color, self.rows.tip(thread),
                         self.rows.owner_color(thread.note), kind_of(thread.note))

    def _highlights(self, essay: Essay, made: list[Highlight]) -> Iterator[bool | None]:
        """The essay's highlights into `made`, a None after each step of work; then what the
        reader draws of them made ahead, so handing them over (in a turn of its own) is short."""
        threads: list[ReplyThread] | None = None
        for threads in self.rows.threads_in_steps(essay.id):
            if threads is None:
                yield None
        for number, thread in enumerate(threads or [], 1):
            placement = self.notes.placement(essay, thread.note.id)
            span = placement.span if placement is not None else None
            if span is not None and not thread.note.is_reply:
                made.append(self.rows.drawn_thread(thread, span).highlight(self.highlight))
            if number % STEP == 0:
                yield None
        yield TURN  # its first step sorts and cuts them all into pieces: a slice of its own
        yield from self.reader.make_highlights_ahead(made)
        yield TURN

    def _next_slice(self) -> None:
        making = self._making
        if making is None:
            return
        deadline = time.perf_counter() + SLICE_S
        gc.freeze()  # what the slices made is kept: the window's collections need not walk it
        while time.perf_counter() < deadline:
            step = next(making, False)
            if step is False:  # every step made
                self._making = None
                self.reader.set_highlights(self._made)
                self.drawn_in_steps.emit()
                return
            if step is TURN:
                break
        self._timer.start()
