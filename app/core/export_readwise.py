"""Readwise CSV: the columns of Readwise's CSV import (Highlight, Title, Author, URL, Note,
Location, Date), one row per highlight, its tags as Readwise's inline `.tag`s in the note."""

from __future__ import annotations

import csv
import io

from app.core.export import LABELS, Notes
from app.core.jsonld import essay_source
from app.core.library import Library
from app.core.notes import ASKING_KINDS, Annotation, kind_of, place
from app.core.reply_threads import reply_threads
from app.core.script import Form, convert_text, detect_script
from app.core.study import note_key
from app.core.surrogates import utf8_safe
from app.core.thread_facts import fact_line, is_marked_answer

COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")


def export_readwise(library: Library, notes: Notes, form: Form) -> str:
    """The CSV text (the csv module quotes commas, quotes and line breaks in user text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    live = [a for a in notes.annotations if a.deleted is None]
    for thread in reply_threads(live):
        writer.writerow([utf8_safe(cell) for cell in _row(library, thread.note, thread.replies, form, notes)])
    return out.getvalue()


def _row(library: Library, note: Annotation, replies: tuple[Annotation, ...], form: Form,
         notes: Notes) -> list[str]:
    """One highlight; Author stays empty: a collection names no author."""
    essay = library.essay(note.essay_id)
    said = _note(note, replies, notes)
    if essay is None:  # not in the library: its quote, and its source for a title
        quote = note.anchor.exact
        return [convert_text(quote, detect_script(quote), form.target(detect_script(quote))), note.essay_id,
                "", essay_source(note.essay_id), said, "", _date(note)]
    script = library.collection_of(essay).script
    span = place(note.anchor, essay.text).span
    quote = essay.text[span[0]:span[1]] if span else note.anchor.exact
    return [convert_text(quote, script, form.target(script)),
            convert_text(essay.title, script, form.target(script)), "", essay_source(essay.id),
            said, str(span[0] + 1) if span else "", _date(note)]


def _note(note: Annotation, replies: tuple[Annotation, ...], notes: Notes) -> str:
    """The note, each reply on its own line, then the tags as `.tag` (Readwise's inline tags).
    With the group's records: what the group said of it (kind, 赞同, answered, resolved) on a
    line of its own, the reply the asker marked as the answer, and the kind as a tag too."""
    lines = [notes.convert(note.note)] if note.note else []
    study, labels = notes.study, LABELS["en"]
    if study is not None and (kind_of(note) in ASKING_KINDS or study.vote_count(note_key(note, notes.me))):
        lines.append(f"[{fact_line(note, study, notes.me, labels)}]")  # a plain highlight says nothing more
    for reply in replies:
        answer = study is not None and is_marked_answer(reply, note, study, notes.me)
        lines.append(f"↳ {reply.author}{' (' + labels['answer'] + ')' if answer else ''}: "
                     f"{notes.convert(reply.note)}")
    kind = [kind_of(note)] if study is not None and kind_of(note) in ASKING_KINDS else []
    tags = " ".join("." + "_".join(tag.split()) for tag in (*note.tags, *kind))
    return "\n".join([*lines, tags] if tags else lines)


def _date(note: Annotation) -> str:
    """Readwise reads "YYYY-MM-DD HH:MM:SS"."""
    return note.created[:19].replace("T", " ")
