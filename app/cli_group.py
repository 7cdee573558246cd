"""Headless group and note commands: the same core, store and group-file code as the window.

`group create|join|status|leave`, `annotate`, `notes import|delete` and the `json`/`jsonld`
listings of every note the member can see. Commands that change notes hold the data folder's
lock (the window's too), save the store atomically, then publish the member's own group file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QLockFile

from app.cli import whole_library
from app.core.export import Notes, export_json
from app.core.group import GroupError, GroupReader, member_file_path, read_group_info
from app.core.group_essays import load_group_essays
from app.core.jsonld import JsonLdError, export_jsonld, import_jsonld, new_or_newer
from app.core.library import Library
from app.core.notes import Annotation, Bookmark, login_name, new_annotation, new_reply, parse_tags
from app.core.reply_threads import listing, reply_threads, visible_notes
from app.core.search import find_in_text
from app.paths import data_dir
from app.store import Store
from app.store.groupfiles import (
    create_group_folder,
    group_copy,
    join_group,
    joined_folder,
    leave_group,
    store_author,
    write_member_file,
)

LOCK_WAIT_MS = 3000


class CommandError(Exception):
    """A problem the user can fix; printed as it is, exit status 1."""


def run(handler: Any, options: argparse.Namespace, out: TextIO) -> int:
    """Run a command; a CommandError or GroupError becomes a message and exit status 1."""
    try:
        code: int = handler(options, out)
    except (CommandError, GroupError, JsonLdError) as error:
        print(f"{options.command}: {error}", file=sys.stderr)
        return 1
    return code


# -- the store, owned for one change ------------------------------------------------------------

@contextmanager
def owned_store(options: argparse.Namespace) -> Iterator[Store]:
    """The store, locked against the window and other commands, saved and published on success."""
    folder = data_dir(options.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "store.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(LOCK_WAIT_MS):
        raise CommandError("the app has this data folder open; make the change there, or close it first.")
    try:
        store = Store(folder)
        for message in store.load():
            print(message, file=sys.stderr)
        if store.read_only:
            raise CommandError("the data folder is read-only; nothing was changed.")
        yield store
        store.save()
        publish(store)
    finally:
        lock.unlock()


def publish(store: Store) -> None:
    """Write this device's group file, if in a group; an unreachable folder is only a notice."""
    folder = joined_folder(store)
    if folder is None:
        return
    try:
        write_member_file(folder, store_author(store), store.notes("annotations"))
    except OSError as error:
        print(f"The group folder could not be written ({error.strerror or error}); your notes are "
              "saved here and will be shared when it can be reached.", file=sys.stderr)


def read_store(options: argparse.Namespace) -> Store:
    store = Store(data_dir(options.data_dir), read_only=True)
    for message in store.load():
        print(message, file=sys.stderr)
    return store


# -- group ---------------------------------------------------------------------------------------

def group_command(options: argparse.Namespace, out: TextIO) -> int:
    handlers = {"create": _group_create, "join": _group_join, "status": _group_status,
                "leave": _group_leave}
    return handlers[options.group_command](options, out)


def _group_create(options: argparse.Namespace, out: TextIO) -> int:
    folder = Path(options.folder)
    info = create_group_folder(folder, options.name)
    with owned_store(options) as store:
        join_group(store, folder, options.member)
    out.write(f"Created group “{info.name}” ({info.id}) in {folder}\n")
    return 0


def _group_join(options: argparse.Namespace, out: TextIO) -> int:
    folder = Path(options.folder)
    with owned_store(options) as store:
        info = join_group(store, folder, options.member)
    out.write(f"Joined group “{info.name}” ({info.id}) as {options.member}\n")
    return 0


def _group_leave(options: argparse.Namespace, out: TextIO) -> int:
    with owned_store(options) as store:
        if joined_folder(store) is None:
            raise CommandError("this data folder is in no group.")
        publish(store)  # the last word: tombstones and edits reach the group before we go
        leave_group(store)
    out.write("Left the group; your notes stay here.\n")
    return 0


def _group_status(options: argparse.Namespace, out: TextIO) -> int:
    store = read_store(options)
    folder = joined_folder(store)
    if folder is None:
        out.write("Not in a group.\n")
        return 0
    info = read_group_info(folder)
    me = store_author(store)
    snapshot = GroupReader(folder).read(datetime.now(UTC))  # our own file too: we are a member
    for notice in snapshot.notices:
        print(notice, file=sys.stderr)
    document = {"group": {"id": info.id, "name": info.name, "folder": str(folder)},
                "me": {"author_id": me.id, "name": me.name, "device": me.device, "color": me.color},
                "members": [{"author_id": m.author_id, "name": m.name, "color": m.color, "notes": m.notes,
                             "replies": m.replies, "last_activity": m.last_activity,
                             "devices": len(m.devices)} for m in snapshot.members.values()],
                "notices": [str(n) for n in snapshot.notices]}
    json.dump(document, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return 0


# -- what the member sees ------------------------------------------------------------------------

def member_view(store: Store) -> list[Annotation]:
    """Own live notes and the group's shared ones, merged (the window shows the same)."""
    own = [Annotation.from_json(a) for a in store.notes("annotations")]
    folder = joined_folder(store)
    if folder is None:
        return visible_notes(own, None, datetime.now(UTC))
    me = store_author(store)
    snapshot = GroupReader(folder, member_file_path(folder, me.id, me.device)).read(datetime.now(UTC))
    if not snapshot.reachable:  # as the window does: the others' notes as last seen
        print("The group folder is out of reach: the group's notes are shown as they were last seen.",
              file=sys.stderr)
        copy = group_copy(store)
        if copy is not None:
            snapshot = GroupReader(copy.root).read(datetime.now(UTC))
    for notice in snapshot.notices:
        print(notice, file=sys.stderr)
    return visible_notes(own, snapshot.merged, datetime.now(UTC))


def member_library(store: Store) -> Library:
    """The library the window lists (imports, samples) plus the group's essays/ (ids derived from
    the group id and the file names)."""
    override = None if store.folder == data_dir(None) else str(store.folder)
    library = whole_library(override, store)
    folder = joined_folder(store)
    group = store.data.get("group", {})
    if folder is not None and isinstance(group.get("id"), str):
        extra = load_group_essays(folder, group["id"])
        library.collections += extra.collections
        library.problems += extra.problems
    return library


def list_notes(options: argparse.Namespace, out: TextIO) -> int:
    """`notes --format json|jsonld`: every note the member can see."""
    store = read_store(options)
    notes = member_view(store)
    if options.format == "jsonld":
        json.dump(export_jsonld(notes), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    own = Notes([a for a in notes if a.author_id in ("", store_author(store).id)],
                [b for b in map(Bookmark.from_json, store.notes("bookmarks")) if b.deleted is None])
    document = json.loads(export_json(own))
    document["notes"] = listing(reply_threads(notes), store_author(store).id)
    json.dump(document, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return 0


# -- changing notes ------------------------------------------------------------------------------

def annotate(options: argparse.Namespace, out: TextIO) -> int:
    """Highlight the first match of --quote (any script form), or reply to --reply-to."""
    with owned_store(options) as store:
        note = _reply(store, options) if options.reply_to else _highlight(store, options)
        store.notes("annotations").append(note.to_json())
    out.write(note.id + "\n")
    return 0


def _highlight(store: Store, options: argparse.Namespace) -> Annotation:
    if not options.essay_id or not options.quote:
        raise CommandError("give an essay id and --quote TEXT (or --reply-to NOTE_ID --note TEXT).")
    library = member_library(store)
    essay = library.essay(options.essay_id)
    if essay is None:
        raise CommandError(f"there is no essay {options.essay_id} (see `list --json`).")
    spans = find_in_text(essay.text, library.collection_of(essay).script, options.quote)
    if not spans:
        raise CommandError(f"“{options.quote}” is not in {essay.title}.")
    me = store_author(store)
    if not me.name:
        me = replace(me, name=login_name())
    return new_annotation(essay.id, essay.text, *spans[0], color=options.color, author=me.name,
                          note=options.note or "", tags=parse_tags(options.tags or ""), by=me,
                          shared=joined_folder(store) is not None and not options.private)


def _reply(store: Store, options: argparse.Namespace) -> Annotation:
    if not options.note:
        raise CommandError("a reply needs --note TEXT.")
    parent = next((n for n in member_view(store) if n.id == options.reply_to), None)
    if parent is None:
        raise CommandError(f"there is no note {options.reply_to} that you can see.")
    me = store_author(store)
    return new_reply(parent, options.note, replace(me, name=me.name or login_name()))


def delete_note(options: argparse.Namespace, out: TextIO) -> int:
    """Leave a tombstone for one of the member's own notes."""
    with owned_store(options) as store:
        me = store_author(store).id
        note = next((n for n in member_view(store) if n.id == options.note_id), None)
        if note is None or note.author_id not in ("", me):
            raise CommandError(f"you have no note {options.note_id} (only its author deletes a note).")
        notes = store.notes("annotations")
        # the newest version may come from another of our devices: the tombstone replaces it here
        notes[:] = [n for n in notes if n["id"] != note.id]
        notes.append(note.tombstone().to_json())
    out.write(f"Deleted {options.note_id}\n")
    return 0


def import_notes(options: argparse.Namespace, out: TextIO) -> int:
    """Import W3C JSON-LD; importing the same file twice adds nothing."""
    try:
        document = json.loads(Path(options.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"{options.file} could not be read as JSON ({error}).") from None
    imported = import_jsonld(document)
    with owned_store(options) as store:
        notes = store.notes("annotations")
        held = {n["id"]: Annotation.from_json(n) for n in notes}
        fresh = new_or_newer(held, imported, datetime.now(UTC))
        positions = {n["id"]: i for i, n in enumerate(notes)}
        for note in fresh:
            if note.id in positions:
                notes[positions[note.id]] = note.to_json()
            else:
                notes.append(note.to_json())
    out.write(f"Imported {len(fresh)} of {len(imported)} notes.\n")
    return 0
