"""Odd encodings, binary and huge files get clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.library import load_library
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
    assert any("binary" in p for p in library.problems)
