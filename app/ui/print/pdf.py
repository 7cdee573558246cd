"""The handout as a PDF whose text copies and searches as the exact characters printed.

Qt lays out and draws the pages and embeds the fonts as subsets; `app.core.pdf_text` then
rewrites the fonts' text maps, which Qt gets wrong for CJK fonts (see there). Here we know which
fonts were used and what text was drawn, so each glyph can be traced back to its character.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QPainter, QPdfWriter, QRawFont

from app import APP_NAME
from app.core.handout import Handout
from app.core.pdf_text import PdfFormatError, TextMap, correct_map, fix_pdf_text, postscript_name
from app.core.ruby import CommonCharacters, load_common, ruby_readings
from app.core.script import Script
from app.paths import resources_dir
from app.ui.print.document import HandoutPages, page_layout
from app.ui.print.vertical_pages import VerticalHandoutPages

PDF_DPI = 720  # positions to a fortieth of a point; the fonts are vectors whatever this is


class PdfError(RuntimeError):
    """The PDF could not be made (the text stays wrong rather than being written silently)."""


def handout_pdf(handout: Handout, page_size: QPageSize, title: str) -> bytes:
    """The PDF's bytes; write them with the app's atomic writer."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page_size))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    pages = handout_pages(handout, writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("the PDF writer could not start")
    pages.paint(painter)
    painter.end()
    buffer.close()
    raw = bytes(QByteArray(buffer.data()).data())
    try:
        spans = pages.text_spans() if isinstance(pages, VerticalHandoutPages) else ()
        return fix_pdf_text(raw, _resolver(pages), spans)
    except PdfFormatError as error:  # a Qt that writes PDFs differently: say so, write nothing
        raise PdfError(f"unexpected PDF from Qt ({error})") from error


def handout_pages(handout: Handout, device: QPagedPaintDevice) -> HandoutPages | VerticalHandoutPages:
    """The handout's pages for `device`: horizontal or vertical, with readings when it asks."""
    options = handout.options
    common = (load_common(resources_dir() / "readings" / "common_chars.txt") if options.ruby == "rare"
              else CommonCharacters(()))
    if options.vertical:
        return VerticalHandoutPages(handout, device, ruby=options.ruby, reading=options.reading,
                                    common=common)
    if options.ruby == "off":
        return HandoutPages(handout, device)

    def readings_of(text: str, script: Script) -> dict[int, str]:
        return ruby_readings(text, script, options.ruby, options.reading, common)

    return HandoutPages(handout, device, readings_of=readings_of)


def _resolver(pages: HandoutPages | VerticalHandoutPages) -> Callable[[str, TextMap, int], TextMap]:
    """Corrects one embedded font's map from the glyphs the layout drew with that face."""
    faces: dict[str, QRawFont] = {}
    drawn: dict[str, list[tuple[int, str]]] = {}
    names: dict[tuple[str, str, float], str] = {}
    for face, glyph, text in pages.glyphs_drawn():
        key = (face.familyName(), face.styleName(), face.weight())
        if (name := names.get(key)) is None:
            name = names[key] = postscript_name(bytes(QByteArray(face.fontTable("name")).data()))
            faces.setdefault(name, face)
        drawn.setdefault(name, []).append((glyph, text))

    def resolve(name: str, qt_map: TextMap, glyph_count: int) -> TextMap:
        face = faces.get(name)
        if face is None:  # not a face the layout reported: keep Qt's map
            return qt_map
        return correct_map(qt_map, glyph_count, lambda c: _glyph(face, c), drawn[name])
    return resolve


def _glyph(face: QRawFont, char: str) -> int:
    glyphs = face.glyphIndexesForString(char)
    return glyphs[0] if glyphs else 0
