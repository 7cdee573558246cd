"""Turning a user's file (text, Markdown, web page, Word, EPUB) into a collection of essays.

`read_document` picks the importer by the file's extension; `build_imported` turns what it
found into a Collection with the same canonical-text rules as the shipped essays (clutter
removal, line repair, script detection). No Qt here: the library service runs this in the
background, and the command line runs it directly.
"""

from __future__ import annotations

from pathlib import Path

from app.core.importers.document import Document, ImportFailed, Section
from app.core.importers.sections import build_imported, document_from_text
from app.core.textio import TextFileError, decode_text

__all__ = ["MAX_IMPORT_BYTES", "SUFFIXES", "Document", "ImportFailed", "Section", "build_imported",
           "document_from_text", "read_document", "supported"]

MAX_IMPORT_BYTES = 50 * 1024 * 1024  # Word and EPUB files carry pictures; text files stop at textio's 20 MB
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".epub")


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_document(name: str, data: bytes) -> Document:
    """What the file `name` (for its extension and messages) holds; ImportFailed says why not."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFailed(f"{name}: {suffix or 'files without an extension'} files cannot be imported "
                           f"(supported: {', '.join(SUFFIXES)}).")
    if not data.strip():
        raise ImportFailed(f"{name} is empty.")
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFailed(f"{name} is {len(data) / 1e6:.0f} MB; files over "
                           f"{MAX_IMPORT_BYTES / 1e6:.0f} MB are not imported.")
    try:
        return _read(suffix, name, data)
    except TextFileError as error:
        raise ImportFailed(str(error)) from error
    except RecursionError as error:
        raise ImportFailed(f"{name} is nested too deeply to be read.") from error


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
