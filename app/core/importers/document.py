"""What every importer returns, and the errors they raise."""

from __future__ import annotations

from dataclasses import dataclass


class ImportFailed(ValueError):
    """A file that cannot be imported; the message names the file and says why (for the user)."""


@dataclass(frozen=True)
class Section:
    """A heading the format marks as one (Markdown #, a Word heading style, an EPUB TOC entry)
    and the plain text under it, paragraphs separated by newlines."""

    heading: str
    level: int
    text: str


@dataclass(frozen=True)
class Document:
    """A file's text as its importer found it.

    With `sections`, the format's own headings divide the essays and `text` is whatever
    comes before the first heading; without them `text` is the whole file, and the text
    parser looks for 篇N / 第N章 / 一、 headings in it, as it does for a .txt.
    """

    title: str
    text: str
    sections: tuple[Section, ...] = ()
