"""Word (.docx): paragraphs in reading order, essays divided by the heading styles.

A .docx is a ZIP of XML parts; the standard library's zipfile and ElementTree read the parts
needed (document, styles, numbering, footnotes, endnotes). Elements are matched by local name,
so Strict OOXML (another namespace) reads like the usual Transitional one. Why not mammoth or
python-docx: see the README's section on libraries.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from app.core.importers.document import NO_BODY, NOT_WORD, Document, Section, failed
from app.core.importers.docx_lists import MAX_LEVEL, Numbering, read_numbering, whole_number
from app.core.importers.zipsafe import SafeZip, local

_HEADING_NAME = re.compile(r"^(?:heading|标题|標題|titre|überschrift)\s*(\d)$", re.IGNORECASE)
# Word's automatic table of contents (引用 → 目录): its styles and its content control. It lists
# the headings that divide the essays, so it is never text of its own (nor a 前言).
_CONTENTS_NAME = re.compile(r"^toc (?:\d|heading)$", re.IGNORECASE)
_CONTENTS_STYLES = frozenset({*(f"TOC{n}" for n in range(1, 10)), "TOCHeading"})
DOCUMENT = "word/document.xml"
_MAIN_PART = re.compile(r'Type="[^"]*/officeDocument"[^>]*?Target="([^"]+)"|'
                        r'Target="([^"]+)"[^>]*?Type="[^"]*/officeDocument"')
# Containers whose children are read in order as blocks or runs; anything not named here or
# handled below (properties, deleted text, field codes, drawings' shapes) holds no text.
_TRANSPARENT = frozenset({"sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink",
                          "fldSimple", "r", "Choice", "AlternateContent", "drawing", "inline", "anchor",
                          "graphic", "graphicData", "wsp", "txbx", "pict", "shape", "textbox", "rect",
                          "group", "wgp", "dir", "bdo", "oMathPara", "oMath", "ruby", "rubyBase"})


@dataclass
class _Block:
    """One paragraph of text and its heading level (0 for body text, -1 for the Title style)."""

    text: str
    level: int


@dataclass
class _Reader:
    """Walks the body in reading order; notes are numbered as their references appear."""

    levels: dict[str, int]
    numbering: Numbering
    notes: dict[tuple[str, str], list[ElementTree.Element]]
    note_numbers: list[tuple[int, tuple[str, str]]] = field(default_factory=list)
    contents_styles: frozenset[str] = _CONTENTS_STYLES

    def blocks(self, container: ElementTree.Element) -> Iterator[_Block]:
        for child in container:
            tag = local(child.tag)
            if tag == "p" and _style_of(child) in self.contents_styles:
                continue
            if tag == "sdt" and _is_contents_control(child):
                continue
            if tag == "p":
                yield from self._paragraph(child)
            elif tag == "tbl":
                yield from self._table(child)
            elif tag in _TRANSPARENT:
                yield from self.blocks(child)

    def _table(self, table: ElementTree.Element) -> Iterator[_Block]:
        """Row by row, each cell's paragraphs in order (a table is part of its essay)."""
        for row in _own(table, "tr"):
            for cell in _own(row, "tc"):
                yield from (_Block(b.text, 0) for b in self.blocks(cell))

    def _paragraph(self, paragraph: ElementTree.Element) -> Iterator[_Block]:
        boxes: list[ElementTree.Element] = []
        text = "".join(self._runs(paragraph, boxes)).strip()
        if text:
            style = _style_of(paragraph)
            level = _outline_level(paragraph) or self.levels.get(style, 0)
            if level == 0:
                text = self.numbering.label(paragraph, style) + text
            yield _Block(text, level)
        for box in boxes:  # text boxes follow the paragraph that anchors them
            yield from self.blocks(box)

    def _runs(self, element: ElementTree.Element, boxes: list[ElementTree.Element]) -> Iterator[str]:
        for child in element:
            tag = local(child.tag)
            if tag == "t" and child.text:
                yield child.text
            elif tag in ("tab", "ptab"):
                yield " "
            elif tag in ("br", "cr"):
                yield "" if child.get(_attr(child, "type")) == "page" else "\n"
            elif tag == "noBreakHyphen":
                yield "-"
            elif tag in ("footnoteReference", "endnoteReference"):
                yield self._note_mark(tag[:-len("Reference")], child)
            elif tag == "txbxContent":
                boxes.append(child)
            elif tag == "AlternateContent":  # the same content twice: read the first choice only
                choice = next((c for c in child if local(c.tag) == "Choice"), None)
                if choice is not None:
                    yield from self._runs(choice, boxes)
            elif tag in _TRANSPARENT:
                yield from self._runs(child, boxes)

    def _note_mark(self, kind: str, reference: ElementTree.Element) -> str:
        key = (kind, reference.get(_attr(reference, "id"), ""))
        if key not in self.notes:
            return ""
        number = len(self.note_numbers) + 1
        self.note_numbers.append((number, key))
        return f"[{number}]"

    def take_notes(self) -> list[str]:
        """The notes referenced since the last call, numbered, as paragraphs for an essay's end."""
        lines: list[str] = []
        for number, key in self.note_numbers:
            texts = [b.text for paragraph in self.notes[key] for b in self._paragraph(paragraph)]
            if texts:
                lines.append(f"[{number}] {texts[0]}")
                lines.extend(texts[1:])
        self.note_numbers = []
        return lines


def _own(element: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """The children `tag` of a table or row, also inside content controls, not in nested tables."""
    for child in element:
        if local(child.tag) == tag:
            yield child
        elif local(child.tag) in ("sdt", "sdtContent", "customXml"):
            yield from _own(child, tag)


def read_docx(data: bytes, name: str) -> Document:
    """The document's title (Title style), text before the first heading, and heading sections."""
    archive = SafeZip(data, name, "Word")
    main = _main_part(archive)
    if not archive.has(main):
        raise failed(NOT_WORD, file=name, part=DOCUMENT)
    body = next((e for e in archive.xml(main) if local(e.tag) == "body"), None)
    if body is None:
        raise failed(NO_BODY, file=name)
    folder = posixpath.dirname(main)
    styles = _part(archive, folder, "styles.xml")
    reader = _Reader(_heading_levels(styles), read_numbering(_part(archive, folder, "numbering.xml"), styles),
                     _notes(archive, folder), contents_styles=_contents_styles(styles))
    return _document(reader, body)


def _document(reader: _Reader, body: ElementTree.Element) -> Document:
    title, preamble = "", list[str]()
    sections: list[tuple[str, int, list[str]]] = []
    for block in reader.blocks(body):
        if block.level == -1 and not title:
            title = block.text
            continue
        if block.level > 0:
            (sections[-1][2] if sections else preamble).extend(reader.take_notes())
            sections.append((block.text, block.level, []))
        else:
            (sections[-1][2] if sections else preamble).append(block.text)
    (sections[-1][2] if sections else preamble).extend(reader.take_notes())
    return Document(title, "\n".join(preamble),
                    tuple(Section(h, level, "\n".join(lines)) for h, level, lines in sections),
                    as_written=True)


def _main_part(archive: SafeZip) -> str:
    """The main document part the package's relationships name (Strict and Transitional)."""
    if archive.has("_rels/.rels"):
        rels = archive.read("_rels/.rels").decode("utf-8", errors="replace")
        if match := _MAIN_PART.search(rels):
            return posixpath.normpath((match[1] or match[2]).lstrip("/"))
    return DOCUMENT


def _part(archive: SafeZip, folder: str, name: str) -> ElementTree.Element | None:
    path = posixpath.join(folder, name)
    return archive.xml(path) if archive.has(path) else None


def _notes(archive: SafeZip, folder: str) -> dict[tuple[str, str], list[ElementTree.Element]]:
    """(footnote|endnote, id) → the note's paragraphs; separators have no text and drop out."""
    notes: dict[tuple[str, str], list[ElementTree.Element]] = {}
    for kind in ("footnote", "endnote"):
        root = _part(archive, folder, f"{kind}s.xml")
        for note in root if root is not None else ():
            if local(note.tag) == kind:
                notes[(kind, note.get(_attr(note, "id"), ""))] = list(note)
    return notes


def _attr(element: ElementTree.Element, name: str) -> str:
    """The attribute `name` in the element's own namespace (w: in Transitional or Strict)."""
    return f"{element.tag.partition('}')[0]}}}{name}" if element.tag.startswith("{") else name


def _heading_levels(styles: ElementTree.Element | None) -> dict[str, int]:
    """Style id → heading level (1-9), or -1 for the Title style, from styles.xml."""
    levels = {f"Heading{n}": n for n in range(1, 10)} | {"Title": -1}
    for style in styles.iter() if styles is not None else ():
        if local(style.tag) != "style":
            continue
        style_id = style.get(_attr(style, "styleId"), "")
        name = next((c.get(_attr(c, "val"), "") for c in style if local(c.tag) == "name"), "")
        outline = _outline_level(style)
        if name.lower() == "title":
            levels[style_id] = -1
        elif match := _HEADING_NAME.match(name.strip()):
            levels[style_id] = int(match[1])
        elif outline:
            levels[style_id] = outline
    return levels


def _contents_styles(styles: ElementTree.Element | None) -> frozenset[str]:
    """Ids of the styles of Word's table of contents ("toc 1"… "TOC Heading"), by name."""
    found = set(_CONTENTS_STYLES)
    for style in styles.iter() if styles is not None else ():
        name = next((c.get(_attr(c, "val"), "") for c in style if local(c.tag) == "name"), "")
        if local(style.tag) == "style" and _CONTENTS_NAME.match(name.strip()):
            found.add(style.get(_attr(style, "styleId"), ""))
    return frozenset(found)


def _is_contents_control(sdt: ElementTree.Element) -> bool:
    """A content control holding Word's table of contents (its gallery says so)."""
    properties = next((c for c in sdt if local(c.tag) == "sdtPr"), None)
    return properties is not None and any(
        local(e.tag) == "docPartGallery" and e.get(_attr(e, "val"), "") == "Table of Contents"
        for e in properties.iter())


def _property(element: ElementTree.Element, name: str) -> ElementTree.Element | None:
    """The paragraph property `name` (pStyle, outlineLvl) of a paragraph or a style."""
    properties = next((c for c in element if local(c.tag) == "pPr"), None)
    return next((c for c in properties if local(c.tag) == name), None) if properties is not None else None


def _style_of(paragraph: ElementTree.Element) -> str:
    style = _property(paragraph, "pStyle")
    return style.get(_attr(style, "val"), "") if style is not None else ""


def _outline_level(element: ElementTree.Element) -> int:
    outline = _property(element, "outlineLvl")
    value = outline.get(_attr(outline, "val"), "") if outline is not None else ""
    return whole_number(value, -1, MAX_LEVEL) + 1
