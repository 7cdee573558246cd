"""EPUB: the chapters its table of contents names (nav.xhtml or toc.ncx), else its spine.

An EPUB is a ZIP of XHTML with an OPF package file; zipfile, ElementTree (for the package
and the tables of contents) and the page parser in html_text (for the chapters, which are
often not well-formed XML) are enough. ebooklib would add lxml to the bundle.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote
from xml.etree import ElementTree

from app.core.importers.document import DRM, NO_CHAPTERS, NO_PACKAGE, NOT_EPUB, Document, Section, failed
from app.core.importers.html_text import Block, Node, blocks_of, iter_nodes, parse_html
from app.core.importers.zipsafe import SafeZip, local

CONTAINER = "META-INF/container.xml"
_XHTML = ("application/xhtml+xml", "text/html")


@dataclass(frozen=True)
class _Entry:
    """A table-of-contents entry: its title and where it starts (file and element id)."""

    title: str
    file: str
    fragment: str


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
    chapters = {path: _chapter_blocks(archive, path) for path in spine}
    entries = _toc(archive, package, manifest, folder)
    entries = [e for e in entries if e.file in chapters]
    sections = _sections_by_toc(entries, spine, chapters) if entries else _sections_by_spine(spine, chapters)
    return Document(_book_title(package), "", tuple(sections), as_written=True)


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
    markup = archive.read(path).decode("utf-8", errors="replace")
    root = parse_html(markup)
    body = next((n for n in iter_nodes(root) if n.tag == "body"), root)
    return blocks_of(body)


def _toc(archive: SafeZip, package: ElementTree.Element, manifest: dict[str, ElementTree.Element],
         folder: str) -> list[_Entry]:
    """Top-level entries of the EPUB 3 nav document, else of the EPUB 2 NCX."""
    nav = next((i for i in manifest.values() if "nav" in i.get("properties", "").split()), None)
    if nav is not None and archive.has(path := _href(folder, nav)):
        entries = _nav_entries(archive, path)
        if entries:
            return entries
    spine = next((e for e in package.iter() if local(e.tag) == "spine"), None)
    ncx_id = spine.get("toc", "") if spine is not None else ""
    ncx = manifest.get(ncx_id) or next(
        (i for i in manifest.values() if i.get("media-type") == "application/x-dtbncx+xml"), None)
    if ncx is not None and archive.has(path := _href(folder, ncx)):
        return _ncx_entries(archive, path)
    return []


def _nav_entries(archive: SafeZip, path: str) -> list[_Entry]:
    root = parse_html(archive.read(path).decode("utf-8", errors="replace"))
    navs = [n for n in iter_nodes(root) if n.tag == "nav"]
    toc = next((n for n in navs if "toc" in n.attrs.get("epub:type", "")), navs[0] if navs else None)
    top = next((c for c in toc.children if isinstance(c, Node) and c.tag == "ol"), None) if toc else None
    if top is None:
        return []
    items = _children(top, "li")
    while len(items) == 1 and (inner := _children(items[0], "ol")):
        items = _children(inner[0], "li")  # one entry (the book) wrapping the chapters
    entries = []
    for item in items:
        link = next((n for n in iter_nodes(item) if n.tag == "a"), None)
        if link is not None and link.attrs.get("href"):
            title = " ".join(b.text for b in blocks_of(link))
            entries.append(_entry(posixpath.dirname(path), title, link.attrs["href"]))
    return entries


def _ncx_entries(archive: SafeZip, path: str) -> list[_Entry]:
    root = archive.xml(path)
    nav_map = next((e for e in root.iter() if local(e.tag) == "navMap"), None)
    if nav_map is None:
        return []
    points = [p for p in nav_map if local(p.tag) == "navPoint"]
    while len(points) == 1 and (inner := [p for p in points[0] if local(p.tag) == "navPoint"]):
        points = inner  # one entry (the book) wrapping the chapters
    entries = []
    for point in points:
        label = next((e for e in point.iter() if local(e.tag) == "text"), None)
        content = next((e for e in point if local(e.tag) == "content"), None)
        if content is not None and content.get("src"):
            title = " ".join((label.text or "").split()) if label is not None else ""
            entries.append(_entry(posixpath.dirname(path), title, content.get("src", "")))
    return entries


def _children(node: Node, tag: str) -> list[Node]:
    return [c for c in node.children if isinstance(c, Node) and c.tag == tag]


def _entry(folder: str, title: str, href: str) -> _Entry:
    file, _, fragment = href.partition("#")
    return _Entry(title, posixpath.normpath(posixpath.join(folder, unquote(file))), unquote(fragment))


def _sections_by_toc(entries: list[_Entry], spine: list[str],
                     chapters: dict[str, list[Block]]) -> list[Section]:
    """Each entry's text runs from its place to the next entry's place, in spine order."""
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
        if blocks and blocks[0].level and _same(blocks[0].text, entry.title):
            blocks = blocks[1:]  # the chapter repeats its title as a heading
        sections.append(Section(entry.title or _first_line(blocks), 1, _text(blocks)))
    return sections


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
