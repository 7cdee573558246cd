"""UTF-16 text without a byte-order mark whatever character falls where the encoding is guessed."""

from __future__ import annotations

import pytest

from app.core.textio import decode_text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_character_outside_the_basic_plane_at_the_guess_s_edge_is_no_binary_file(encoding: str) -> None:
    """The first 8 KB decide the encoding; 𠮷 (two UTF-16 units) cut in half there made the whole
    file "a binary file"."""
    head = ("中文段落。\n" * 700)[:4095]  # 8,190 bytes: 𠮷 takes bytes 8,190-8,193
    text = head + "𠮷野家的故事。\n" * 10
    assert decode_text(text.encode(encoding), "名字.txt") == text
