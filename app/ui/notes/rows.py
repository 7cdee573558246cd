"""The notes panels' rows and the reply threads they show, made once and changed note by note.

The controller draws highlights and answers the reader's commands; this keeps what both panels
list: each essay's threads and rows (cached, built a slice of time at a time for the whole
library) and the bookmarks' rows.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.core.library import Essay
from app.core.note_form import in_form
from app.core.notes import Annotation, kind_of
from app.core.reply_threads import ReplyThread, reply_threads
from app.services.changes import NoteChanges
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.ui.common.plain import plain_tooltip
from app.ui.notes.drafts import ReplyContext
from app.ui.notes.essay_cache import EssayRows, EssayThreads, RowsJob, essay_threads_in_steps
from app.ui.notes.notes_model import AnnotationRow
from app.ui.notes.panels import AnnotationsPanel, BookmarkRow, BookmarksPanel
from app.ui.reader.highlights import Highlight

FILL_SLICE_S = 0.005  # building other essays' panel rows yields to the window this often
PANEL_STEP_S = 0.5  # meanwhile the panel shows the rows made so far this often


def _not_in_library() -> str:
    # the controller's context: these rows were made there before and keep their translation
    return QCoreApplication.translate("NotesController", "not in the library")


class NoteRows(QObject):
    """What the notes and bookmarks panels list, and the threads behind the reader's highlights."""

    def __init__(self, notes: NotesService, reading: ReadingService, annotations_panel: AnnotationsPanel,
                 bookmarks_panel: BookmarksPanel, *, member_color: Callable[[str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.reading = reading
        self.annotations_panel = annotations_panel
        self.bookmarks_panel = bookmarks_panel
        self.member_color = member_color
        self.show_others = True
        self._essay_rows: dict[str, EssayRows] = {}  # essay id → its panel rows (cache)
        self._essay_threads: dict[str, EssayThreads] = {}  # essay id → its threads (cache)
        self._row_jobs: dict[str, RowsJob] = {}  # essay id → its rows, being made
        self._drawn: dict[str, _Drawn] = {}  # note id → its panel row and highlight, as last made
        self._panel_shown_at = 0.0  # while rows are still being made: when the panel last took them
        self._stepped = False  # this turn's fill has made rows already
        self._current_in_steps = False  # the open essay's rows are made a slice at a time too
        self._fill_timer = QTimer(self)  # builds the rows still missing, at the next turn
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(lambda: self.fill_annotations(next_slice=True))

    @property
    def filling(self) -> bool:
        """Whether rows of the essays listed are still being made, a slice at a time."""
        return self._fill_timer.isActive()

    @property
    def opened_filling(self) -> bool:
        """Whether the open essay's rows are still being made, a slice at a time."""
        return self._current_in_steps

    def clear(self) -> None:
        """Forget everything made: the next fill makes it again."""
        self._essay_rows.clear()
        self._row_jobs.clear()
        self._current_in_steps = False
        self._essay_threads.clear()
        self._drawn.clear()

    def forget_essay(self, essay_id: str) -> None:
        self.forget_rows(essay_id)
        self._essay_threads.pop(essay_id, None)

    def essay_threads(self, essay_id: str) -> EssayThreads:
        """The essay's threads as last made (made now if they were not)."""
        self.threads(essay_id)
        return self._essay_threads[essay_id]

    def patch_essays(self, changes: NoteChanges) -> frozenset[str]:
        """The essays whose threads and rows a change to a few own notes could update in place."""
        if not changes.notes or changes.group:
            return frozenset()
        return frozenset(essay for essay in changes.own if self._patch_essay(essay, changes.notes))

    def _patch_essay(self, essay_id: str, note_ids: frozenset[str]) -> bool:
        threads, essay = self._essay_threads.get(essay_id), self.reading.library.essay(essay_id)
        if threads is None or essay is None:
            return False
        self._row_jobs.pop(essay_id, None)  # rows being made from the threads as they were
        for note_id in note_ids:
            note = self.notes.annotation(note_id)
            shown = note is not None and note.essay_id == essay_id and self.shown(note)
            if not threads.patch(note_id, note if shown else None):
                return False
        rows = self._essay_rows.get(essay_id)
        if rows is not None:
            label = self.label(essay)
            for note_id in note_ids:
                thread = threads.by_id.get(note_id)
                made = None if thread is None else self._keyed_row(essay, thread, label)
                old, new = rows.patch(note_id, made)
                self.annotations_panel.patch_row(essay_id, old, new, None if made is None else made[1],
                                                 self._listed_tags())
        return True

    def _listed_tags(self) -> frozenset[str]:
        """The tags of the rows the panel lists."""
        listed = (self._essay_rows.get(key) for key, _rows in self.annotations_panel.model.parts())
        return frozenset().union(*(rows.tags for rows in listed if rows is not None))

    def drawn_thread(self, thread: ReplyThread, span: tuple[int, int] | None) -> _Drawn:
        """What was made for this thread before, while its notes and place are the same."""
        drawn = self._drawn.get(thread.note.id)
        if drawn is None or drawn.thread != thread or drawn.span != span:
            drawn = self._drawn[thread.note.id] = _Drawn(thread, span)
        return drawn

    def threads(self, essay_id: str) -> list[ReplyThread]:
        """The essay's notes with their replies; others' left out when the reader hides them."""
        threads = self._essay_threads.get(essay_id)
        if threads is None:
            threads = self._essay_threads[essay_id] = EssayThreads(self._shown_notes(essay_id))
        return threads.threads()

    def _shown_notes(self, essay_id: str) -> list[Annotation]:
        notes = self.notes.annotations(essay_id)
        return notes if self.show_others else [a for a in notes if self.shown(a)]

    def shown(self, note: Annotation) -> bool:
        return self.show_others or self.notes.is_mine(note)

    def owner_color(self, note: Annotation) -> str:
        """Others' highlights are drawn in their member colour; ours in the colour we chose."""
        return "" if self.notes.is_mine(note) else (self.member_color(note.author_id) or "#868e96")

    def tip(self, thread: ReplyThread) -> str:
        note = thread.note
        tag_line = " ".join(f"#{t}" for t in note.tags)
        said = self.said(note)
        head = said if self.notes.is_mine(note) else f"{note.author}: {said}".rstrip(": ")
        lines = [head, tag_line, *(f"↳ {r.author}: {self.said(r)}" for r in thread.replies)]
        return plain_tooltip("\n".join(part for part in [*lines, self.written(thread)] if part))

    def said(self, note: Annotation) -> str:
        """What a note says as shown: another member's words in the reader's script form (a
        question written in 繁體 reads in 简体 for a 简体 reader); our own as we wrote them."""
        return note.note if self.notes.is_mine(note) else in_form(note.note, self.reading.form)

    def written(self, thread: ReplyThread) -> str:
        """The thread's texts that the script form changed, as their authors wrote them ("" when
        none changed): the hover shows the original under the converted text."""
        changed = "\n".join(n.note for n in (thread.note, *thread.replies) if self.said(n) != n.note)
        return f"{self.tr('As written:')}\n{changed}" if changed else ""

    def reply_context(self, note: Annotation) -> ReplyContext:
        """What a reply to `note` answers, as the reader sees it: the passage, the note, and the
        replies already in its thread."""
        essay = self.reading.library.essay(note.essay_id)
        quote = self.display(note.anchor.exact, essay) if essay is not None else note.anchor.exact
        thread = next((t for t in reply_threads(self.notes.annotations(note.essay_id))
                       if note.id in {t.note.id, *(r.id for r in t.replies)}), None)
        replies = thread.replies if thread is not None else ()
        return ReplyContext(quote, note.author, self.said(note),
                            tuple((r.author, self.said(r)) for r in replies if r.id != note.id))

    def display(self, text: str, essay: Essay) -> str:
        views, form = self.reading.views, self.reading.form
        source = views.source_script(essay)
        return views.title(text, source, form.target(source), form=form)

    def label(self, essay: Essay) -> str:
        return self.reading.views.essay_label(essay, self.reading.form)

    # -- the notes panel ------------------------------------------------------------------------

    def fill_annotations(self, *, next_slice: bool = False, in_steps: bool = False) -> None:
        """The panel's rows, built again only for the essays whose notes changed since. Other
        essays' rows are built a slice of time at a time ("all notes in the library" at 100,000
        notes took seconds): the panel lists what is built and fills in at the next turns
        (`next_slice`: one of those turns; the panel then takes the rows made only now and then).
        `in_steps`: the open essay's too, until this fill is done (its 3,700 rows, made when a
        large store's notes arrived, held the window 100 ms and more)."""
        self._current_in_steps = in_steps or self._current_in_steps  # until this fill is done
        current = None if self._current_in_steps else self.reading.current
        whole_library = self.annotations_panel.all_notes.isChecked()
        deadline = time.perf_counter() + FILL_SLICE_S
        self._stepped = False  # each turn makes some rows, however short its slice
        if self._current_in_steps:  # notes just arrived: what the slices made is kept, not walked
            gc.freeze()
        if self._current_in_steps and (opened := self.reading.current) is not None:  # its rows first
            self._rows_of(opened.id, partial(self._annotation_rows, opened), deadline)
        parts = [(essay.id, self._rows_of(essay.id, partial(self._annotation_rows, essay),
                                          None if essay is current else deadline))
                 for essay in self.reading.library.essays()
                 if whole_library or essay is self.reading.current]
        parts += self._missing_annotations(deadline)
        built = [(essay_id, rows) for essay_id, rows in parts if rows is not None]
        unfinished = len(built) < len(parts)
        opened = self.reading.current  # once its rows are made, the rest is the library's
        self._current_in_steps &= unfinished and opened is not None and opened.id not in self._essay_rows
        if unfinished:
            self._fill_timer.start()
            if next_slice and time.perf_counter() - self._panel_shown_at < PANEL_STEP_S:
                return  # a list of 100,000 rows is not laid out again at every slice
        self.annotations_panel.show_parts([(essay_id, rows.rows) for essay_id, rows in built],
                                          frozenset().union(*(rows.tags for _id, rows in built)))
        self._panel_shown_at = time.perf_counter() if unfinished else 0.0

    def _rows_of(self, essay_id: str, make: Callable[[], Iterator[tuple[int, AnnotationRow] | None]],
                 deadline: float | None = None) -> EssayRows | None:
        """The essay's rows; with a `deadline`, made until then and None while unfinished (the
        rest is made at the next call)."""
        rows = self._essay_rows.get(essay_id)
        if rows is not None:
            return rows
        if deadline is not None and self._stepped and time.perf_counter() >= deadline:
            return None  # the slice is spent: the next turn goes on (a step for each of 80 essays took 60 ms)
        self._stepped = True
        job = self._row_jobs.setdefault(essay_id, RowsJob(make()))
        if not job.run(deadline):
            return None
        del self._row_jobs[essay_id]
        rows = self._essay_rows[essay_id] = EssayRows(job.made, job.tags)
        return rows

    def forget_rows(self, essay_id: str) -> None:
        self._essay_rows.pop(essay_id, None)
        self._row_jobs.pop(essay_id, None)

    def _annotation_rows(self, essay: Essay) -> Iterator[tuple[int, AnnotationRow] | None]:
        """The essay's rows; its threads first made a step at a time (None: a step done) when
        they were not made yet (an essay of 3,700 notes held the window 13 ms and more)."""
        threads: list[ReplyThread] | None = None
        for threads in self.threads_in_steps(essay.id):
            if threads is None:
                yield None
        label = self.label(essay)
        for thread in threads or []:
            yield self._keyed_row(essay, thread, label)

    def threads_in_steps(self, essay_id: str) -> Iterator[list[ReplyThread] | None]:
        """`threads`, made a step at a time (None: a step done) when they were not made yet."""
        if essay_id not in self._essay_threads:
            made: EssayThreads | None = None
            for made in essay_threads_in_steps(self._shown_notes(essay_id)):
                if made is None:
                    yield None
            assert made is not None
            self._essay_threads.setdefault(essay_id, made)  # another's, if it made them meanwhile
        yield self.threads(essay_id)

    def _keyed_row(self, essay: Essay, thread: ReplyThread, label: str) -> tuple[int, AnnotationRow]:
        """A thread's row and where it sorts (the start of its passage; lost passages last)."""
        placement = self.notes.placement(essay, thread.note.id)
        span = placement.span if placement is not None else None
        row = self.drawn_thread(thread, span).row(partial(self._annotation_row, essay, label))
        return (span[0] if span else len(essay.text)), row

    def _annotation_row(self, essay: Essay, label: str, t: ReplyThread,
                        span: tuple[int, int] | None) -> AnnotationRow:
        a = t.note
        quote = essay.text[span[0]:span[1]] if span else a.anchor.exact
        return AnnotationRow(
            a.id, essay.id, label, self.display(quote, essay), self.said(a), a.color,
            a.tags, a.author, a.modified, span is None, author_id=a.author_id,
            mine=self.notes.is_mine(a), owner_color=self.owner_color(a),
            replies=tuple((r.author, self.said(r)) for r in t.replies),
            shared=a.shared, is_reply=a.is_reply, written=self.written(t), kind=kind_of(a),
            reply_ids=tuple(r.id for r in t.replies))

    def _missing_annotations(self, deadline: float) -> list[tuple[str, EssayRows | None]]:
        """Notes whose essay is not in the library (removed, renamed, unreadable): always listed,
        with their quote, so nothing disappears; they return to their essay when it does."""
        library = self.reading.library
        return [(essay_id, self._rows_of(essay_id, partial(self._missing_rows, essay_id), deadline))
                for essay_id in self.notes.annotated_essays() if library.essay(essay_id) is None]

    def _missing_rows(self, essay_id: str) -> Iterator[tuple[int, AnnotationRow]]:
        label = _not_in_library()
        for a in self.notes.annotations(essay_id):
            yield 0, AnnotationRow(
                a.id, a.essay_id, label, a.anchor.exact, a.note, a.color, a.tags, a.author,
                a.modified, True, missing=True, author_id=a.author_id, mine=self.notes.is_mine(a),
                owner_color=self.owner_color(a))

    # -- the bookmarks panel --------------------------------------------------------------------

    def fill_bookmarks(self) -> None:
        rows = []
        for essay in self.reading.library.essays():
            for b in sorted(self.notes.bookmarks(essay.id), key=lambda b: b.anchor.start):
                rows.append(BookmarkRow(b.id, essay.id, self.label(essay), self.display(b.name, essay),
                                        b.created, self.display(b.anchor.exact, essay)))
        rows += [BookmarkRow(b.id, b.essay_id, _not_in_library(), b.name, b.created,
                             b.anchor.exact)
                 for b in self.notes.bookmarks() if self.reading.library.essay(b.essay_id) is None]
        self.bookmarks_panel.set_rows(rows)


class _Drawn:
    """A thread's panel row and highlight, made when first asked for (a change among 3,000
    notes of an essay makes one row and one highlight, not 3,000)."""

    def __init__(self, thread: ReplyThread, span: tuple[int, int] | None) -> None:
        self.thread, self.span = thread, span
        self._row: AnnotationRow | None = None
        self._highlight: Highlight | None = None

    def row(self, make: Callable[[ReplyThread, tuple[int, int] | None], AnnotationRow]) -> AnnotationRow:
        if self._row is None:
            self._row = make(self.thread, self.span)
        return self._row

    def highlight(self, make: Callable[[ReplyThread, tuple[int, int]], Highlight]) -> Highlight:
        if self._highlight is None:
            assert self.span is not None, "only a placed note is highlighted"
            self._highlight = make(self.thread, self.span)
        return self._highlight
