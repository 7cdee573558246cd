"""Keeps the reader's heat strip in step with the group's notes on the open essay."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.note_form import in_form
from app.services.changes import NoteChanges
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.services.study import StudyService
from app.ui.notes.kinds import kind_name
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from app.core.study_heat import ParagraphHeat
    from app.ui.reader.heat_strip import HeatBand, HeatStrip

TIP_TEXT_CHARS = 60  # of each note in the hover
TIP_ENTRIES = 12  # notes listed in a hover; the thread holds the rest


class HeatController(QObject):
    """Draws, for the open essay, where members marked, asked and did not understand; only while
    in a group (alone, the highlights say it all). A click on a paragraph opens its thread."""

    def __init__(self, study: StudyService, notes: NotesService, reading: ReadingService,
                 reader: ReaderView, *, in_group: Callable[[], bool], open_thread: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.study, self.notes, self.reading, self.reader = study, notes, reading, reader
        self.in_group, self._open_thread = in_group, open_thread
        self._strip: HeatStrip | None = None  # made when there is first heat to draw (in a group)
        notes.notes_changed.connect(self._notes_changed)
        reading.essay_changed.connect(lambda _essay: self.refresh())
        reading.form_changed.connect(lambda _form: self.refresh())
        reader.top_offset_changed.connect(lambda _offset: self._strip and self._strip.place())

    @property
    def strip(self) -> HeatStrip:
        if self._strip is None:
            from app.ui.reader.heat_strip import HeatStrip  # noqa: PLC0415  (only a group needs it)

            self._strip = HeatStrip(self.reader)
            self._strip.opened.connect(self._open_thread)
        return self._strip

    def _notes_changed(self, changes: NoteChanges) -> None:
        current = self.reading.current
        if current is not None and changes.touches(current.id):
            self.refresh()

    def refresh(self) -> None:
        essay = self.reading.current
        if self._strip is None and not self.in_group():
            return  # nothing drawn yet, nothing to draw
        from app.core.study_heat import paragraph_heat, paragraph_starts  # noqa: PLC0415  (see strip)
        from app.ui.reader.heat_strip import HeatBand  # noqa: PLC0415  (see strip)

        bands: list[HeatBand] = []
        if essay is not None and self.in_group():
            starts = paragraph_starts(essay.text)
            placements = self.notes.placements(essay)  # placed once by the notes service, kept
            placed = ((n, p.span) for n in self.notes.annotations(essay.id)
                      if not n.is_reply and (p := placements.get(n.id)) is not None)
            heat = paragraph_heat(essay.text, placed)
            bands = [HeatBand(starts[number], h) for number, h in heat.items() if number < len(starts)]
        self.strip.set_heat(bands, [self._tip(b.heat) for b in bands])

    def _tip(self, heat: ParagraphHeat) -> str:
        """Who and what: "3 members here", then a line per note in the reader's script form."""
        form = self.reading.form
        lines = [self.tr("%n member(s) here", "", len(heat.marked))]
        asking = sorted(heat.entries, key=lambda e: e.kind not in ("question", "confused"))
        for entry in asking[:TIP_ENTRIES]:
            text = in_form(entry.text, form)
            text = text if len(text) <= TIP_TEXT_CHARS else text[:TIP_TEXT_CHARS] + "…"
            lines.append(f"{entry.author} · {kind_name(entry.kind)}" + (f": {text}" if text else ""))
        if len(heat.entries) > TIP_ENTRIES:
            lines.append(self.tr("and %n more", "", len(heat.entries) - TIP_ENTRIES))
        lines.append(self.tr("Click to open the thread"))
        return "\n".join(lines)
