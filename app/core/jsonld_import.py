"""Reading W3C Web Annotations that we or other tools wrote: every annotation of a text is kept.

An annotation with a quote anchors by its quote (app.core.anchoring); one with a position only
keeps the position; one with neither is kept as a note on its source, which is not an essay of
the library, and shows where such notes show (listed, exported, never dropped). What is not
imported (an image's annotation, a reply to nothing, an entry that is not an annotation) is
named with its reason, and one bad annotation never refuses the file.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from app.core.anchoring import Anchor
from app.core.jsonld import ESSAY_PREFIX, error, plain_id
from app.core.member_file import MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_TAGS
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.notes import COLORS, KINDS, Annotation, now_iso
from app.core.textio import read_file_bytes

NO_ANNOTATIONS = QT_TRANSLATE_NOOP("WebAnnotations", "the file holds no annotations")
NO_COLLECTION = QT_TRANSLATE_NOOP("WebAnnotations", "the file holds no annotation collection or page")
NOT_ANNOTATION = QT_TRANSLATE_NOOP("WebAnnotations", "it is not an annotation")
NO_TARGET = QT_TRANSLATE_NOOP("WebAnnotations", "it has no target")
NOT_TEXT = QT_TRANSLATE_NOOP("WebAnnotations", "it marks an image, a sound, a video or data, not text")
UNREADABLE = QT_TRANSLATE_NOOP("WebAnnotations", "it could not be read")
TOO_DEEP = QT_TRANSLATE_NOOP("WebAnnotations", "it is nested too deeply to hold annotations")
NOT_JSON = QT_TRANSLATE_NOOP("WebAnnotations", "it is not JSON ({reason})")
TOO_LARGE = QT_TRANSLATE_NOOP("WebAnnotations", "it is larger than {limit} MB, far more than any notes file")
MAX_JSONLD_BYTES = 64 * 1024 * 1024  # far above any real notes export; a bigger file is not read
PAGES_ELSEWHERE = QT_TRANSLATE_NOOP("WebAnnotations", "its annotations are in pages outside this file")
TOO_LONG = QT_TRANSLATE_NOOP("WebAnnotations", "its text, quote or tags are longer than a note may be")

# Resource types and selectors of things that are not text: their annotations cannot be placed.
NOT_TEXT_TYPES = frozenset({"Image", "Video", "Sound", "Audio", "Dataset"})
NOT_TEXT_SELECTORS = frozenset({"SvgSelector", "DataPositionSelector"})
MEDIA_FRAGMENTS = ("#xywh=", "#t=")
GROUPS = frozenset({"Composite", "List", "Independents"})
NO_ANCHOR = Anchor(0, 0, "", "", "", "")
# A time further ahead than this is no clock running fast: the group sets such notes aside
# (app.core.member_file), and every later edit would be stamped after it, so it is not taken.
AHEAD = timedelta(days=1)


@dataclass(frozen=True)
class Skipped:
    """An entry of the file that was not imported: which one (its id or #n) and why."""

    label: str
    reason: Message

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass
class ImportReport:
    """The notes read from a file, and each entry left out with its reason."""

    notes: list[Annotation] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class _Skip(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_jsonld_file(path: Path) -> ImportReport:
    """The notes in a JSON-LD file from outside (mailed, downloaded): a regular file within
    MAX_JSONLD_BYTES, JSON of a sane depth. TextFileError or JsonLdError (for the user) if not.
    Slow on a big file: never on the window's thread."""
    try:
        too_large = path.stat().st_size > MAX_JSONLD_BYTES
    except OSError:
        too_large = False  # read_file_bytes says why it cannot be read
    if too_large:
        raise error(TOO_LARGE, limit=str(MAX_JSONLD_BYTES // 2**20))
    data = read_file_bytes(path, MAX_JSONLD_BYTES)
    try:
        return import_jsonld(json.loads(data.decode("utf-8-sig")))
    except RecursionError:  # JSON nested thousands deep: parsing it would take the stack
        raise error(TOO_DEEP) from None
    except ValueError as problem:  # UnicodeDecodeError and JSONDecodeError included
        raise error(NOT_JSON, reason=str(problem)[:200]) from None


def import_jsonld(document: object, now: str | None = None) -> ImportReport:
    """The notes in a JSON-LD document: a collection, a page, a list, or one annotation.

    Replies come after the notes they answer, which give them their essay and anchor. `now`
    stamps notes that carry no time of their own."""
    report = ImportReport()
    stamp = now or now_iso()
    notes: dict[str, Annotation] = {}
    replies: list[tuple[str, dict[str, Any]]] = []
    for label, item in _entries(document, report):
        if _is_reply(item):
            replies.append((label, item))
        else:
            _keep(report, label, partial(_notes, item, stamp), notes)
    for label, item in replies:
        _keep(report, label, partial(_reply_or_note, item, notes, stamp), notes)
    report.notes = list(notes.values())
    return report


def _keep(report: ImportReport, label: str, read: Callable[[], list[Annotation]],
          notes: dict[str, Annotation]) -> None:
    """Read one annotation; whatever is wrong with it skips it alone."""
    try:
        found = read()
        if any(map(_too_long, found)):  # a group sets such a note aside: it would never be shared
            raise _Skip(TOO_LONG)
    except _Skip as skip:
        report.skipped.append(Skipped(label, Message("WebAnnotations", skip.reason, {})))
        return
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError):
        report.skipped.append(Skipped(label, Message("WebAnnotations", UNREADABLE, {})))
        return
    notes.update((note.id, note) for note in found)


def _too_long(note: Annotation) -> bool:
    """Past the limits a group folder holds every member's notes to (app.core.member_file)."""
    return (len(note.note) > MAX_NOTE_CHARS or len(note.anchor.exact) > MAX_NOTE_CHARS
            or len(note.tags) > MAX_TAGS or any(len(tag) > MAX_NAME_CHARS for tag in note.tags))


def _entries(document: object, report: ImportReport) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each annotation with the label that names it; other entries are reported as skipped."""
    for index, item in enumerate(_items(document, report), 1):
        label = item.get("id") if isinstance(item, dict) else None
        label = label if isinstance(label, str) and label else f"#{index}"
        if isinstance(item, dict) and "Annotation" in _types(item):
            yield label, item
        else:
            report.skipped.append(Skipped(label, Message("WebAnnotations", NOT_ANNOTATION, {})))


def _items(document: object, report: ImportReport) -> list[Any]:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise error(NO_ANNOTATIONS)
    if "Annotation" in _types(document):
        return [document]
    page = document.get("first", document)
    if isinstance(page, str):  # the collection names its pages; they are elsewhere
        report.skipped.append(Skipped(str(document.get("id") or page),
                                      Message("WebAnnotations", PAGES_ELSEWHERE, {})))
        return []
    items = page.get("items") if isinstance(page, dict) else None
    if not isinstance(items, list):
        raise error(NO_COLLECTION)
    return items


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("type")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind)]


def _is_reply(item: dict[str, Any]) -> bool:
    motivation = item.get("motivation")
    return "replying" in (motivation if isinstance(motivation, list) else [motivation])


def _notes(item: dict[str, Any], stamp: str) -> list[Annotation]:
    """One note per text the annotation marks (a composite or list marks several)."""
    places, reason = [], NO_TARGET
    for target in _targets(item.get("target")):
        try:
            places.append(_place(target, item.get("jx:textHash")))
        except _Skip as skip:
            reason = skip.reason
    if not places:
        raise _Skip(reason)
    note_id = _note_id(item)
    return [_note(item, f"{note_id}#target-{n}" if n else note_id, essay, anchor, stamp)
            for n, (essay, anchor) in enumerate(places)]


def _targets(target: object) -> list[Any]:
    if isinstance(target, list):
        return [t for each in target for t in _targets(each)]
    if isinstance(target, dict) and GROUPS.intersection(_types(target)):
        return _targets(target.get("items"))
    return [target] if isinstance(target, (str, dict)) else []


def _place(target: str | dict[str, Any], text_hash: object) -> tuple[str, Anchor]:
    """(essay id or the source's IRI, anchor) of one target; _Skip when it is not text."""
    if isinstance(target, str):
        return _essay(target), NO_ANCHOR
    source = target.get("source") or target.get("id")
    if not isinstance(source, str) or not source:
        raise _Skip(NO_TARGET)
    selector = target.get("selector")
    selectors = list(_selectors(selector))
    if (NOT_TEXT_TYPES.intersection(_types(target)) or any(m in source for m in MEDIA_FRAGMENTS)
            or NOT_TEXT_SELECTORS.intersection(s.get("type") for s in selectors)):
        raise _Skip(NOT_TEXT)
    return _essay(source), _anchor(selectors, _top(selector), text_hash)


def _essay(source: str) -> str:
    return unquote(source.removeprefix(ESSAY_PREFIX)) if source.startswith(ESSAY_PREFIX) else source


def _selectors(selector: object) -> Iterator[dict[str, Any]]:
    """Every selector, refinements included (a fragment refined by a quote, say)."""
    for each in selector if isinstance(selector, list) else [selector]:
        if isinstance(each, dict):
            yield each
            yield from _selectors(each.get("refinedBy"))


def _top(selector: object) -> list[dict[str, Any]]:
    return [s for s in (selector if isinstance(selector, list) else [selector]) if isinstance(s, dict)]


def _anchor(selectors: list[dict[str, Any]], top: list[dict[str, Any]], text_hash: object) -> Anchor:
    """The quote (found in any refinement) and the position (only a top one counts from the start
    of the source; a refinement counts inside its fragment). A position that does not cover the
    quote is dropped, so the quote finds the passage: it is what the annotator saw."""
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), {})
    position = next((s for s in top if s.get("type") == "TextPositionSelector"), {})
    exact = _text(quote.get("exact"))
    start, end = _int(position.get("start")), _int(position.get("end"))
    if start is None or end is None or end < start or (exact and end - start != len(exact)):
        start = end = None
    prefix, suffix = _text(quote.get("prefix")), _text(quote.get("suffix"))
    if start is None or end is None:  # no position: the quote alone finds the passage
        return Anchor(0, 0, "", exact, prefix, suffix)
    return Anchor(start, end, _text(text_hash), exact, prefix, suffix)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _note_id(item: dict[str, Any]) -> str:
    """The annotation's id, or one made from its content: importing it twice gives the same id."""
    given = item.get("id")
    if isinstance(given, str) and given:
        return _stored_id(given)
    content = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, content))


def _stored_id(given: str) -> str:
    """The id a note is kept under: an IRI past a group's id limit is shortened to a UUID made from it."""
    plain = plain_id(given)
    return plain if len(plain) <= MAX_ID_CHARS else str(uuid.uuid5(uuid.NAMESPACE_URL, given))


def _note(item: dict[str, Any], note_id: str, essay: str, anchor: Anchor, stamp: str) -> Annotation:
    note, tags = _bodies(item)
    author_id, author = _creator(item.get("creator"))
    created = _time(item.get("created")) or _time(item.get("modified")) or stamp
    color = item.get("jx:color")
    return Annotation(note_id, _text(item.get("jx:essay")) or essay, anchor,
                      color if color in COLORS else COLORS[0], note, tags, author, created,
                      _time(item.get("modified")) or created, author_id, _text(item.get("jx:device")),
                      shared=item.get("jx:shared") is True, kind=_kind(item.get("jx:kind")))


def _kind(value: object) -> str:
    """A kind of note this app knows (the group's other terms are the group's, not the file's)."""
    return value if isinstance(value, str) and value in KINDS else ""


def _time(value: object) -> str:
    """An ISO date-time as written, or "" for anything else: another tool's odd value, or a time
    more than a day ahead (year 9999 included), which the import's own time then stands for."""
    if not isinstance(value, str):
        return ""
    try:
        when = datetime.fromisoformat(value)
        ahead = (when if when.tzinfo else when.replace(tzinfo=UTC)) > datetime.now(UTC) + AHEAD
    except (ValueError, OverflowError):
        return ""
    return "" if ahead else value


def _bodies(item: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """(note, tags): text bodies, or the IRI of a body that lives elsewhere, so nothing is lost."""
    motivation = item.get("motivation")
    lines: list[str] = [_text(item.get("bodyValue"))]
    tags: list[str] = []
    for body in _body_list(item.get("body")):
        value = _body_text(body)
        purpose = body.get("purpose", motivation) if isinstance(body, dict) else motivation
        (tags if purpose == "tagging" and value else lines).append(value)
    return "\n".join(line for line in lines if line), tuple(dict.fromkeys(tags))


def _body_list(body: object) -> list[Any]:
    return body if isinstance(body, list) else [] if body is None else [body]


def _body_text(body: object) -> str:
    if isinstance(body, str):
        return body
    if not isinstance(body, dict):
        return ""
    if "Choice" in _types(body):  # alternatives (one per language, say): the first
        items = _body_list(body.get("items"))
        return _body_text(items[0]) if items else ""
    for key in ("value", "source", "id"):
        if isinstance(body.get(key), str):
            return str(body[key])
    return ""


def _creator(creator: object) -> tuple[str, str]:
    if isinstance(creator, list):
        return _creator(creator[0]) if creator else ("", "")
    if isinstance(creator, dict):
        name = creator.get("name") or creator.get("nickname") or ""
        return plain_id(creator.get("id")), name if isinstance(name, str) else ""
    return "", _text(creator)


def _reply_or_note(item: dict[str, Any], notes: dict[str, Annotation], stamp: str) -> list[Annotation]:
    """A reply to a note of this file, or to one of ours (it names its essay); a reply to
    anything else is kept as a note on what it answers."""
    target = item.get("target")
    named = target if isinstance(target, str) else \
        (target.get("id") or target.get("source")) if isinstance(target, dict) else ""
    parent_id = _stored_id(str(named or ""))
    parent = notes.get(parent_id)
    essay = _text(item.get("jx:essay")) or (parent.essay_id if parent else "")
    if not essay:
        return _notes(item, stamp)
    note, _tags = _bodies(item)
    author_id, author = _creator(item.get("creator"))
    created = _time(item.get("created")) or _time(item.get("modified")) or stamp
    return [Annotation(_note_id(item), essay, parent.anchor if parent else NO_ANCHOR, "", note, (),
                       author, created, _time(item.get("modified")) or created, author_id,
                       _text(item.get("jx:device")), shared=item.get("jx:shared", True) is not False,
                       reply_to=parent_id)]

