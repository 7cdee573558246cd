"""What every importer returns, and the errors they raise."""

from __future__ import annotations

from typing import NamedTuple

from app.core.messages import QT_TRANSLATE_NOOP, Field, UserError, say


class ImportFailed(UserError, ValueError):
    """A file that cannot be imported; the message names the file and says why (for the user)."""


def failed(text: str, **fields: Field) -> ImportFailed:
    """ImportFailed saying `text` (one of the constants below) with its fields."""
    return ImportFailed(say("Import", text, **fields))


# Why a file was not imported, in English here and translated in the window.
NOT_SUPPORTED = QT_TRANSLATE_NOOP(
    "Import", "{file}: {kind} files cannot be imported (supported: {supported}).")
NO_EXTENSION = QT_TRANSLATE_NOOP("Import", "files without an extension")
EMPTY = QT_TRANSLATE_NOOP("Import", "{file} is empty.")
TOO_BIG = QT_TRANSLATE_NOOP("Import", "{file} is {size} MB; files over {limit} MB are not imported.")
TOO_DEEP = QT_TRANSLATE_NOOP("Import", "{file} is nested too deeply to be read.")
NOT_WORD = QT_TRANSLATE_NOOP("Import", "{file} is not a Word document (it has no {part}).")
NO_BODY = QT_TRANSLATE_NOOP("Import", "{file} is damaged: its document has no body.")
NOT_EPUB = QT_TRANSLATE_NOOP("Import", "{file} is not an EPUB book (it has no {part}).")
NO_CHAPTERS = QT_TRANSLATE_NOOP("Import", "{file} is damaged: its book has no chapters.")
DRM = QT_TRANSLATE_NOOP("Import", "{file} is protected by DRM (encrypted); it cannot be imported.")
NO_PACKAGE = QT_TRANSLATE_NOOP("Import", "{file} is damaged: it does not say where its book is.")
NO_TEXT = QT_TRANSLATE_NOOP("Import", "{file} holds no essay text.")
PROTECTED = QT_TRANSLATE_NOOP(
    "Import", "{file} is password-protected (encrypted) or an old-style {kind} file; save it unprotected as "
    ".docx/.epub and import that.")
NOT_ZIP = QT_TRANSLATE_NOOP("Import", "{file} is damaged: it is not a readable {kind} file.")
PART_MISSING = QT_TRANSLATE_NOOP("Import", "{file} is damaged: {part} is missing.")
ENCRYPTED = QT_TRANSLATE_NOOP("Import", "{file} is encrypted; it cannot be imported.")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "Import", "{file} looks like a zip bomb ({part} unpacks to {size} MB); it was not opened.")
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "Import", "{file} unpacks to more text than an essay file holds; it was not opened (a zip bomb?).")
PART_DAMAGED = QT_TRANSLATE_NOOP("Import", "{file} is damaged: {part} cannot be unpacked.")
ENTITIES = QT_TRANSLATE_NOOP("Import", "{file}: {part} declares XML entities; refused for safety.")
NOT_XML = QT_TRANSLATE_NOOP("Import", "{file} is damaged: {part} is not valid XML.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Import", "{file} is not a regular file.")
UNREADABLE = QT_TRANSLATE_NOOP("Import", "{file} could not be read: {reason}")
COPY_UNREADABLE = QT_TRANSLATE_NOOP("Import", "The copy of {file} in the library could not be read: {reason}")
ALREADY_THERE = QT_TRANSLATE_NOOP("Import", "{file} is already in the library as “{title}”.")
SAME_NAME = QT_TRANSLATE_NOOP(
    "Import", "{file} was not imported: the library already has a collection from a file of that name.")
NOT_SAVED = QT_TRANSLATE_NOOP("Import", "{file} could not be saved in the library: {reason}")
FAILED_UNEXPECTEDLY = QT_TRANSLATE_NOOP("Import", "The import failed unexpectedly; details are in the log.")
EMPTY_CLIPBOARD = QT_TRANSLATE_NOOP("Import", "The clipboard holds no text.")
COLLECTION_UNREADABLE = QT_TRANSLATE_NOOP(
    "Import", "The imported collection in {folder} could not be read ({reason}).")


class Section(NamedTuple):
    """A heading the format marks as one (Markdown #, a Word heading style, an EPUB TOC entry)
    and the plain text under it, paragraphs separated by newlines."""

    heading: str
    level: int
    text: str


class Document(NamedTuple):
    """A file's text as its importer found it.

    With `sections`, the format's own headings divide the essays and `text` is whatever
    comes before the first heading; without them `text` is the whole file, and the text
    parser looks for 篇N / 第N章 / 一、 headings in it, as it does for a .txt.
    `as_written` says the format marks its paragraphs (Word, EPUB, HTML, Markdown): they are
    kept as they are, never joined or stripped of spaces as PDF-damaged text is.
    `preamble_title` names the essay the text before the first heading becomes (an EPUB's
    序 the contents leave out); "" gives it the usual 前言.
    """

    title: str
    text: str
    sections: tuple[Section, ...] = ()
    as_written: bool = False
    preamble_title: str = ""
