"""`notes` (Markdown, JSON, W3C JSON-LD, Readwise CSV, Obsidian), `notes import|delete` and
`annotate`: the window's notes.

Listings read the workspace as the window opens it (own notes and the group's, merged); changes
go through the same notes service as the window's, under the data folder's lock, and reach the
group file before the command ends.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from app.cli.common import CommandError, interface_language, owned_workspace, read_workspace, stored_form
from app.core.export import Notes, export_json, export_markdown
from app.core.export_obsidian import export_obsidian
from app.core.export_readwise import export_readwise
from app.core.jsonld import export_jsonld, new_or_newer
from app.core.jsonld_import import import_jsonld
from app.core.note_form import in_form
from app.core.notes import Annotation, new_annotation, new_reply, own_and_others, parse_tags
from app.core.reply_threads import listing, reply_threads
from app.core.script import Form
from app.core.search import find_in_text
from app.core.terminal import neutralise_controls
from app.core.textio import read_regular_text
from app.core.thread_facts import note_facts
from app.services.workspace import Workspace
from app.store import atomic_write_bytes


def print_notes(options: argparse.Namespace, out: TextIO) -> int:
    """What the window's Export Notes writes (Markdown or JSON), or W3C JSON-LD."""
    workspace = read_workspace(options)
    workspace.read_group_now()
    notes = workspace.notes
    visible = notes.annotations()
    if options.format in ("readwise", "obsidian"):
        return _export_for_others(workspace, options, out)
    me, state = notes.identity.id, workspace.study.state
    if options.format == "jsonld":
        json.dump(export_jsonld(visible, text_of=essay_text(workspace), study=state, me=me), out,
                  ensure_ascii=False, indent=1)
    elif options.format == "json":
        own = Notes([a for a in visible if notes.is_mine(a)], notes.bookmarks())
        document = json.loads(export_json(own))
        document["notes"] = listing(reply_threads(visible), me, convert=_note_form(options),
                                    facts=lambda note: note_facts(note, state, me))
        json.dump(document, out, ensure_ascii=False, indent=1)
    else:
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
        written = Notes(visible, notes.bookmarks(), state, me, _note_form(options))
        out.write(export_markdown(workspace.library, written, stored_form(workspace, options.form),
                                  interface_language(workspace), stamp))
        return 0
    out.write("\n")
    return 0


def _note_form(options: argparse.Namespace) -> Callable[[str], str]:
    """Note and reply text in the --form given (as written when none is given)."""
    form = Form(options.form) if options.form else Form.ORIGINAL
    return lambda text: in_form(text, form)


def _export_for_others(workspace: Workspace, options: argparse.Namespace, out: TextIO) -> int:
    """Readwise CSV on standard output, or Obsidian's files in the --output folder."""
    service = workspace.notes
    notes = Notes(service.annotations(), [], workspace.study.state, service.identity.id, _note_form(options))
    form = stored_form(workspace, options.form)
    if options.format == "readwise":
        out.write(export_readwise(workspace.library, notes, form))
        return 0
    if not options.output:
        raise CommandError("--format obsidian needs --output DIR, the folder for its files.")
    folder = Path(options.output)
    files = export_obsidian(workspace.library, notes, form)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            atomic_write_bytes(folder / name, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or error
        raise CommandError(f"the notes could not be written to {folder}: {reason}.") from None
    out.write(f"Wrote {len(files)} files to {folder}.\n")
    return 0


def annotate(options: argparse.Namespace, out: TextIO) -> int:
    """Highlight the first match of --quote (any script form), or reply to --reply-to."""
    with owned_workspace(options) as workspace:
        workspace.read_group_now()
        note = _reply(workspace, options) if options.reply_to else _highlight(workspace, options)
        workspace.notes.add_annotation(note, "annotate")
    out.write(note.id + "\n")
    return 0


def _highlight(workspace: Workspace, options: argparse.Namespace) -> Annotation:
    if not options.essay_id or not options.quote:
        raise CommandError("give an essay id and --quote TEXT (or --reply-to NOTE_ID --note TEXT).")
    library = workspace.library
    essay = library.essay(options.essay_id)
    if essay is None:
        raise CommandError(f"there is no essay {options.essay_id} (see `list --json`).")
    spans = find_in_text(essay.text, library.collection_of(essay).script, options.quote)
    if not spans:
        raise CommandError(f"“{options.quote}” is not in {essay.title}.")
    me = workspace.notes.identity
    return new_annotation(essay.id, essay.text, *spans[0], color=options.color, author=me.name,
                          note=options.note or "", tags=parse_tags(options.tags or ""), by=me,
                          shared=workspace.group.joined and not options.private, kind=options.kind or "")


def _reply(workspace: Workspace, options: argparse.Namespace) -> Annotation:
    if not options.note:
        raise CommandError("a reply needs --note TEXT.")
    parent = workspace.notes.annotation(options.reply_to)
    if parent is None:
        raise CommandError(f"there is no note {options.reply_to} that you can see.")
    return new_reply(parent, options.note, workspace.notes.identity)


def delete_note(options: argparse.Namespace, out: TextIO) -> int:
    """Leave a tombstone for one of the member's own notes (only its author deletes a note)."""
    with owned_workspace(options) as workspace:
        workspace.read_group_now()
        note = workspace.notes.annotation(options.note_id)
        if note is None or not workspace.notes.is_mine(note):
            raise CommandError(f"you have no note {options.note_id} (only its author deletes a note).")
        workspace.notes.delete_annotation(note.id, "delete")
    out.write(f"Deleted {options.note_id}\n")
    return 0


def import_notes(options: argparse.Namespace, out: TextIO) -> int:
    """Import W3C JSON-LD; importing the same file twice adds nothing."""
    try:
        document = json.loads(read_regular_text(Path(options.file)))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"{options.file} could not be read as JSON ({error}).") from None
    report = import_jsonld(document)
    with owned_workspace(options) as workspace:
        notes = workspace.notes
        kept, by_others = own_and_others(report.notes, notes.identity, as_mine=options.as_mine)
        fresh = new_or_newer(notes.own_annotations(), kept, datetime.now(UTC))
        if fresh:
            notes.put_annotations(fresh, "import")
    out.write(f"Imported {len(fresh)} of {len(report.notes)} notes.\n")
    for skipped in report.skipped:  # the file's own text: no terminal escape gets through
        out.write(neutralise_controls(f"Skipped {skipped}.".replace("\n", " ")) + "\n")
    if by_others:  # never published under our name unless asked
        out.write(f"Skipped {by_others} by other authors (--as-mine imports them as your own).\n")
    return 0


def essay_text(workspace: Workspace) -> Callable[[str], str | None]:
    """An essay's canonical text by id, None when it is not in the library."""
    def text_of(essay_id: str) -> str | None:
        essay = workspace.library.essay(essay_id)
        return essay.text if essay is not None else None
    return text_of
