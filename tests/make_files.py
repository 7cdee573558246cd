"""Real files of every importable format, built the way Word and EPUB tools lay them out."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NCX_ATTRIBUTE = ' toc="ncx"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                 '</Types>')


def make_docx(path: Path, paragraphs: list[tuple[str, str]], styles: str | None = None,
              parts: dict[str, str] | None = None) -> Path:
    """A .docx whose paragraphs are (style id, text); style "" is body text; `parts` more parts."""
    body = "".join(
        f'<w:p>{_style(style)}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for style, text in paragraphs)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
        if styles is not None:
            archive.writestr("word/styles.xml", styles)
        for part, xml in (parts or {}).items():
            archive.writestr(part, xml)
    return path


def _style(style: str) -> str:
    return f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""


def chinese_styles() -> str:
    """styles.xml of a Chinese Word: style ids are numbers, names say 标题 1 / heading 2."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
            '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="21"><w:name w:val="标题 2"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
            '</w:styles>')


def make_epub(path: Path, chapters: list[tuple[str, str]], toc: str = "nav",
              title: str = "书名") -> Path:
    """An EPUB of (title, body paragraphs separated by newlines) chapters, one file each;
    `toc` is "nav" (EPUB 3), "ncx" (EPUB 2) or "" (spine only)."""
    files = {f"text/ch{n}.xhtml": _chapter(heading, body) for n, (heading, body) in enumerate(chapters)}
    items = "".join(f'<item id="ch{n}" href="text/ch{n}.xhtml" media-type="application/xhtml+xml"/>'
                    for n in range(len(chapters)))
    spine = "".join(f'<itemref idref="ch{n}"/>' for n in range(len(chapters)))
    links = [(heading, f"text/ch{n}.xhtml") for n, (heading, _body) in enumerate(chapters)]
    if toc == "nav":
        items += '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        files["nav.xhtml"] = _nav(links)
    elif toc == "ncx":
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        files["toc.ncx"] = _ncx(links)
    package = ('<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
               'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
               f'<dc:title>{escape(title)}</dc:title></metadata><manifest>{items}</manifest>'
               f'<spine{NCX_ATTRIBUTE if toc == "ncx" else ""}>{spine}</spine></package>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", (
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
            'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>'))
        archive.writestr("OEBPS/content.opf", package)
        for name, text in files.items():
            archive.writestr(f"OEBPS/{name}", text, zipfile.ZIP_DEFLATED)
    return path


def _chapter(heading: str, body: str) -> str:
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in body.split("\n"))
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/'
            f'xhtml"><head><title>{escape(heading)}</title></head><body><h1>{escape(heading)}</h1>'
            f'{paragraphs}</body></html>')


def _nav(links: list[tuple[str, str]]) -> str:
    entries = "".join(f'<li><a href="{href}">{escape(title)}</a></li>' for title, href in links)
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
            f'{entries}</ol></nav></body></html>')


def _ncx(links: list[tuple[str, str]]) -> str:
    points = "".join(f'<navPoint id="p{n}"><navLabel><text>{escape(title)}</text></navLabel>'
                     f'<content src="{href}"/></navPoint>' for n, (title, href) in enumerate(links))
    return ('<?xml version="1.0" encoding="UTF-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
            f'version="2005-1"><navMap>{points}</navMap></ncx>')


SAVED_PAGE = Path(__file__).parent / "fixtures" / "saved_page.html"  # a page as a browser saves it
