"""Word (.docx): paragraphs in order, essays divided by the heading styles.

A .docx is a ZIP of XML parts; the standard library's zipfile and ElementTree read the two
parts needed (document.xml and styles.xml). python-docx would bring lxml (about 5 MB in the
bundle) to do the same.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from app.core.importers.document import NO_BODY, NOT_WORD, Document, Section, failed
from app.core.importers.zipsafe import SafeZip, local

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|标题|標題|titre|überschrift)\s*(\d)$", re.IGNORECASE)
DOCUMENT = "word/document.xml"


def read_docx(data: bytes, name: str) -> Document:
    """The document's title (Title style or core properties), preamble and heading sections."""
    archive = SafeZip(data, name, "Word")
    if not archive.has(DOCUMENT):
        raise failed(NOT_WORD, file=name, part=DOCUMENT)
    levels = _heading_levels(archive)
    body = archive.xml(DOCUMENT).find(f"{_W}body")
    if body is None:
        raise failed(NO_BODY, file=name)
    title, preamble = "", list[str]()
    sections: list[tuple[str, int, list[str]]] = []
    for paragraph in body.iter(f"{_W}p"):
        text = _paragraph_text(paragraph)
        if not text.strip():
            continue
        style = _style_of(paragraph)
        level = _outline_level(paragraph) or levels.get(style, 0)
        if style == "Title" or levels.get(style) == -1:
            title = title or text.strip()
        elif level:
            sections.append((text.strip(), level, []))
        else:
            (sections[-1][2] if sections else preamble).append(text)
    return Document(title, "\n".join(preamble),
                    tuple(Section(h, level, "\n".join(lines)) for h, level, lines in sections))


def _heading_levels(archive: SafeZip) -> dict[str, int]:
    """Style id → heading level (1-9), or -1 for the Title style, from styles.xml."""
    levels = {f"Heading{n}": n for n in range(1, 10)} | {"Title": -1}
    if not archive.has("word/styles.xml"):
        return levels
    for style in archive.xml("word/styles.xml").iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        name_element = style.find(f"{_W}name")
        name = name_element.get(f"{_W}val", "") if name_element is not None else ""
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if name.lower() == "title":
            levels[style_id] = -1
        elif match := _HEADING_NAME.match(name.strip()):
            levels[style_id] = int(match[1])
        elif outline is not None and (value := outline.get(f"{_W}val", "")).isdigit() and int(value) < 9:
            levels[style_id] = int(value) + 1
    return levels


def _style_of(paragraph: ElementTree.Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else ""


def _outline_level(paragraph: ElementTree.Element) -> int:
    outline = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
    value = outline.get(f"{_W}val", "") if outline is not None else ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for element in paragraph.iter():
        tag = local(element.tag)
        if tag == "t" and element.text:
            parts.append(element.text)
        elif tag == "tab":
            parts.append(" ")
        elif tag in ("br", "cr"):
            parts.append("\n")
    return "".join(parts)
