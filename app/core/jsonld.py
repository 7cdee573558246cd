"""W3C Web Annotation (JSON-LD) export and import, so notes travel by e-mail and into other tools.

Each highlight becomes an Annotation whose target is the essay (`urn:jiangxin-reader:essay:<id>`)
refined by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector counted in code
points of the canonical text; the note is a commenting TextualBody, each tag a tagging body; a
reply is an Annotation with motivation "replying" whose target is the note it answers. What the
model has no word for (colour, text hash, sharing, device) goes in our own `jx:` terms.
Importing is idempotent: a note id already present with the same or a newer edit adds nothing.
Reading other tools' files lives in app.core.jsonld_import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any
from urllib.parse import quote

from app.core.anchoring import Anchor, resolve
from app.core.merge import record_key
from app.core.messages import Message, UserError
from app.core.notes import QUESTION, Annotation
from app.core.study import StudyState
from app.core.thread_facts import note_facts

CONTEXT: list[Any] = ["http://www.w3.org/ns/anno.jsonld", {"jx": "urn:jiangxin-reader:terms:"}]
ESSAY_PREFIX = "urn:jiangxin-reader:essay:"
UUID_PREFIX = "urn:uuid:"

TextOf = Callable[[str], "str | None"]


class JsonLdError(UserError):
    """A file that is not Web Annotation JSON-LD we can read; the message is for the user."""


def _no_text(_essay_id: str) -> str | None:
    return None


def export_jsonld(annotations: Iterable[Annotation], label: str = "Jiangxin Reader notes",
                  text_of: TextOf = _no_text, *, study: StudyState | None = None,
                  me: str = "") -> dict[str, Any]:
    """An AnnotationCollection holding every live note (tombstones are not exported) in one page.

    `text_of` gives an essay's current canonical text (None when it is not in the library): with
    it, each position selector is the place where the quote is now. With `study` (the group's
    votes and marks; `me`, the reader's author id) each note carries its kind, votes, answer and
    resolved state (`jx:` terms; a question's motivation is W3C's "questioning")."""
    live = [a for a in annotations if a.deleted is None]
    items = [annotation_jsonld(a, text_of(a.essay_id)) for a in live]
    if study is not None:
        for note, item in zip(live, items, strict=True):
            item.update(_study_terms(note, study, me))
    collection = _collection_id(live)
    page = UUID_PREFIX + str(uuid.uuid5(uuid.UUID(collection.removeprefix(UUID_PREFIX)), "page-1"))
    return {"@context": CONTEXT, "id": collection, "type": "AnnotationCollection", "label": label,
            "total": len(items), "first": {"id": page, "type": "AnnotationPage", "partOf": collection,
                                           "startIndex": 0, "items": items},
            "last": page}


def _study_terms(note: Annotation, study: StudyState, me: str) -> dict[str, Any]:
    facts = note_facts(note, study, me)
    terms: dict[str, Any] = {"jx:kind": facts["kind"], "jx:votes": facts["votes"],
                             "jx:voters": [_urn(v) for v in facts["voters"]]}
    if facts["kind"] == QUESTION:
        terms["motivation"] = "questioning"
    if "resolved" in facts:
        terms["jx:resolved"] = facts["resolved"]
        terms["jx:answer"] = _urn(facts["answer"]) if facts["answer"] else None
    return terms


def _collection_id(notes: list[Annotation]) -> str:
    """The same notes give the same id: exporting twice writes the same document."""
    names = "\n".join(sorted(f"{a.id} {a.modified}" for a in notes))
    return UUID_PREFIX + str(uuid.uuid5(uuid.NAMESPACE_URL, ESSAY_PREFIX + names))


def annotation_jsonld(a: Annotation, text: str | None = None) -> dict[str, Any]:
    """One note as a W3C Annotation; a highlight without note or tags has no body at all."""
    document: dict[str, Any] = {
        "id": _urn(a.id), "type": "Annotation",
        "motivation": "replying" if a.is_reply else ("commenting" if a.note else "highlighting"),
        "created": a.created, "modified": a.modified,
        "creator": {"id": _urn(a.author_id) if a.author_id else None, "type": "Person", "name": a.author},
        "target": _target(a, text),
        "jx:essay": a.essay_id, "jx:color": a.color, "jx:textHash": a.anchor.text_hash,
        "jx:shared": a.shared, "jx:device": a.device, **({"jx:kind": a.kind} if a.kind else {})}
    if body := _body(a):
        document["body"] = body
    if document["creator"]["id"] is None:
        del document["creator"]["id"]
    return document


def _body(a: Annotation) -> list[dict[str, Any]]:
    body: list[dict[str, Any]] = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "format": "text/plain",
                     "purpose": "replying" if a.is_reply else "commenting"})
    return body + [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]


def _target(a: Annotation, text: str | None) -> Any:
    if a.reply_to is not None:
        return _urn(a.reply_to)
    selectors = _selectors(a.anchor, text)
    target: dict[str, Any] = {"source": essay_source(a.essay_id)}
    if selectors:
        target["selector"] = selectors
    return target


def essay_source(essay_id: str) -> str:
    """The IRI of an essay; a note kept on another tool's source (an IRI itself) keeps that."""
    return essay_id if ":" in essay_id else ESSAY_PREFIX + quote(essay_id, safe="#")


def _selectors(anchor: Anchor, text: str | None) -> list[dict[str, Any]]:
    selectors: list[dict[str, Any]] = []
    if anchor.exact:
        selectors.append({"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix,
                          "suffix": anchor.suffix})
    span = known_span(anchor, text)
    if span is not None:
        selectors.append({"type": "TextPositionSelector", "start": span[0], "end": span[1]})
    return selectors


def known_span(anchor: Anchor, text: str | None) -> tuple[int, int] | None:
    """Positions that cover the quote, or None: two selectors written together must agree.

    An anchor's positions are trusted only when the essay's text shows the quote there, or when
    they were made from the text (a text hash) and fit the quote; a position that came without a
    quote has nothing to disagree with."""
    if not anchor.exact:
        return (anchor.start, anchor.end) if anchor.end > anchor.start else None
    if text is not None:
        span = resolve(anchor, text)
        return span if span is not None and text[span[0]:span[1]] == anchor.exact else None
    fits = anchor.end - anchor.start == len(anchor.exact)
    return (anchor.start, anchor.end) if anchor.text_hash and fits else None


def _urn(note_id: str) -> str:
    return note_id if ":" in note_id else UUID_PREFIX + note_id


def plain_id(value: object) -> str:
    """A note id as stored: our own urn:uuid: ids lose their prefix."""
    text = str(value or "")
    return text[len(UUID_PREFIX):] if text.startswith(UUID_PREFIX) else text


def new_or_newer(existing: dict[str, Annotation], imported: Iterable[Annotation],
                 now: datetime) -> list[Annotation]:
    """The imported notes that add something: an unknown id, or a newer edit of a known one.
    A note that only differs in its times (another tool wrote none, so the import stamped it)
    adds nothing."""
    out = []
    for note in imported:
        if not note.id or not note.created:
            continue
        held = existing.get(note.id)
        if held is None or (record_key(note.to_json(), now) > record_key(held.to_json(), now)
                            and not _same_but_times(note, held)):
            out.append(note)
    return out


def _same_but_times(a: Annotation, b: Annotation) -> bool:
    return a.to_json() | {"created": "", "modified": ""} == b.to_json() | {"created": "", "modified": ""}


def error(text: str, **fields: str) -> JsonLdError:
    return JsonLdError(Message("WebAnnotations", text, dict(fields)))
