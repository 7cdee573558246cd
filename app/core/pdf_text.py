"""Make a PDF's text real: rewrite the ToUnicode maps and subset names of a Qt-written PDF.

Qt's PDF writer embeds each font as a TrueType subset, but builds the map from glyphs back to
characters by asking, for every code point from U+0000 up, which glyph it has, and keeps the
first code point it meets. Noto CJK maps the Kangxi radicals (U+2F00…) to the same glyphs as
一, 工, 立, 马, and the tab to the space glyph, so copied and searched text came out as ⼀⼯⽴⻢;
characters beyond U+FFFF (𠮷) got no entry at all. It also leaves the subset tag off the font
names, so viewers do not see the fonts as subsets.

This module rewrites only those objects and the cross-reference table; the pages, the fonts
and everything else are copied byte for byte. Which character each glyph stands for is asked
of a caller that knows the fonts and the text (see app.ui.print.pdf).
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.vertical_layout import VERTICAL_GLYPH_FORMS

TextMap = dict[int, str]  # character id in the font subset → the text it stands for
Resolver = Callable[[str, TextMap, int], TextMap]  # (font name, Qt's map, glyph count) → map

_OBJ = re.compile(rb"(\d+) 0 obj\b")
_REF = rb"(\d+) 0 R"
_BFRANGE_ARRAY = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\[([^\]]*)\]")
_BFRANGE_ONE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


NOTDEF = 0  # the first glyph of every font, and of Qt's subsets: the box drawn for a missing one


class PdfFormatError(ValueError):
    """The PDF is not laid out the way Qt writes it."""


@dataclass
class _Pdf:
    head: bytes
    objects: dict[int, bytes]  # object number → "N 0 obj … endobj" bytes, in file order
    trailer: bytes


def fix_pdf_text(pdf: bytes, resolve: Resolver, spans: Sequence[PageSpans] = ()) -> bytes:
    """The same PDF with corrected ToUnicode maps and tagged subset font names, and the text
    objects `spans` names on each page marked as one run of text each (see mark_text_spans).

    Raises PdfFormatError (and nothing else) for a PDF laid out otherwise than expected."""
    try:
        return _fix(pdf, resolve, spans)
    except PdfFormatError:
        raise
    except (ValueError, KeyError, IndexError, zlib.error) as error:  # a missing object or keyword
        raise PdfFormatError(f"{type(error).__name__}: {error}") from error


def _fix(pdf: bytes, resolve: Resolver, spans: Sequence[PageSpans]) -> bytes:
    document = _split(pdf)
    for number, body in list(document.objects.items()):
        if b"/Subtype /Type0" not in body:
            continue
        descendant = _ref(body, rb"/DescendantFonts\s*\[\s*" + _REF)
        to_unicode = _ref(body, rb"/ToUnicode\s+" + _REF)
        if descendant is None or to_unicode is None:
            continue
        cid_font = document.objects[descendant]
        descriptor = document.objects.get(_ref(cid_font, rb"/FontDescriptor\s+" + _REF) or -1, b"")
        tagged = re.search(rb"/FontName\s*/([A-Z]{6}\+[^\s/<>\[\]()]+)", descriptor)
        name = _base_font(body)
        if tagged:
            document.objects[number] = _retag(body, tagged.group(1))
            document.objects[descendant] = _retag(cid_font, tagged.group(1))
        old_map = parse_cmap(_stream(document.objects[to_unicode]))
        new_map = resolve(name, old_map, _glyph_count(cid_font, old_map))
        document.objects[to_unicode] = _stream_object(to_unicode, write_cmap(new_map))
    if spans:
        _mark_spans(document, spans)
    return _join(document)


def _split(pdf: bytes) -> _Pdf:
    """Objects cut at the offsets of the cross-reference table (robust to binary streams)."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if not found:
        raise PdfFormatError("no startxref")
    xref_at = int(found.group(1))
    offsets = _xref_offsets(pdf, xref_at)
    if not offsets:
        raise PdfFormatError("empty cross-reference table")
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    objects: dict[int, bytes] = {}
    for index, (number, offset) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else xref_at
        objects[number] = pdf[offset:end]
    trailer_at = pdf.index(b"trailer", xref_at)
    trailer = pdf[trailer_at:pdf.index(b"startxref", trailer_at)]
    return _Pdf(pdf[:ordered[0][1]], objects, trailer)


def _xref_offsets(pdf: bytes, at: int) -> dict[int, int]:
    if not pdf.startswith(b"xref", at):
        raise PdfFormatError("compressed cross-reference streams are not expected here")
    lines = pdf[at:pdf.index(b"trailer", at)].split(b"\n")[1:]
    offsets: dict[int, int] = {}
    first, row = 0, 0
    for line in (raw.strip() for raw in lines):
        parts = line.split()
        if len(parts) == 2:
            first, row = int(parts[0]), 0
        elif len(parts) == 3:
            if parts[2] == b"n":
                offsets[first + row] = int(parts[0])
            row += 1
    return offsets


def _join(document: _Pdf) -> bytes:
    out = bytearray(document.head)
    offsets: dict[int, int] = {}
    for number, body in document.objects.items():
        offsets[number] = len(out)
        out += body
    xref_at = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[number]) if number in offsets else b"0000000000 65535 f \n"
    out += document.trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _ref(body: bytes, pattern: bytes) -> int | None:
    found = re.search(pattern, body)
    return int(found.group(1)) if found else None


def _base_font(body: bytes) -> str:
    found = re.search(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", body)
    return found.group(1).decode("latin-1") if found else ""


def _retag(body: bytes, tagged: bytes) -> bytes:
    """/BaseFont /Name → /BaseFont /ABCDEF+Name, the PDF convention for an embedded subset."""
    return re.sub(rb"/BaseFont\s*/[^\s/<>\[\]()]+", b"/BaseFont /" + tagged.replace(b"\\", b""), body,
                  count=1)


def _stream(body: bytes) -> bytes:
    start = body.index(b"stream") + len(b"stream")
    start += 2 if body[start:start + 2] == b"\r\n" else 1
    data = body[start:body.rindex(b"endstream")]
    return zlib.decompress(data) if b"/FlateDecode" in body[:start] else data


def _stream_object(number: int, data: bytes) -> bytes:
    packed = zlib.compress(data, 9)
    return (b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (number, len(packed))
            + packed + b"\nendstream\nendobj\n")


def _glyph_count(cid_font: bytes, known: TextMap) -> int:
    """How many glyphs the subset has: one past the highest id in the widths array or the map."""
    highest = max(known, default=0)
    found = re.search(rb"/W\s*\[(.*?)\]\s*(?:/|>>)", cid_font, re.S)
    tokens = re.findall(rb"\[|\]|[\d.]+", found.group(1)) if found else []
    index = 0
    while index + 1 < len(tokens):
        first = int(float(tokens[index]))
        if tokens[index + 1] == b"[":
            close = tokens.index(b"]", index + 1)
            highest = max(highest, first + close - index - 3)
            index = close + 1
        else:
            highest = max(highest, int(float(tokens[index + 1])))
            index += 3
    return highest + 1


def parse_cmap(data: bytes) -> TextMap:
    """The character-id → text entries of a ToUnicode CMap (bfchar and bfrange)."""
    mapping: TextMap = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, values in _BFRANGE_ARRAY.findall(block):
            for offset, value in enumerate(_HEX.findall(values)):
                if int(low, 16) + offset <= int(high, 16):
                    mapping[int(low, 16) + offset] = _utf16(value)
        for low, high, first in _BFRANGE_ONE.findall(_BFRANGE_ARRAY.sub(b"", block)):
            base = _utf16(first)
            for offset in range(int(high, 16) - int(low, 16) + 1):
                mapping[int(low, 16) + offset] = base[:-1] + chr(ord(base[-1]) + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, value in _BFCHAR.findall(block):
            mapping[int(code, 16)] = _utf16(value)
    return mapping


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")


def write_cmap(mapping: TextMap) -> bytes:
    """A ToUnicode CMap with one bfchar entry per character id (blocks of at most 100)."""
    entries = [b"<%04X> <%s>" % (cid, text.encode("utf-16-be").hex().upper().encode("ascii"))
               for cid, text in sorted(mapping.items()) if text]
    blocks = [entries[i:i + 100] for i in range(0, len(entries), 100)]
    body = b"".join(b"%d beginbfchar\n%s\nendbfchar\n" % (len(block), b"\n".join(block))
                    for block in blocks)
    return (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + body
            + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def postscript_name(name_table: bytes) -> str:
    """The PostScript name (name id 6) from a font's `name` table; "" when it has none."""
    if len(name_table) < 6:
        return ""
    count, strings = struct.unpack(">HH", name_table[2:6])
    for index in range(count):
        at = 6 + 12 * index
        if at + 12 > len(name_table):
            break
        platform, _encoding, _language, name_id, length, offset = struct.unpack(
            ">HHHHHH", name_table[at:at + 12])
        if name_id != 6:
            continue
        raw = name_table[strings + offset:strings + offset + length]
        return raw.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="replace")
    return ""


def correct_map(qt_map: TextMap, glyph_count: int, glyph_of: Callable[[str], int],
                drawn: Sequence[tuple[int, str]]) -> TextMap:
    """The text each character id really stands for, from the glyphs drawn with this font.

    `glyph_of` gives a character's glyph by the font's cmap (0 when it has none); `drawn` is
    every (glyph, text) the layout drew with the font, in drawing order. An entry whose glyph
    was drawn gets the drawn text (⼀ → 一, tab → space); ids Qt left out (characters beyond
    U+FFFF, glyphs no code point maps to, such as digits shaped for a Latin run) are given the
    drawn glyphs no entry accounts for, in order of first use, which is the order Qt numbers a
    subset's glyphs in.

    Qt's layout misnumbers the text of the runs after a fallback font on the same line (a note
    holding U+FFFD or U+200B), so a glyph Qt's map accounts for does not take drawn text that
    is plainly another's: one character of a different glyph, or its own character and more.
    """
    used = {glyph_of(text) if len(text) == 1 else 0 for text in qt_map.values()}
    by_glyph: dict[int, str] = {}
    for glyph, text in drawn:
        if glyph in by_glyph or glyph == NOTDEF or (glyph in used and _slipped(glyph, text, glyph_of)):
            continue
        by_glyph[glyph] = text
    fixed: TextMap = {}
    for cid, text in qt_map.items():
        glyph = glyph_of(text) if len(text) == 1 else 0
        fixed[cid] = by_glyph.get(glyph, text)
    if NOTDEF in fixed:  # the missing-glyph box: what it stands for cannot be told, so say that
        fixed[NOTDEF] = "\ufffd"
    missing = [cid for cid in range(1, glyph_count) if cid not in qt_map]
    leftover = [text for glyph, text in by_glyph.items() if glyph not in used]
    fixed.update(zip(missing, leftover, strict=False))
    return fixed


def _slipped(glyph: int, text: str, glyph_of: Callable[[str], int]) -> bool:
    """True when `text` cannot be what `glyph` was drawn for (a ligature such as ﬃ can)."""
    own = glyph_of(text[:1])
    if any(glyph_of(form) == glyph for form in VERTICAL_GLYPH_FORMS.get(text, "")):
        return False  # 「 drawn upright in a column: the font's vertical glyph, which is ﹁'s
    return own not in (NOTDEF, glyph) if len(text) == 1 else own == glyph


# -- columns as lines -----------------------------------------------------------------------------

Span = tuple[int, str]  # how many text objects in a row on a page, and the text they show together
PageSpans = tuple[Sequence[Span], int]  # a page's spans from its start, then how many text objects follow
_TEXT_OBJECT = re.compile(rb"(?:^|(?<=\s))BT\s.*?\sET(?=\s|$)", re.S)
_KIDS = re.compile(rb"/Type\s*/Pages\b.*?/Kids\s*\[([^\]]*)\]", re.S)


def _mark_spans(document: _Pdf, spans: Sequence[PageSpans]) -> None:
    """Wraps the given runs of each page's text objects in a span carrying their text, so a
    vertical column, drawn a character at a time, extracts as one line (`pdftotext -raw`)."""
    pages_node = next((found for body in document.objects.values() if (found := _KIDS.search(body))), None)
    if pages_node is None:
        raise PdfFormatError("no page tree")
    pages = [int(number) for number in re.findall(_REF, pages_node.group(1))]
    for page, (page_spans, trailing) in zip(pages, spans, strict=False):
        contents = _ref(document.objects[page], rb"/Contents\s+" + _REF)
        if contents is None or not page_spans:
            continue
        marked = mark_text_spans(_stream(document.objects[contents]), page_spans, trailing)
        if marked is not None:
            document.objects[contents] = _stream_object(contents, marked)


def mark_text_spans(content: bytes, spans: Sequence[Span], trailing: int | None = None) -> bytes | None:
    """`content` with each span's text objects inside `/Span <</ActualText …>> BDC … EMC`; None
    when the page holds fewer text objects than the spans count (drawn otherwise than expected)."""
    objects = list(_TEXT_OBJECT.finditer(content))
    wanted = sum(count for count, _text in spans)
    if len(objects) < wanted or (trailing is not None and len(objects) != wanted + trailing):
        return None
    out, at, index = bytearray(), 0, 0
    for count, text in spans:
        if count <= 0:
            continue
        first, last = objects[index], objects[index + count - 1]
        actual = b"FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii")
        out += content[at:first.start()] + b"/Span <</ActualText <" + actual + b">>> BDC\n"
        out += content[first.start():last.end()] + b"\nEMC"
        at, index = last.end(), index + count
    return bytes(out + content[at:])
