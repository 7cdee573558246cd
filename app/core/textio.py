"""Reading essay files: encodings, binary files and size limits, with clear errors."""

from __future__ import annotations

import re
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 20 MB text file is ~7 million characters

# After UTF-8 (strict, so a wrong guess fails instead of producing mojibake), the legacy
# encodings Chinese text files still arrive in.
_LEGACY = ("gb18030", "big5hkscs")
_COMMON = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201d\s\x20-\x7e]")


class TextFileError(ValueError):
    """A file that cannot be read as an essay text; the message is for the user."""


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Return the text of `path` with newlines normalised, or raise TextFileError."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TextFileError(
                f"{path.name} is {size / 1e6:.1f} MB; essay files over "
                f"{max_bytes / 1e6:.0f} MB are not opened."
            )
        data = path.read_bytes()
    except OSError as error:
        raise TextFileError(f"{path.name} could not be read: {error.strerror or error}") from error
    return decode_text(data, path.name)


def decode_text(data: bytes, name: str = "the file") -> str:
    """Decode bytes in UTF-8/UTF-16 (with BOM), GB18030 or Big5-HKSCS."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _normalise_newlines(_decode_or_fail(data, "utf-16", name))
    if b"\x00" in data[:8192]:
        raise TextFileError(f"{name} looks like a binary file, not text.")
    if data.startswith(b"\xef\xbb\xbf"):
        return _normalise_newlines(_decode_or_fail(data, "utf-8-sig", name))
    try:
        return _normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # GB18030 accepts almost any bytes, so decode both legacy ways and keep the reading
    # that looks most like Chinese text.
    readings = [text for encoding in _LEGACY if (text := _try_decode(data, encoding)) is not None]
    if not readings:
        raise TextFileError(f"{name} is not in an encoding we recognise (UTF-8, GB18030, Big5).")
    return _normalise_newlines(max(readings, key=_plausibility))


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    """Share of characters that are common Han, CJK punctuation or plain ASCII."""
    return len(_COMMON.findall(text)) / max(len(text), 1)


def _decode_or_fail(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TextFileError(f"{name} is damaged: it is not valid {encoding.upper()}.") from error


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
