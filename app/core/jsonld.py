"""W3C Web Annotation (JSON-LD) export and import, so notes travel by e-mail and into other tools.

Each highlight becomes an Annotation whose target is the essay (`urn:jiangxin-reader:essay:<id>`)
refined by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector counted in code
points of the canonical text; the note is a commenting TextualBody, each tag a tagging body; a
reply is an Annotation with motivation "replying" whose target is the note it answers. What the
model has no word for (colour, text hash, sharing, device) goes in our own `jx:` terms.
Importing is idempotent: a note id already present with the same or a newer edit adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.core.anchoring import Anchor
from app.core.merge import record_key
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.notes import COLORS, Annotation

CONTEXT: list[Any] = ["http://www.w3.org/ns/anno.jsonld", {"jx": "urn:jiangxin-reader:terms:"}]
ESSAY_PREFIX = "urn:jiangxin-reader:essay:"
UUID_PREFIX = "urn:uuid:"


class JsonLdError(UserError):
    """A file that is not Web Annotation JSON-LD we can read; the message is for the user."""


NO_ANNOTATIONS = QT_TRANSLATE_NOOP("WebAnnotations", "the file holds no annotations")
NO_COLLECTION = QT_TRANSLATE_NOOP("WebAnnotations", "the file holds no annotation collection or page")
NO_TARGET = QT_TRANSLATE_NOOP("WebAnnotations", "an annotation has no target")
NO_QUOTE = QT_TRANSLATE_NOOP("WebAnnotations", "an annotation has neither a quote nor a position")


def _error(text: str) -> JsonLdError:
    return JsonLdError(Message("WebAnnotations", text))


def export_jsonld(annotations: Iterable[Annotation], label: str = "Jiangxin Reader notes") -> dict[str, Any]:
    """An AnnotationCollection holding every live note (tombstones are not exported)."""
    items = [annotation_jsonld(a) for a in annotations if a.deleted is None]
    return {"@context": CONTEXT, "type": "AnnotationCollection", "label": label, "total": len(items),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def annotation_jsonld(a: Annotation) -> dict[str, Any]:
    """One note as a W3C Annotation."""
    body: list[dict[str, Any]] = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "format": "text/plain",
                     "purpose": "replying" if a.is_reply else "commenting"})
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    document: dict[str, Any] = {
        "id": _urn(a.id), "type": "Annotation",
        "motivation": "replying" if a.is_reply else ("commenting" if a.note else "highlighting"),
        "created": a.created, "modified": a.modified,
        "creator": {"id": _urn(a.author_id) if a.author_id else None, "type": "Person", "name": a.author},
        "body": body, "target": _target(a),
        "jx:essay": a.essay_id, "jx:color": a.color, "jx:textHash": a.anchor.text_hash,
        "jx:shared": a.shared, "jx:device": a.device}
    if document["creator"]["id"] is None:
        del document["creator"]["id"]
    return document


def _target(a: Annotation) -> Any:
    if a.reply_to is not None:
        return _urn(a.reply_to)
    anchor = a.anchor
    return {"source": ESSAY_PREFIX + a.essay_id, "selector": [
        {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix,
         "suffix": anchor.suffix},
        {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end}]}


def _urn(note_id: str) -> str:
    return note_id if ":" in note_id else UUID_PREFIX + note_id


def _plain_id(value: object) -> str:
    text = str(value or "")
    return text[len(UUID_PREFIX):] if text.startswith(UUID_PREFIX) else text


def import_jsonld(document: object) -> list[Annotation]:
    """The notes in a JSON-LD document: a collection, a page, a list, or one annotation.
    Replies come after the notes they answer, which take their essay and anchor from them."""
    items = _items(document)
    notes: dict[str, Annotation] = {}
    replies: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict) or item.get("type") != "Annotation":
            continue
        if _is_reply(item):
            replies.append(item)
            continue
        note = _highlight(item)
        notes[note.id] = note
    for item in replies:
        reply = _reply(item, notes)
        if reply is not None:
            notes[reply.id] = reply
    return list(notes.values())


def _items(document: object) -> list[Any]:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise _error(NO_ANNOTATIONS)
    if document.get("type") == "Annotation":
        return [document]
    page = document.get("first", document)
    items = page.get("items") if isinstance(page, dict) else None
    if not isinstance(items, list):
        raise _error(NO_COLLECTION)
    return items


def _is_reply(item: dict[str, Any]) -> bool:
    return item.get("motivation") == "replying" or isinstance(item.get("target"), str)


def _bodies(item: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    body = item.get("body", [])
    bodies = body if isinstance(body, list) else [body]
    texts = [b for b in bodies if isinstance(b, dict)]
    note = "\n".join(str(b.get("value", "")) for b in texts if b.get("purpose") != "tagging")
    tags = tuple(str(b.get("value", "")) for b in texts if b.get("purpose") == "tagging" and b.get("value"))
    return note, tags


def _creator(item: dict[str, Any]) -> tuple[str, str]:
    creator = item.get("creator")
    if isinstance(creator, dict):
        return _plain_id(creator.get("id")), str(creator.get("name") or creator.get("nickname") or "")
    return "", str(creator or "")


def _highlight(item: dict[str, Any]) -> Annotation:
    target = item.get("target")
    target = target[0] if isinstance(target, list) and target else target
    if not isinstance(target, dict):
        raise _error(NO_TARGET)
    source = str(target.get("source") or "")
    essay = str(item.get("jx:essay") or source.removeprefix(ESSAY_PREFIX))
    anchor = _anchor(target.get("selector"), str(item.get("jx:textHash") or ""))
    note, tags = _bodies(item)
    author_id, author = _creator(item)
    color = item.get("jx:color")
    created = str(item.get("created") or item.get("modified") or "")
    return Annotation(_plain_id(item.get("id")), essay, anchor,
                      color if color in COLORS else COLORS[0], note, tags, author, created,
                      str(item.get("modified") or created), author_id, str(item.get("jx:device") or ""),
                      shared=bool(item.get("jx:shared", False)))


def _anchor(selectors: object, text_hash: str) -> Anchor:
    chosen = selectors if isinstance(selectors, list) else [selectors]
    by_type = {s.get("type"): s for s in chosen if isinstance(s, dict)}
    quote = by_type.get("TextQuoteSelector", {})
    position = by_type.get("TextPositionSelector", {})
    exact = str(quote.get("exact", ""))
    start = _int(position.get("start"), 0)
    end = _int(position.get("end"), start + len(exact))
    if not exact and not position:
        raise _error(NO_QUOTE)
    return Anchor(start, end, text_hash, exact, str(quote.get("prefix", "")), str(quote.get("suffix", "")))


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def _reply(item: dict[str, Any], notes: dict[str, Annotation]) -> Annotation | None:
    target = item.get("target")
    parent_id = _plain_id(target if isinstance(target, str) else
                          (target.get("id") or target.get("source")) if isinstance(target, dict) else "")
    parent = notes.get(parent_id)
    note, _tags = _bodies(item)
    author_id, author = _creator(item)
    created = str(item.get("created") or item.get("modified") or "")
    essay = str(item.get("jx:essay") or (parent.essay_id if parent else ""))
    if parent is None and not essay:
        return None  # a reply to a note we do not have, and no essay to show it in
    anchor = parent.anchor if parent else Anchor(0, 0, "", "", "", "")
    return Annotation(_plain_id(item.get("id")), essay, anchor, "", note, (), author, created,
                      str(item.get("modified") or created), author_id, str(item.get("jx:device") or ""),
                      shared=bool(item.get("jx:shared", True)), reply_to=parent_id)


def new_or_newer(existing: dict[str, Annotation], imported: Iterable[Annotation],
                 now: datetime) -> list[Annotation]:
    """The imported notes that add something: an unknown id, or a newer edit of a known one."""
    out = []
    for note in imported:
        if not note.id or not note.created:
            continue
        held = existing.get(note.id)
        if held is None or record_key(note.to_json(), now) > record_key(held.to_json(), now):
            out.append(note)
    return out
