"""Keeps the reader's heat strip in step with the group's notes on the open essay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.core.heat import Mark, ParagraphHeat, paragraph_heat
from app.core.library import Essay
from app.core.notes import kind_of
from app.services.changes import NoteChanges
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.ui.notes.form_text import in_form
from app.ui.notes.kinds import kind_name
from app.ui.reader.heat_strip import HeatStrip
from app.ui.reader.view import ReaderView

TIP_TEXT_CHARS = 60  # of each note in the hover


class HeatController(QObject):
    """Draws, for the open essay, where members marked, asked and did not understand; only while
    in a group (alone, the highlights say it all). A click on a paragraph opens its thread."""

    def __init__(self, notes: NotesService, reading: ReadingService, reader: ReaderView, *,
                 in_group: Callable[[], bool], open_thread: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes, self.reading, self.reader = notes, reading, reader
        self.in_group = in_group
        self.strip = HeatStrip(reader)
        self.strip.opened.connect(open_thread)
        notes.notes_changed.connect(self._notes_changed)
        reading.essay_changed.connect(lambda _essay: self.refresh())
        reading.form_changed.connect(lambda _form: self.refresh())
        reader.top_offset_changed.connect(lambda _offset: self.strip.place())

    def _notes_changed(self, changes: NoteChanges) -> None:
        current = self.reading.current
        if current is not None and changes.touches(current.id):
            self.refresh()

    def refresh(self) -> None:
        essay = self.reading.current
        heat = self._heat(essay) if essay is not None and self.in_group() else []
        self.strip.set_heat(heat, [self._tip(h) for h in heat])

    def _heat(self, essay: Essay) -> list[ParagraphHeat]:
        placements = self.notes.placements(essay)
        marks = []
        for note in self.notes.annotations(essay.id):
            placed = placements.get(note.id)
            if note.is_reply or placed is None or placed.span is None:
                continue
            marks.append(Mark(placed.span[0], kind_of(note), note.author_id or "me",
                              note.author, note.note, note.id))
        return paragraph_heat(essay.text, marks)

    def _tip(self, heat: ParagraphHeat) -> str:
        """Who and what: "3 members" then a line per note, in the reader's script form."""
        form = self.reading.form
        lines = [self.tr("%n member(s) here", "", heat.members)]
        for mark in heat.entries:
            text = in_form(mark.text, form)
            text = text if len(text) <= TIP_TEXT_CHARS else text[:TIP_TEXT_CHARS] + "…"
            lines.append(f"{mark.author} · {kind_name(mark.kind)}" + (f": {text}" if text else ""))
        if heat.more:
            lines.append(self.tr("and %n more", "", heat.more))
        lines.append(self.tr("Click to open the thread"))
        return "\n".join(lines)
