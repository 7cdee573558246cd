"""Turning a user's file (text, Markdown, web page, Word, EPUB) into a collection of essays.

`read_document` picks the importer by the file's extension; `build_imported` turns what it
found into a Collection with the same canonical-text rules as the shipped essays (clutter
removal, line repair, script detection). No Qt here: the library service runs this in the
background, and the command line runs it directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.importers.document import (
    EMPTY,
    NO_EXTENSION,
    NOT_SUPPORTED,
    TOO_BIG,
    TOO_DEEP,
    Document,
    ImportFailed,
    Section,
    failed,
)
from app.core.messages import say
from app.core.textio import TextFileError, decode_text

if TYPE_CHECKING:
    from app.core.library import Collection

__all__ = ["MAX_IMPORT_BYTES", "SUFFIXES", "Document", "ImportFailed", "Section", "build_imported",
           "document_from_text", "read_document", "supported"]

MAX_IMPORT_BYTES = 50 * 1024 * 1024  # Word and EPUB files carry pictures; text files stop at textio's 20 MB
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".epub")


def build_imported(document: Document, file_name: str, cid: str, group: str) -> Collection:
    """The collection `cid` from a document; ImportFailed when it holds no essay text."""
    # imported on first use: the parser's patterns take a moment to compile, and the
    # window's start-up (which imports this package for its names) never parses
    from app.core.importers.sections import build_imported as build  # noqa: PLC0415

    return build(document, file_name, cid, group)


def document_from_text(text: str) -> Document:
    """Pasted plain text: parsed like a .txt file."""
    return Document("", text.replace("\r\n", "\n").replace("\r", "\n"))


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_document(name: str, data: bytes) -> Document:
    """What the file `name` (for its extension and messages) holds; ImportFailed says why not."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise failed(NOT_SUPPORTED, file=name, kind=suffix or say("Import", NO_EXTENSION),
                     supported=", ".join(SUFFIXES))
    if not data.strip():
        raise failed(EMPTY, file=name)
    if len(data) > MAX_IMPORT_BYTES:
        raise failed(TOO_BIG, file=name, size=f"{len(data) / 1e6:.0f}", limit=f"{MAX_IMPORT_BYTES / 1e6:.0f}")
    try:
        return _read(suffix, name, data)
    except TextFileError as error:
        raise ImportFailed(error.message) from error
    except RecursionError as error:
        raise failed(TOO_DEEP, file=name) from error


def _read(suffix: str, name: str, data: bytes) -> Document:
    if suffix == ".docx":
        from app.core.importers.docx import read_docx  # noqa: PLC0415  (each format on demand)

        return read_docx(data, name)
    if suffix == ".epub":
        from app.core.importers.epub import read_epub  # noqa: PLC0415

        return read_epub(data, name)
    text = decode_text(data, name)
    if suffix in (".md", ".markdown"):
        from app.core.importers.markdown import read_markdown  # noqa: PLC0415

        return read_markdown(text)
    if suffix in (".html", ".htm", ".xhtml"):
        from app.core.importers.web_page import read_web_page  # noqa: PLC0415

        return read_web_page(text)
    return Document("", text)
