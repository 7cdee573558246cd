"""`notes` (Markdown, JSON, W3C JSON-LD), `notes import|delete` and `annotate`: the window's notes.

Listings read the workspace as the window opens it (own notes and the group's, merged); changes
go through the same notes service as the window's, under the data folder's lock, and reach the
group file before the command ends.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from app.cli.common import CommandError, interface_language, owned_workspace, read_workspace, stored_form
from app.core.export import Notes, export_json, export_markdown
from app.core.jsonld import export_jsonld, import_jsonld, new_or_newer
from app.core.notes import Annotation, new_annotation, new_reply, own_and_others, parse_tags
from app.core.reply_threads import listing, reply_threads
from app.core.search import find_in_text
from app.services.workspace import Workspace


def print_notes(options: argparse.Namespace, out: TextIO) -> int:
    """What the window's Export Notes writes (Markdown or JSON), or W3C JSON-LD."""
    workspace = read_workspace(options)
    workspace.read_group_now()
    notes = workspace.notes
    visible = notes.annotations()
    if options.format == "jsonld":
        json.dump(export_jsonld(visible), out, ensure_ascii=False, indent=1)
    elif options.format == "json":
        own = Notes([a for a in visible if notes.is_mine(a)], notes.bookmarks())
        document = json.loads(export_json(own))
        document["notes"] = listing(reply_threads(visible), notes.identity.id)
        json.dump(document, out, ensure_ascii=False, indent=1)
    else:
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
        out.write(export_markdown(workspace.library, Notes(visible, notes.bookmarks()),
                                  stored_form(workspace, options.form), interface_language(workspace), stamp))
        return 0
    out.write("\n")
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
                          shared=workspace.group.joined and not options.private)


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
        document = json.loads(Path(options.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"{options.file} could not be read as JSON ({error}).") from None
    imported = import_jsonld(document)
    with owned_workspace(options) as workspace:
        notes = workspace.notes
        kept, skipped = own_and_others(imported, notes.identity, as_mine=options.as_mine)
        fresh = new_or_newer(notes.own_annotations(), kept, datetime.now(UTC))
        if fresh:
            notes.put_annotations(fresh, "import")
    out.write(f"Imported {len(fresh)} of {len(imported)} notes.\n")
    if skipped:  # never published under our name unless asked
        out.write(f"Skipped {skipped} by other authors (--as-mine imports them as your own).\n")
    return 0
