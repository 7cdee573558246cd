"""The ToUnicode rewrite that makes a Qt-written PDF copy and search as the characters printed."""

from __future__ import annotations

import re

from app.core.pdf_text import correct_map, mark_text_spans, parse_cmap, postscript_name, write_cmap

QT_CMAP = b"""/CIDInit /ProcSet findresource begin
begincmap
3 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<2F00> <2F2F> <0009> <3002> ]
<0006> <0007> <0041>
endbfrange
1 beginbfchar
<0008> <D842DFB7>
endbfchar
endcmap
"""


def test_parse_reads_ranges_arrays_and_surrogate_pairs() -> None:
    mapping = parse_cmap(QT_CMAP)
    assert mapping == {0: "\0", 1: "⼀", 2: "⼯", 3: "\t", 4: "。", 6: "A", 7: "B", 8: "𠮷"}
    assert parse_cmap(write_cmap(mapping)) == {k: v for k, v in mapping.items() if v}


def test_radicals_and_tabs_become_the_characters_drawn() -> None:
    # One glyph per "shape": the radical ⼀ and the ideograph 一 share glyph 10, tab and space 3.
    glyphs = {"⼀": 10, "一": 10, "⼯": 11, "工": 11, "\t": 3, " ": 3, "。": 12, "𠮷": 40, "马": 13}
    qt_map = {1: "⼀", 2: "⼯", 3: "\t", 4: "。"}  # id 5 (𠮷) has no entry: Qt looks below U+10000 only
    drawn = [(glyphs[c], c) for c in "一工 。𠮷"] + [(77, "1")]  # 77: a "1" shaped for a Latin run
    fixed = correct_map(qt_map, 7, lambda c: glyphs.get(c, 0), drawn)
    assert fixed == {1: "一", 2: "工", 3: " ", 4: "。", 5: "𠮷", 6: "1"}


def test_a_radical_really_drawn_is_kept() -> None:
    glyphs = {"⼀": 10, "一": 10}
    assert correct_map({1: "⼀"}, 2, lambda c: glyphs.get(c, 0), [(10, "⼀")]) == {1: "⼀"}


def test_postscript_name_from_a_name_table() -> None:
    name = "NotoSerifCJKsc-Regular".encode("utf-16-be")
    table = (b"\0\0\0\x01\0\x12" + b"\0\x03\0\x01\x04\x09\0\x06" + len(name).to_bytes(2, "big")
             + b"\0\0" + name)
    assert postscript_name(table) == "NotoSerifCJKsc-Regular"
    assert postscript_name(b"") == ""


def test_a_pdf_not_written_like_qt_is_refused() -> None:
    import pytest

    from app.core.pdf_text import PdfFormatError, fix_pdf_text
    with pytest.raises(PdfFormatError):
        fix_pdf_text(b"%PDF-1.7\nno cross-reference table", lambda name, cmap, count: cmap)
    body = b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n"
    cut_short = (body + b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
                 + b"startxref\n%d\n%%%%EOF\n" % len(body))  # no trailer: a bare ValueError
    with pytest.raises(PdfFormatError):
        fix_pdf_text(cut_short, lambda name, cmap, count: cmap)


def test_text_slipped_onto_another_glyph_is_not_believed() -> None:
    # After a fallback font on a line, Qt numbers the next runs' text from 0: "n" was reported
    # as "a" and "a" as "ab". A ligature's text (ﬃ drawn for "ffi") is still taken.
    glyphs = {"a": 5, "n": 6, "b": 7, "f": 8, "ﬃ": 9, "\0": 0}
    qt_map = {0: "\0", 1: "a", 2: "n", 3: "b", 4: "ﬃ"}
    drawn = [(6, "a"), (5, "ab"), (9, "ffi"), (0, "𪚥"), (6, "n")]
    fixed = correct_map(qt_map, 5, lambda c: glyphs.get(c, 0), drawn)
    assert fixed == {0: "\ufffd", 1: "a", 2: "n", 3: "b", 4: "ffi"}


PAGE = b"""q
BT
/F1 154 Tf 1 0 0 -1 0 0 Tm
4592 -135 Td <0001> Tj
ET
Q
q
BT
/F1 154 Tf 1 0 0 -1 0 0 Tm
4592 -289 Td <0002> Tj
ET
Q
0 0 1 1 re f
BT
/F1 110 Tf 1 0 0 -1 0 0 Tm
4154 -316 Td <0003> Tj
ET
BT
/F2 60 Tf 1 0 0 -1 0 0 Tm
2000 -7000 Td <0004> Tj
ET
"""


def test_each_column_becomes_one_span_of_its_text() -> None:
    marked = mark_text_spans(PAGE, [(2, "古人"), (1, "𠮷")], trailing=1)
    assert marked is not None
    first = b"/Span <</ActualText <FEFF53E44EBA>>> BDC\nBT"
    assert marked.startswith(b"q\n" + first) and marked.count(b"BDC") == 2 and marked.count(b"EMC") == 2
    assert b"<FEFFD842DFB7>" in marked  # beyond U+FFFF as a surrogate pair
    # the page number after the columns stays outside every span; nothing else changes
    assert marked.rindex(b"EMC") < marked.index(b"/F2")
    assert re.sub(rb"/Span <<[^>]*>>> BDC\n|\nEMC", b"", marked) == PAGE


def test_a_page_drawn_otherwise_is_left_alone() -> None:
    assert mark_text_spans(PAGE, [(2, "古人"), (1, "𠮷")], trailing=3) is None  # one text object more or less
    assert mark_text_spans(PAGE, [(5, "古人云吉𠮷")]) is None
