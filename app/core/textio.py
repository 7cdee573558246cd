"""Reading essay files: encodings, binary files and size limits, with clear errors."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from functools import cache
from pathlib import Path

from app.core.messages import QT_TRANSLATE_NOOP, Field, Message, UserError, say

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 20 MB text file is ~7 million characters
MAX_DAMAGED_SHARE = 0.05  # more bad bytes than this per good character: another encoding

# After UTF-8 (strict, so a wrong guess fails instead of producing mojibake), the legacy
# encodings Chinese text files still arrive in.
_LEGACY = ("gb18030", "big5hkscs")


class TextFileError(UserError, ValueError):
    """A file that cannot be read as an essay text; the message is for the user."""


UNREADABLE = QT_TRANSLATE_NOOP("Import", "{file} could not be read: {reason}")
NOT_REGULAR = QT_TRANSLATE_NOOP("Import", "{file} is not a regular file (a device, pipe or folder).")
TOO_BIG = QT_TRANSLATE_NOOP("Import", "{file} is {size} MB; essay files over {limit} MB are not opened.")
BINARY = QT_TRANSLATE_NOOP("Import", "{file} looks like a binary file, not text.")
DAMAGED_CHARACTER = QT_TRANSLATE_NOOP(
    "Import", "{file} has 1 damaged character (shown as �); the rest of it was read.")
DAMAGED_CHARACTERS = QT_TRANSLATE_NOOP(
    "Import", "{file} has {count} damaged characters (shown as �); the rest of it was read.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "{file} is not in an encoding we recognise (UTF-8, GB18030, Big5).")
BAD_ENCODING = QT_TRANSLATE_NOOP("Import", "{file} is damaged: it is not valid {encoding}.")


def _error(text: str, **fields: Field) -> TextFileError:
    return TextFileError(say("Import", text, **fields))


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES,
                   warnings: list[Message] | None = None) -> str:
    """Return the text of `path` with newlines normalised, or raise TextFileError.

    Only regular files are read: a FIFO or a device (or a link to one) would block or never
    end, so it is refused before it is opened. Readable damage (a few bad bytes) is repaired
    and described in `warnings`.
    """
    return decode_text(read_file_bytes(path, max_bytes), path.name, warnings)


def read_file_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES, follow_links: bool = True) -> bytes:
    """The bytes of the regular file `path` (at most `max_bytes`), or TextFileError saying why not.
    `follow_links=False`: a link is refused, even one swapped in after the folder was listed."""
    try:
        return _read_regular_file(path, max_bytes, follow_links)
    except OSError as error:
        raise _error(UNREADABLE, file=path.name, reason=str(error.strerror or error)) from error


def _read_regular_file(path: Path, max_bytes: int, follow_links: bool = True) -> bytes:
    if not stat.S_ISREG((path.stat() if follow_links else path.lstat()).st_mode):
        raise _error(NOT_REGULAR, file=path.name)
    # O_NONBLOCK: should the file be swapped for a pipe after the check, open does not hang;
    # O_NOFOLLOW (where the OS has it): nor is a link swapped in then followed.
    no_follow = 0 if follow_links else getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, os.O_RDONLY | no_follow | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _error(NOT_REGULAR, file=path.name)
        if info.st_size > max_bytes:
            raise _error(TOO_BIG, file=path.name, size=f"{info.st_size / 1e6:.1f}",
                         limit=f"{max_bytes / 1e6:.0f}")
        # a buffer the file's size, not max_bytes: a 500 MB limit must not mean 500 MB per read
        data = handle.read(info.st_size + 1)
        if len(data) > info.st_size:  # it grew while read (or says 0, as /proc files do): read on
            data += handle.read(max_bytes + 1 - len(data))
        return data


class NotRegularFile(OSError):
    """A FIFO, device or folder where a file belongs: refused before it is opened, since
    opening a FIFO blocks until someone writes to it (an OSError, so every reader that
    copes with an unreadable file copes with this one)."""


def read_regular_bytes(path: Path) -> bytes:
    """The bytes of `path` if it is a regular file (or a link to one); NotRegularFile if not,
    at once and without blocking."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotRegularFile(errno.EINVAL, "not a regular file (a pipe, a device or a folder)", str(path))
    # O_NONBLOCK: should the file be swapped for a pipe after the check, open does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file (a pipe, a device or a folder)", str(path))
        return handle.read()


def read_regular_text(path: Path) -> str:
    """read_regular_bytes as UTF-8 text (JSON files the app or the user wrote)."""
    return read_regular_bytes(path).decode("utf-8")


def decode_text(data: bytes, name: str = "the file", warnings: list[Message] | None = None) -> str:
    """Decode bytes in UTF-8/UTF-16 (with BOM or without), GB18030 or Big5-HKSCS.

    UTF-8 with a few damaged bytes (or a last character cut in half) is read with U+FFFD in
    their place, and a warning naming the file goes to `warnings`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _normalise_newlines(_decode_or_fail(data, "utf-16", name))
    if b"\x00" in data[:8192]:  # UTF-16 without a byte-order mark, or not text at all
        if (text := _utf16_without_bom(data)) is not None:
            return _normalise_newlines(text)
        raise _error(BINARY, file=name)
    if data.startswith(b"\xef\xbb\xbf"):
        return _normalise_newlines(_decode_or_fail(data, "utf-8-sig", name))
    try:
        return _normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if (text := _damaged_utf8(data)) is not None:
        damaged = text.count("\ufffd")
        if warnings is not None:
            text_of = DAMAGED_CHARACTER if damaged == 1 else DAMAGED_CHARACTERS
            warnings.append(say("Import", text_of, file=name, count=damaged))
        return _normalise_newlines(text)
    return _normalise_newlines(_utf16_or_legacy(data, name))


def _utf16_or_legacy(data: bytes, name: str) -> str:
    """UTF-16 of Han characters only (it has no zero byte), else GB18030 or Big5."""
    if (text := _utf16_without_bom(data)) is not None:
        return text
    # GB18030 accepts almost any bytes, so decode both legacy ways and keep the reading
    # that looks most like Chinese text.
    readings = [text for encoding in _LEGACY if (text := _try_decode(data, encoding)) is not None]
    if not readings:
        raise _error(UNKNOWN_ENCODING, file=name)
    return max(readings, key=_plausibility)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 (little or big endian) with no byte-order mark, if it reads as plain text."""
    if len(data) % 2 or len(data) < 4:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _head(data, encoding)
        if text is not None and _plausibility(text) > 0.9 and "\x00" not in text:
            return _try_decode(data, encoding)
    return None


def _head(data: bytes, encoding: str) -> str | None:
    """The first 8 KB decoded, a character cut in two at its end (a surrogate pair: 𠮷) left out."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data[:8192], final=False)
    except UnicodeDecodeError:
        return None


def _damaged_utf8(data: bytes) -> str | None:
    """Mostly-valid UTF-8 with its few bad bytes replaced; None when it is not UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    # Legacy Chinese bytes almost never form valid UTF-8 sequences, so real UTF-8 shows
    # itself by the many characters that did decode.
    decoded = sum(1 for char in text if char > "\x7f") - damaged
    return text if damaged <= MAX_DAMAGED_SHARE * decoded else None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    """Share of characters that are common Han, CJK punctuation or plain ASCII."""
    return len(_common().findall(text)) / max(len(text), 1)


@cache
def _common() -> re.Pattern[str]:
    """Compiled when first needed: most files are UTF-8 and never ask (it costs 10 ms a start)."""
    return re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201d\s\x20-\x7e]")


def _decode_or_fail(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _error(BAD_ENCODING, file=name, encoding=encoding.upper()) from error


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
