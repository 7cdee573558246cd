"""Share with Group: a reader's collection copied into the group folder's essays/, the sharer's
notes following it (their essay ids pointed at the copy; anchors find the text by quote).
The record says so to every member; taking it back removes the file and withdraws the record."""

from __future__ import annotations

from dataclasses import replace

from app.core.group_essays import group_prefix
from app.core.merge import Record
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.notes import later_stamp
from app.core.shared_text import essay_pairs, sha256_of, shared_copy
from app.core.study import SHARE, share_record, withdrawn
from app.services.group import GroupService
from app.services.library import LibraryService
from app.services.notes import NotesService
from app.services.study_errors import StudyError, study_message
from app.store.shared_texts import remove_shared_text, write_shared_text

NO_COLLECTION = QT_TRANSLATE_NOOP("Study", "There is no collection {id} in your library.")
NOT_OWN_TEXT = QT_TRANSLATE_NOOP(
    "Study", "{id} is not one of your imported collections; only those can be shared.")
NOT_SHARED = QT_TRANSLATE_NOOP("Study", "You have not shared {id} with the group.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Study", "The text could not be copied into the group folder ({reason}).")


def share(library: LibraryService | None, group: GroupService, notes: NotesService, collection_id: str,
          *, with_notes: bool, previous: Record | None) -> Record:
    """Copy the collection into essays/ and point the sharer's notes at the copy; the record
    (`previous`: the record of an earlier share of it, which this one updates)."""
    collection = library.library.collection(collection_id) if library is not None else None
    if collection is None or library is None:
        raise StudyError(study_message(NO_COLLECTION, id=collection_id))
    if not library.is_user_collection(collection_id):
        raise StudyError(study_message(NOT_OWN_TEXT, id=collection_id))
    info, folder = group.info, group.folder
    assert info is not None and folder is not None, "checked by the caller: in a group"
    name, data, copy = shared_copy(collection, group_prefix(info.id))
    try:
        write_shared_text(folder, name, data)
    except OSError as error:
        raise StudyError(study_message(NOT_WRITTEN, reason=str(error.strerror or error))) from None
    _follow(notes, essay_pairs(collection, copy), with_notes)
    group.essays_changed.emit()
    record = share_record(collection_id, collection.title, name, sha256_of(data), [e.id for e in copy.essays])
    held = previous
    if held is not None:  # shared before: this is an update, newer than what it replaces
        record = {**record, "created": held.get("created", record["created"]),
                  "modified": max(record["modified"], later_stamp(str(held.get("modified", ""))))}
    return record


def _follow(notes: NotesService, pairs: dict[str, str], with_notes: bool) -> None:
    """The sharer's own notes on the original now point at the copy (shared when asked)."""
    moved = [replace(n, essay_id=pairs[n.essay_id], shared=n.shared or with_notes,
                     modified=later_stamp(n.modified))
             for n in notes.own_annotations().values()
             if n.essay_id in pairs and n.deleted is None and notes.is_mine(n)]
    if moved:
        notes.put_annotations(moved, "share")


def unshare(group: GroupService, collection_id: str, held: Record | None) -> Record:
    """The file removed from essays/ (when it is still ours) and `held`, the share's record, withdrawn."""
    if held is None or held.get("type") != SHARE or held.get("deleted") is not None:
        raise StudyError(study_message(NOT_SHARED, id=collection_id))
    folder = group.folder
    if folder is not None and remove_shared_text(folder, str(held["file"]), str(held["sha256"])):
        group.essays_changed.emit()
    return withdrawn(held)
