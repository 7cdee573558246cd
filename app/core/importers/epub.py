"""EPUB: the chapters its table of contents names (nav.xhtml or toc.ncx), else its spine.

An EPUB is a ZIP of XHTML with an OPF package file; zipfile, ElementTree (for the package
and the tables of contents) and the page parser in html_text (for the chapters, which are
often not well-formed XML) are enough. ebooklib would add lxml to the bundle.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, replace
from urllib.parse import unquote
from xml.etree import ElementTree

from app.core.importers.document import (
    DRM,
    NO_CHAPTERS,
    NO_PACKAGE,
    NOT_EPUB,
    Document,
    ImportFailed,
    Section,
    failed,
)
from app.core.importers.html_text import BOOK_SKIP_TAGS, Block, Node, blocks_of, iter_nodes, parse_html
from app.core.importers.zipsafe import SafeZip, local

CONTAINER = "META-INF/container.xml"
_XHTML = ("application/xhtml+xml", "text/html")
# An essay longer than this is cut at the next level of the table of contents (or the spine)
# when the book has one: a reader reads essays, not 800,000-character books.
MAX_ESSAY_CHARS = 100_000
# A contents page is never an essay (the titles the EPUB tools and translations give it).
_CONTENTS_TITLE = re.compile(
    r"^\s*(?:table of contents|contents|toc|目\s*[录錄次]|inhalt(?:sverzeichnis)?|table des matières|"
    r"sommaire|índice|indice|sommario|spis treści|cuprins|содержание|sumário|conteúdo)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Entry:
    """A table-of-contents entry: its title and where it starts (file and element id)."""

    title: str
    file: str
    fragment: str
    depth: int = 1


def read_epub(data: bytes, name: str) -> Document:
    archive = SafeZip(data, name, "EPUB")
    if not archive.has(CONTAINER):
        raise failed(NOT_EPUB, file=name, part=CONTAINER)
    _refuse_drm(archive, name)
    package_path = _package_path(archive, name)
    package = archive.xml(package_path)
    folder = posixpath.dirname(package_path)
    manifest = {item.get("id", ""): item for item in package.iter() if local(item.tag) == "item"}
    spine = [_href(folder, manifest[ref.get("idref", "")])
             for ref in package.iter() if local(ref.tag) == "itemref"
             and ref.get("idref", "") in manifest
             and manifest[ref.get("idref", "")].get("media-type") in _XHTML]
    if not spine:
        raise failed(NO_CHAPTERS, file=name)
    contents_pages = _contents_pages(package, manifest, folder)
    spine = [path for path in spine if path not in contents_pages]
    chapters = {path: _chapter_blocks(archive, path) for path in spine}
    spine = [path for path in spine if not _is_contents(chapters[path])]
    entries = [e for e in _toc(archive, package, manifest, folder) if not _CONTENTS_TITLE.match(e.title)]
    sections, before = _sections(entries, spine, chapters)
    heading = before[0].text if before and before[0].level and len(before) > 1 else ""
    preamble = _text(before[1:] if heading else before)
    return Document(_book_title(package), preamble, tuple(sections), as_written=True, preamble_title=heading)


def _sections(entries: list[_Entry], spine: list[str],
              chapters: dict[str, list[Block]]) -> tuple[list[Section], list[Block]]:
    """By the table of contents, at the shallowest level whose essays are of reading size; by the
    spine when most contents links are broken, or when the spine cuts the book finer. With them,
    the blocks before the first entry (a preface the contents leave out)."""
    found = [e for e in entries if e.file in chapters]
    by_spine = _sections_by_spine(spine, chapters)
    if not found or len(found) * 2 < len(entries):
        return by_spine, []
    sections: list[Section] = []
    before: list[Block] = []
    for depth in range(1, max(e.depth for e in found) + 1):
        sections, before = _sections_by_toc([e for e in found if e.depth <= depth], spine, chapters)
        if _longest(sections) <= MAX_ESSAY_CHARS:
            break
    else:
        if _longest(by_spine) < _longest(sections):
            return by_spine, []
    return sections, [] if _lists_contents(before, found) else before


def _longest(sections: list[Section]) -> int:
    return max((len(s.text) for s in sections), default=0)


def _contents_pages(package: ElementTree.Element, manifest: dict[str, ElementTree.Element],
                    folder: str) -> set[str]:
    """The nav document and the page the package's guide calls the table of contents."""
    pages = {_href(folder, i) for i in manifest.values() if "nav" in i.get("properties", "").split()}
    for reference in package.iter():
        if local(reference.tag) == "reference" and reference.get("type") == "toc" and reference.get("href"):
            pages.add(_href(folder, reference).partition("#")[0])
    return pages


def _is_contents(blocks: list[Block]) -> bool:
    """A page whose first line is "Contents", "目录"…"""
    return bool(blocks) and _CONTENTS_TITLE.match(blocks[0].text) is not None


def _refuse_drm(archive: SafeZip, name: str) -> None:
    """encryption.xml that encrypts more than fonts means DRM: the text is unreadable."""
    if not archive.has("META-INF/encryption.xml"):
        return
    root = archive.xml("META-INF/encryption.xml")
    methods = [m.get("Algorithm", "") for m in root.iter() if local(m.tag) == "EncryptionMethod"]
    font_obfuscation = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
    if any(method not in font_obfuscation for method in methods):
        raise failed(DRM, file=name)


def _package_path(archive: SafeZip, name: str) -> str:
    for element in archive.xml(CONTAINER).iter():
        if local(element.tag) == "rootfile" and element.get("full-path"):
            return element.get("full-path", "")
    raise failed(NO_PACKAGE, file=name)


def _href(folder: str, item: ElementTree.Element) -> str:
    return posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))


def _book_title(package: ElementTree.Element) -> str:
    for element in package.iter():
        if local(element.tag) == "title" and element.text and element.text.strip():
            return element.text.strip()
    return ""


def _chapter_blocks(archive: SafeZip, path: str) -> list[Block]:
    if not archive.has(path):
        return []
    root = parse_html(_markup(archive.read(path)))
    body = next((n for n in iter_nodes(root) if n.tag == "body"), root)
    return blocks_of(body, BOOK_SKIP_TAGS)


_DECLARED = re.compile(rb"""^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")


def _markup(data: bytes) -> str:
    """A chapter's text in the encoding its byte-order mark or XML declaration names (EPUB 2
    allows UTF-16; older tools wrote GBK and Big5 too), else UTF-8 with damage replaced."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = _DECLARED.match(data)
    encoding = declared[1].decode("ascii") if declared else "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except (LookupError, UnicodeError):  # an encoding Python does not know (or "undefined")
        return data.decode("utf-8", errors="replace")


def _toc(archive: SafeZip, package: ElementTree.Element, manifest: dict[str, ElementTree.Element],
         folder: str) -> list[_Entry]:
    """Every entry of the EPUB 3 nav document, else of the EPUB 2 NCX, with its depth; a lone
    top entry wrapping the others (the book itself) is left out."""
    nav = next((i for i in manifest.values() if "nav" in i.get("properties", "").split()), None)
    if nav is not None and archive.has(path := _href(folder, nav)):
        entries = _nav_entries(archive, path)
        if entries:
            return _unwrapped(entries)
    spine = next((e for e in package.iter() if local(e.tag) == "spine"), None)
    ncx_id = spine.get("toc", "") if spine is not None else ""
    ncx = manifest.get(ncx_id) or next(
        (i for i in manifest.values() if i.get("media-type") == "application/x-dtbncx+xml"), None)
    if ncx is not None and archive.has(path := _href(folder, ncx)):
        try:
            return _unwrapped(_ncx_entries(archive, path))
        except ImportFailed:  # not well-formed (an HTML entity, say): the spine still has the text
            return []
    return []


def _unwrapped(entries: list[_Entry]) -> list[_Entry]:
    """Without the one top-level entry (besides contents pages) that holds all the others."""
    while True:
        tops = [e for e in entries if e.depth == 1 and not _CONTENTS_TITLE.match(e.title)]
        if len(tops) != 1 or not any(e.depth > 1 for e in entries):
            return entries
        entries = [replace(e, depth=e.depth - 1) for e in entries if e.depth > 1]


def _nav_entries(archive: SafeZip, path: str) -> list[_Entry]:
    root = parse_html(_markup(archive.read(path)))
    navs = [n for n in iter_nodes(root) if n.tag == "nav"]
    toc = next((n for n in navs if "toc" in n.attrs.get("epub:type", "")), navs[0] if navs else None)
    top = next((c for c in toc.children if isinstance(c, Node) and c.tag == "ol"), None) if toc else None
    entries: list[_Entry] = []
    if top is not None:
        _nav_list(top, posixpath.dirname(path), 1, entries)
    return entries


def _nav_list(ol: Node, folder: str, depth: int, entries: list[_Entry]) -> None:
    for item in _children(ol, "li"):
        link = next((n for n in item.children if isinstance(n, Node) and n.tag in ("a", "span")), None)
        if link is not None and link.tag == "a" and link.attrs.get("href"):
            title = " ".join(b.text for b in blocks_of(link))
            entries.append(_entry(folder, title, link.attrs["href"], depth))
        for inner in _children(item, "ol"):
            _nav_list(inner, folder, depth + 1, entries)


def _ncx_entries(archive: SafeZip, path: str) -> list[_Entry]:
    root = archive.xml(path)
    nav_map = next((e for e in root.iter() if local(e.tag) == "navMap"), None)
    if nav_map is None:
        return []
    entries: list[_Entry] = []
    _ncx_points(nav_map, posixpath.dirname(path), 1, entries)
    return entries


def _ncx_points(parent: ElementTree.Element, folder: str, depth: int, entries: list[_Entry]) -> None:
    for point in (p for p in parent if local(p.tag) == "navPoint"):
        label = next((e for e in point.iter() if local(e.tag) == "text"), None)
        content = next((e for e in point if local(e.tag) == "content"), None)
        if content is not None and content.get("src"):
            title = " ".join((label.text or "").split()) if label is not None else ""
            entries.append(_entry(folder, title, content.get("src", ""), depth))
        _ncx_points(point, folder, depth + 1, entries)


def _children(node: Node, tag: str) -> list[Node]:
    return [c for c in node.children if isinstance(c, Node) and c.tag == tag]


def _entry(folder: str, title: str, href: str, depth: int) -> _Entry:
    file, _, fragment = href.partition("#")
    return _Entry(title, posixpath.normpath(posixpath.join(folder, unquote(file))), unquote(fragment), depth)


def _sections_by_toc(entries: list[_Entry], spine: list[str],
                     chapters: dict[str, list[Block]]) -> tuple[list[Section], list[Block]]:
    """Each entry's text runs from its place to the next entry's place, in spine order; and the
    blocks before the first entry's place (the book's 前言, never dropped)."""
    flat = [(path, block) for path in spine for block in chapters[path]]
    first_of_file: dict[str, int] = {}
    by_id: dict[tuple[str, str], int] = {}
    for n, (path, block) in enumerate(flat):
        first_of_file.setdefault(path, n)
        for element_id in block.ids:
            by_id.setdefault((path, element_id), n)
    starts = []
    for entry in entries:
        # a fragment we cannot find starts at its file
        position = by_id.get((entry.file, entry.fragment), first_of_file.get(entry.file))
        if position is not None:
            starts.append((position, entry))
    starts.sort(key=lambda pair: pair[0])
    sections = []
    for (start, entry), stop in zip(starts, [s for s, _ in starts[1:]] + [len(flat)], strict=True):
        blocks = [block for _path, block in flat[start:stop]]
        repeated = next((b for b in blocks[:2] if b.level and _same(b.text, entry.title)), None)
        blocks = [b for b in blocks if b is not repeated]  # the chapter repeats its title as a heading
        sections.append(Section(entry.title or _first_line(blocks), 1, _text(blocks)))
    before = [block for _path, block in flat[:starts[0][0]]] if starts else []
    return _with_part_titles_merged(sections), before


_NUMBERED = re.compile(r"^[\d.]+\s*")


def _lists_contents(blocks: list[Block], entries: list[_Entry]) -> bool:
    """Blocks that mostly repeat the contents' titles (numbered or not): a contents page the
    package does not mark as one."""
    titles = {_NUMBERED.sub("", "".join(e.title.split())) for e in entries}
    return sum(_NUMBERED.sub("", "".join(b.text.split())) in titles for b in blocks) * 2 >= len(blocks) > 0


def _with_part_titles_merged(sections: list[Section]) -> list[Section]:
    """A part's title page (its title and at most a paragraph number) opens the next essay
    instead of being an essay of no text."""
    merged: list[Section] = []
    carried: list[str] = []
    for section in sections:
        if section is not sections[-1] and all(line.isdigit() for line in section.text.split()):
            carried += [section.heading, section.text]
            continue
        text = "\n".join(line for line in [*carried, section.text] if line)
        merged.append(Section(section.heading, section.level, text))
        carried = []
    return merged


def _sections_by_spine(spine: list[str], chapters: dict[str, list[Block]]) -> list[Section]:
    sections = []
    for path in spine:
        blocks = chapters[path]
        if not blocks:
            continue
        heading = next((b for b in blocks if b.level), None)
        title = heading.text if heading else _first_line(blocks)
        rest = [b for b in blocks if b is not heading]
        sections.append(Section(title, 1, _text(rest)))
    return sections


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _first_line(blocks: list[Block]) -> str:
    return blocks[0].text[:40] if blocks else ""


def _text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)
