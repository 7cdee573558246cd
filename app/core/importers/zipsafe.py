"""Reading ZIP containers (.docx, .epub) without trusting their headers: no zip bombs, no
path tricks, no XML entity expansion."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from app.core.importers.document import (
    ENCRYPTED,
    ENTITIES,
    NOT_XML,
    NOT_ZIP,
    PART_DAMAGED,
    PART_MISSING,
    PROTECTED,
    TOO_MUCH_TEXT,
    ZIP_BOMB,
    failed,
)

MAX_MEMBER_BYTES = 32 * 1024 * 1024  # one XML part; a whole novel's text is far less
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # everything read from one container
MAX_RATIO = 200  # plain XML compresses 5-20×; hundreds-fold is a bomb
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


class SafeZip:
    """A ZIP archive whose members are read with hard limits, whatever the headers claim."""

    def __init__(self, data: bytes, name: str, kind: str) -> None:
        self.name = name
        self._read_so_far = 0
        if data.startswith(_OLE_MAGIC):
            raise failed(PROTECTED, file=name, kind=kind)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._names = {info.filename: info for info in self._zip.infolist()}
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise failed(NOT_ZIP, file=name, kind=kind) from error

    def has(self, member: str) -> bool:
        return member in self._names

    def names(self) -> list[str]:
        return list(self._names)

    def read(self, member: str) -> bytes:
        """The member's bytes, refusing bombs; ImportFailed when missing or damaged."""
        info = self._names.get(member)
        if info is None:
            raise failed(PART_MISSING, file=self.name, part=member)
        if info.flag_bits & 0x1:
            raise failed(ENCRYPTED, file=self.name)
        if info.file_size > MAX_MEMBER_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                and info.file_size > 1024 * 1024):
            raise failed(ZIP_BOMB, file=self.name, part=member, size=f"{info.file_size / 1e6:.0f}")
        try:
            with self._zip.open(info) as handle:
                data = handle.read(MAX_MEMBER_BYTES + 1)  # the header may lie about the size
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
            raise failed(PART_DAMAGED, file=self.name, part=member) from error
        self._read_so_far += len(data)
        if len(data) > MAX_MEMBER_BYTES or self._read_so_far > MAX_TOTAL_BYTES:
            raise failed(TOO_MUCH_TEXT, file=self.name)
        return data

    def xml(self, member: str) -> ElementTree.Element:
        """Parse a member as XML; documents declaring entities are refused (billion laughs)."""
        data = self.read(member)
        if _ENTITY.search(data[:65536]):
            raise failed(ENTITIES, file=self.name, part=member)
        try:
            return ElementTree.fromstring(data)
        except ElementTree.ParseError as error:
            raise failed(NOT_XML, file=self.name, part=member) from error


def local(tag: str) -> str:
    """`{namespace}name` → `name`: the formats mix namespaces freely."""
    return tag.rsplit("}", 1)[-1]
