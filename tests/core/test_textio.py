"""Odd encodings, binary and huge files get clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.essay_folder import load_library
from app.core.messages import Message
from app.core.textio import TextFileError, decode_text, read_text_file

TEXT = "工匠精神 篇1\n\n敬業、精益、專注、創新。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5hkscs"])
def test_common_encodings_decode(encoding: str) -> None:
    assert decode_text(TEXT.encode(encoding)) == TEXT


def test_windows_newlines_are_normalised() -> None:
    assert decode_text("一\r\n二\r三".encode()) == "一\n二\n三"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(TextFileError, match="binary"):
        read_text_file(path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes("字".encode() * 1000)
    with pytest.raises(TextFileError, match="MB"):
        read_text_file(path, max_bytes=1000)


def test_a_bad_file_does_not_stop_the_library(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("文集\n\n篇1\n\n好文章。\n\n篇2\n\n又一篇。", encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c_empty.txt").write_bytes(b"")
    library = load_library(tmp_path)
    assert [c.file_name for c in library.collections] == ["a_good.txt"]
    assert len(library.problems) == 2
    assert any("binary" in str(p) for p in library.problems)


LONG = ("工匠精神是一種職業精神，它是職業道德、職業能力、職業品質的體現。\n" * 20)


def test_a_few_bad_bytes_in_utf8_are_replaced_and_named() -> None:
    data = LONG.encode() + b"\xff\xfe\x80" + LONG.encode()
    warnings: list[Message] = []
    text = decode_text(data, "essays.txt", warnings)
    assert text.startswith(LONG) and text.endswith(LONG) and "\ufffd" in text
    assert len(warnings) == 1 and "essays.txt" in str(warnings[0])


def test_a_last_character_cut_in_half_is_read() -> None:
    warnings: list[Message] = []
    text = decode_text(LONG.encode() + "字".encode()[:2], "cut.txt", warnings)
    assert text == LONG + "\ufffd"
    assert "cut.txt" in str(warnings[0])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(encoding: str) -> None:
    assert decode_text(LONG.encode(encoding)) == LONG


def test_short_legacy_text_is_not_taken_for_damaged_utf8() -> None:
    assert decode_text("工匠精神".encode("gb18030")) == "工匠精神"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_and_a_link_to_it_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "link.txt").symlink_to(fifo)
    for path in (fifo, tmp_path / "link.txt"):
        with pytest.raises(TextFileError, match="not a regular file"):
            read_text_file(path)  # without the check this would wait forever for a writer


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(TextFileError, match="not a regular file"):
        read_text_file(tmp_path / "zero.txt")
