"""Checking a store document: the file as a whole, then each note on its own.

Damage to the document's frame (not an object, no schema, a section of the wrong kind) makes
the file unusable. Damage inside one note only sets that note aside: it moves, unchanged, to
the document's "set_aside" list, and every other note loads.
"""

from __future__ import annotations

from typing import Any

from app.core.messages import QT_TRANSLATE_NOOP, Field, Message, UserError

Data = dict[str, Any]

# Far deeper than any store needs, far shallower than Python's recursion limit: whatever loaded
# can be copied, encoded and saved on any thread and from any depth of the call stack, and the
# window and every command agree on which file is damaged.
MAX_DEPTH = 64

SET_ASIDE = "set_aside"  # the document's list of entries that could not be used


class StoreError(UserError):
    """Why a store file cannot be used; the message is for the user."""


def store_message(text: str, **fields: Field) -> Message:
    """A message about the store, filed for translation under "Store"."""
    return Message("Store", text, fields)


NO_OBJECT = QT_TRANSLATE_NOOP("Store", "it does not hold a JSON object")
NO_SCHEMA = QT_TRANSLATE_NOOP("Store", "it has no valid schema number")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Store", "its \"{section}\" section is not an object")
TOO_DEEP = QT_TRANSLATE_NOOP("Store", "it is nested too deeply to be a store file")
NOT_A_LIST = QT_TRANSLATE_NOOP("Store", "its \"{section}\" section is not a list")
BAD_PLACE = QT_TRANSLATE_NOOP("Store", "the reading place of {essay} is malformed")
NOTES_SET_ASIDE = (
    QT_TRANSLATE_NOOP("Store", "1 note could not be read and was set aside, unchanged, in the store file "
                      "(under \"{key}\"): {shown}. Every other note loaded."),
    QT_TRANSLATE_NOOP("Store", "{count} notes could not be read and were set aside, unchanged, in the store "
                      "file (under \"{key}\"): {shown}. Every other note loaded."))
BOOKMARKS_SET_ASIDE = (
    QT_TRANSLATE_NOOP("Store", "1 bookmark could not be read and was set aside, unchanged, in the store file "
                      "(under \"{key}\"): {shown}. Every other bookmark loaded."),
    QT_TRANSLATE_NOOP("Store", "{count} bookmarks could not be read and were set aside, unchanged, in the "
                      "store file (under \"{key}\"): {shown}. Every other bookmark loaded."))
AND_MORE = QT_TRANSLATE_NOOP("Store", "{shown}; and {count} more")
NOTES_RENAMED = QT_TRANSLATE_NOOP(
    "Store", "{count} of the notes shared an id with another one; each was kept under a new id.")
BOOKMARKS_RENAMED = QT_TRANSLATE_NOOP(
    "Store", "{count} of the bookmarks shared an id with another one; each was kept under a new id.")


_ANCHOR_FIELDS: dict[str, type] = {"start": int, "end": int, "text_hash": str, "exact": str,
                                   "prefix": str, "suffix": str}
_ANNOTATION_FIELDS: dict[str, type] = {"id": str, "essay_id": str, "anchor": dict, "color": str,
                                       "note": str, "tags": list, "created": str}
_BOOKMARK_FIELDS: dict[str, type] = {"id": str, "essay_id": str, "anchor": dict, "name": str,
                                     "created": str}
# Optional (older entries lack them, schema 3 added some), but of the right type when present.
_OPTIONAL_FIELDS: dict[str, tuple[type, ...]] = {
    "author": (str,), "modified": (str,), "author_id": (str,), "device": (str,),
    "deleted": (str, type(None)), "shared": (bool,), "reply_to": (str, type(None)),
    "kind": (str,)}
NOTE_FIELDS: dict[str, dict[str, type]] = {"annotations": _ANNOTATION_FIELDS,
                                           "bookmarks": _BOOKMARK_FIELDS}
_NOTE_KEYS = frozenset(_ANNOTATION_FIELDS) | frozenset(_BOOKMARK_FIELDS) | frozenset(_OPTIONAL_FIELDS)
_ANCHOR_KEYS = frozenset(_ANCHOR_FIELDS)


def validate(data: object) -> Data:
    """Return `data` if it has the frame of a store document, else raise StoreError."""
    if not isinstance(data, dict):
        raise StoreError(store_message(NO_OBJECT))
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StoreError(store_message(NO_SCHEMA))
    for key in ("prefs", "reading", "profile"):
        if not isinstance(data.get(key, {}), dict):
            raise StoreError(store_message(NOT_AN_OBJECT, section=key))
    for essay_id, place in data.get("reading", {}).items():
        if not isinstance(place, dict) or not _is_int(place.get("offset")):
            raise StoreError(store_message(BAD_PLACE, essay=str(essay_id)))
    for key in (*NOTE_FIELDS, SET_ASIDE):
        if not isinstance(data.get(key, []), list):
            raise StoreError(store_message(NOT_A_LIST, section=key))
    if not isinstance(data.get("group", {}), dict):
        raise StoreError(store_message(NOT_AN_OBJECT, section="group"))
    if not _shallow_document(data):
        raise StoreError(store_message(TOO_DEEP))
    return data


def _shallow_document(data: Data) -> bool:
    """No value nested deeper than MAX_DEPTH. An ordinary note is recognised by its keys
    alone (a walk of 100,000 notes would cost the start a third of a second)."""
    for key, value in data.items():
        if key in NOTE_FIELDS:
            for note in value:
                if not _plain_note(note) and not _shallow(note, MAX_DEPTH - 2):
                    return False
        elif not _shallow(value, MAX_DEPTH - 1):
            return False
    return True


def _plain_note(note: object) -> bool:
    """Only known fields, the anchor only known ones, tags only text: nothing nested deeper."""
    if type(note) is not dict or not note.keys() <= _NOTE_KEYS:
        return False
    anchor, tags = note.get("anchor"), note.get("tags")
    if type(anchor) is not dict or not anchor.keys() <= _ANCHOR_KEYS:
        return False
    return not tags or (type(tags) is list and all(type(tag) is str for tag in tags))


def _shallow(value: object, depth: int) -> bool:
    """True when `value` has at most `depth` levels of lists and objects; without recursion."""
    pending: list[tuple[object, int]] = [(value, depth)]
    while pending:
        item, left = pending.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if not isinstance(item, list):
            continue
        if left <= 0:
            return False
        pending.extend((child, left - 1) for child in item)
    return True


def set_aside_damaged_notes(data: Data) -> list[Message]:
    """Move every malformed note to the "set_aside" list; give duplicate ids a fresh one.

    Returns plain-words messages for the user (none when every note was whole).
    """
    messages: list[Message] = []
    for key, required in NOTE_FIELDS.items():
        notes = data.get(key)
        if not notes:
            continue
        good, damaged = _split(notes, required)
        if damaged:
            data[key] = good
            data.setdefault(SET_ASIDE, []).extend(
                {"section": key, "reason": reason, "entry": entry} for entry, reason in damaged)
            messages.append(_set_aside_message(key, damaged))
        renamed = _make_ids_unique(data[key])
        if renamed:
            text = NOTES_RENAMED if key == "annotations" else BOOKMARKS_RENAMED
            messages.append(store_message(text, count=renamed))
    return messages


def _split(notes: list[Any], required: dict[str, type]) -> tuple[list[Data], list[tuple[Any, str]]]:
    good: list[Data] = []
    damaged: list[tuple[Any, str]] = []
    for note in notes:
        problem = note_problem(note, required)
        if problem is None:
            good.append(note)
        else:
            damaged.append((note, problem))
    return good, damaged


def note_problem(note: object, required: dict[str, type]) -> str | None:
    """What is wrong with one note, or None. Exact types, as JSON gives them (True is no int);
    plain loops, because this runs for every field of every note at start-up."""
    if type(note) is not dict:
        return "it is not an object"
    for name, kind in required.items():
        if type(note.get(name)) is not kind:
            return f'its "{name}" is missing or not a {kind.__name__}'
    for name, kinds in _OPTIONAL_FIELDS.items():
        if name in note and type(note[name]) not in kinds:
            return f'its "{name}" is not a {kinds[0].__name__}'
    for name, kind in _ANCHOR_FIELDS.items():
        if type(note["anchor"].get(name)) is not kind:
            return f'its anchor\'s "{name}" is missing or not a {kind.__name__}'
    tags = note.get("tags", [])
    if not all(type(tag) is str for tag in tags):
        return "its tags are not all text"
    return None


def _make_ids_unique(notes: list[Data]) -> int:
    """Give each second holder of an id a fresh one that no note has (a reply points at an id,
    and a group merges by id, so a note whose id was its own keeps it)."""
    taken = {note["id"] for note in notes}
    seen: set[str] = set()
    renamed = 0
    for note in notes:
        if note["id"] in seen:
            note["id"] = _fresh_id(note["id"], taken)
            taken.add(note["id"])
            renamed += 1
        seen.add(note["id"])
    return renamed


def _fresh_id(old: str, taken: set[str]) -> str:
    number = 2
    while f"{old}-{number}" in taken:
        number += 1
    return f"{old}-{number}"


def _set_aside_message(key: str, damaged: list[tuple[Any, str]]) -> Message:
    """What was set aside: the first three by id, with what is wrong (in the file's terms)."""
    count = len(damaged)
    one, many = NOTES_SET_ASIDE if key == "annotations" else BOOKMARKS_SET_ASIDE
    shown: Field = "; ".join(f"{_label(entry)}: {reason}" for entry, reason in damaged[:3])
    if count > 3:
        shown = store_message(AND_MORE, shown=shown, count=count - 3)
    return store_message(one if count == 1 else many, count=count, key=SET_ASIDE, shown=shown)


def _label(entry: object) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return str(entry["id"])[:40]
    return "an entry"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
