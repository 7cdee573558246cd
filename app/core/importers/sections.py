"""From what an importer found to a Collection: one essay per heading, or the text parser."""

from __future__ import annotations

from pathlib import Path

from app.core.importers.document import NO_TEXT, Document, Section, failed
from app.core.library import Collection, Essay, essay_id, script_sample
from app.core.parsing import clean_paragraphs, parse_collection
from app.core.repair import widen_punctuation
from app.core.script import detect_script

MAX_LABEL_CHARS = 24
# The text before a document's first heading is an essay of its own, numbered 0 so that the
# numbers (and ids) of the headed essays stay the same whether or not the text is there.
PREAMBLE_TITLE = "前言"
PREAMBLE_NUMBER = 0


def build_imported(document: Document, file_name: str, cid: str, group: str) -> Collection:
    """The collection `cid` from a document; ImportFailed when it holds no essay text."""
    if document.sections:
        collection = _from_sections(document, file_name, cid, group)
    else:
        collection = _from_text(document, file_name, cid, group)
    collection = _preamble_shown(collection, _clean_heading(document.preamble_title) or PREAMBLE_TITLE)
    if not collection.essays:
        raise failed(NO_TEXT, file=file_name)
    return collection


def _from_text(document: Document, file_name: str, cid: str, group: str) -> Collection:
    """The text parser's essays (篇N, 第N章 … headings), the format's paragraphs kept when it has them."""
    text = document.text
    if document.title and not text.lstrip().startswith(document.title):
        text = f"{document.title}\n{text}"
    parsed = parse_collection(text, Path(file_name).stem, as_written=document.as_written)
    essays = tuple(Essay(essay_id(cid, e.number), e.number, e.heading, e.label, "\n".join(e.paragraphs), cid)
                   for e in parsed.essays)
    return Collection(cid, parsed.title, detect_script(script_sample(essays) or parsed.title), essays,
                      file_name, date=parsed.date, source=parsed.source, description=parsed.description,
                      group=group)


def _preamble_shown(collection: Collection, title: str) -> Collection:
    """Text before the first heading becomes the first essay (前言, or the title the format gave
    it), not a description nobody sees."""
    if not collection.description:
        return collection
    preamble = Essay(essay_id(collection.id, PREAMBLE_NUMBER), PREAMBLE_NUMBER, title,
                     _label(title), collection.description, collection.id)
    return collection._replace(essays=(preamble, *collection.essays), description="")


def _from_sections(document: Document, file_name: str, cid: str, group: str) -> Collection:
    sections = list(document.sections)
    title = document.title
    if len(sections) > 1 and _is_title(sections):
        title = title or sections[0].heading
        preamble = [document.text, sections[0].text]
        sections = sections[1:]
    else:
        preamble = [document.text]
    essay_level = min(s.level for s in sections)
    essays: list[Essay] = []
    for heading, body in _essay_bodies(sections, essay_level, preamble):
        paragraphs = clean_paragraphs(body, as_written=document.as_written)
        if not paragraphs:
            continue
        number = len(essays) + 1
        name = _clean_heading(heading) or f"{number}"
        essays.append(Essay(essay_id(cid, number), number, name, _label(name), "\n".join(paragraphs), cid))
    preamble_text = "\n".join(p for p in preamble if p)
    description = "\n".join(clean_paragraphs(preamble_text, as_written=document.as_written))
    title = _clean_heading(title) or (essays[0].title if len(essays) == 1 else Path(file_name).stem)
    return Collection(cid, title, detect_script(script_sample(tuple(essays)) or title), tuple(essays),
                      file_name, description=description, group=group)


def _is_title(sections: list[Section]) -> bool:
    """A lone top-level heading at the start (# Book, then ## chapters) names the collection."""
    top = min(s.level for s in sections)
    return sections[0].level == top and sum(1 for s in sections if s.level == top) == 1


def _essay_bodies(sections: list[Section], level: int, preamble: list[str]) -> list[tuple[str, str]]:
    """Each essay-level heading with its text, deeper headings kept as lines of that text."""
    bodies: list[tuple[str, list[str]]] = []
    for section in sections:
        if section.level <= level or not bodies:
            if section.level > level:  # deeper headings before the first essay: preamble
                preamble += [section.heading, section.text]
                continue
            bodies.append((section.heading, [section.text]))
        else:
            bodies[-1][1].extend([section.heading, section.text])
    return [(heading, "\n".join(part for part in parts if part)) for heading, parts in bodies]


def _label(heading: str) -> str:
    return heading if len(heading) <= MAX_LABEL_CHARS else heading[:MAX_LABEL_CHARS] + "…"


def _clean_heading(text: str) -> str:
    """As the text parser keeps headings: spaces kept (第一章 起步), punctuation widened."""
    return widen_punctuation(" ".join(text.split()))
