"""Vertical handouts with readings: text in reading order in the PDF, readings not in it, notes after."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.core.handout import HandoutOptions, build_handout
from app.core.library import Library
from app.core.script import Form
from app.ui.print.dialog import HandoutChoice
from app.ui.print.pdf import handout_pdf
from tests.ui.test_print import A4, fonts_of, needs_poppler, read_pdf, seed_notes, without_margins

ROOT = Path(__file__).resolve().parents[2]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
@pytest.mark.parametrize("form", [Form.ORIGINAL, Form.TAIWAN, Form.SIMPLIFIED])
def test_vertical_pdf_reads_in_order_without_readings(qapp: object, library: Library, tmp_path: Path,
                                                       form: Form) -> None:
    essay_id = library.collections[1].essays[1].id
    handout = build_handout(library, [essay_id], seed_notes(library),
                            HandoutOptions(form=form, vertical=True, ruby="all", reading="pinyin"))
    path = tmp_path / "vertical.pdf"
    path.write_bytes(handout_pdf(handout, A4, "test"))
    flat = re.sub(r"Page\d+of\d+", "", _flat(read_pdf(path)))  # each page's number, after its columns
    printed = handout.essays[0]
    body = _flat("".join(printed.paragraphs))
    assert _flat(printed.title) + body in flat  # title, then every paragraph, in reading order
    assert not re.search("[a-zāáǎàēéěèīíǐìōóǒòūúǔù]{2,}", body) and not re.search(
        "[āáǎàēéěèīíǐìōóǒòūúǔù]", flat)  # no pinyin interleaved: readings are outlines
    for note in printed.notes:  # the notes follow on ordinary pages
        assert _flat(note.text) in flat and note.author in flat
    assert "﹁" not in flat and "﹃" not in flat  # 「」 copy as themselves, not their vertical forms
    fonts = fonts_of(path)
    assert fonts and all(row[-5:-2] == ["yes", "yes", "yes"] for row in fonts), fonts  # embedded
    first_page = read_pdf(path).split("\f")[0].splitlines()
    assert first_page[0] == printed.title  # each column copies as one line, not a character a line
    assert printed.paragraphs[0].startswith(first_page[1]) and len(first_page[1]) > 20


@needs_poppler
def test_command_line_vertical_ruby_handout(tmp_path: Path, library: Library) -> None:
    essay = library.collections[0].essays[5]
    out = tmp_path / "v.pdf"
    command = [sys.executable, "-m", "app", "handout", "--data-dir", str(tmp_path / "data"), essay.id,
               "-o", str(out), "--vertical", "--ruby", "rare", "--reading", "zhuyin", "--form", "taiwan"]
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}  # no display
    result = subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True, timeout=180,
                            env=bare)
    assert result.returncode == 0, result.stderr
    text = _flat(read_pdf(out))
    assert "烙印" in text and not re.search("[\u3105-\u3129]", text)  # readings drawn, never as text


def test_the_parser_offers_vertical_and_readings() -> None:
    from app.cli.parser import build_parser  # noqa: PLC0415

    options = build_parser().parse_args(["handout", "x", "-o", "y.pdf", "--vertical", "--ruby", "all",
                                         "--reading", "jyutping"])
    assert (options.vertical, options.ruby, options.reading) == (True, "all", "jyutping")


@needs_poppler
def test_the_options_offer_columns_and_readings_as_read_then_as_last_printed(  # type: ignore[no-untyped-def]
        open_window, tmp_path: Path, monkeypatch) -> None:
    from app.ui.print.dialog import HandoutDialog  # noqa: PLC0415

    window = open_window()
    window.commands["vertical_text"].setChecked(True)
    window.commands["ruby_all"].trigger()
    window.commands["reading_zhuyin"].trigger()
    offered: list[tuple[bool, str, str, bool]] = []

    def answer(dialog: HandoutDialog) -> int:  # the reader looks, then turns columns off the second time
        offered.append((dialog.vertical.isChecked(), dialog.ruby.currentData(), dialog.reading.currentData(),
                        dialog.reading.isEnabled()))
        if len(offered) == 2:
            dialog.vertical.setChecked(False)
            dialog.ruby.setCurrentIndex(0)
        return HandoutDialog.DialogCode.Accepted.value

    monkeypatch.setattr(HandoutDialog, "exec", answer)
    for name in ("first", "second", "third"):
        window.dialogs.answers["save_path"].append(tmp_path / name)
        window.commands["export_pdf"].trigger()
    # as the View menu shows at first, then as last printed whatever the View menu says
    assert offered == [(True, "all", "zhuyin", True), (True, "all", "zhuyin", True),
                       (False, "off", "zhuyin", False)]
    title = window.reading.current.title
    assert _x_share(tmp_path / "first.pdf", title[0]) > 0.6  # the title's column at the page's right
    assert _x_share(tmp_path / "second.pdf", title[0]) < 0.6  # a heading across the top
    assert not re.search("[\u3105-\u3129]", read_pdf(tmp_path / "first.pdf"))  # readings drawn, not text


def _x_share(path: Path, char: str) -> float:
    """Where `char` first appears across the first page, from 0 at the left edge to 1 at the right."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    x = re.search(rf'<word xMin="([\d.]+)"[^>]*>[^<]*{re.escape(char)}', out)
    assert x is not None, out[:2000]
    return float(x.group(1)) / width


def _ink(path: Path, tmp_path: Path) -> int:
    """Dark pixels on the PDF's first page, rendered by poppler."""
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    for old in tmp_path.glob("p*.png"):
        old.unlink()
    return sum(image.pixelColor(x, y).lightness() < 128
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


@needs_poppler
def test_horizontal_handout_carries_readings_as_outlines(qapp: object, library: Library,
                                                         tmp_path: Path) -> None:
    essay_id = library.collections[1].essays[7].id
    plain_path, ruby_path = tmp_path / "plain.pdf", tmp_path / "ruby.pdf"
    for path, ruby in ((plain_path, "off"), (ruby_path, "all")):
        handout = build_handout(library, [essay_id], [], HandoutOptions(form=Form.SIMPLIFIED, ruby=ruby))
        path.write_bytes(handout_pdf(handout, A4, "test"))
    plain, ruby = read_pdf(plain_path), read_pdf(ruby_path)
    printed = _flat("".join(handout.essays[0].paragraphs))
    assert printed in without_margins(ruby, handout.essays[0])  # the running heads drawn after each page
    assert not re.search("[āáǎàēéěèīíǐìōóǒòūúǔù]", ruby)
    assert max(len(line) for line in ruby.splitlines()) > 10  # lines, not columns
    assert plain != "" and _ink(ruby_path, tmp_path) > _ink(plain_path, tmp_path) * 1.1  # readings drawn


def test_print_preview_of_a_vertical_handout_paints(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The preview of a vertical handout used to crash the app within seconds of opening."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = open_window()
    essay = window.reading.current
    assert essay is not None
    window.commands["vertical_text"].setChecked(True)
    window.print_ui.ask_choice = lambda _title: HandoutChoice((essay.id,), HandoutOptions(vertical=True))  # type: ignore[method-assign]
    window.commands["print"].trigger()
    preview = window.findChild(QPrintPreviewDialog, "HandoutPreview")
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1)
    gc.collect()  # whatever the painting left unreferenced goes now, as it would in time
    preview.show()
    qtbot.wait(200)
    image = widget.grab().toImage()  # crashed here: the pictures referred to freed fonts
    assert widget.pageCount() >= 2 and _dark_share(image) > 0.001
    preview.close()


def _dark_share(image: QImage) -> float:
    points = [(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    return sum(image.pixelColor(x, y).lightness() < 100 for x, y in points) / len(points)


def _pages(handout: object, dpi: int = 100) -> tuple[object, QImage]:
    """The handout's vertical pages laid out for A4 at `dpi`, and its first page painted."""
    from PySide6.QtCore import QBuffer, QIODevice  # noqa: PLC0415
    from PySide6.QtGui import QPainter, QPdfWriter  # noqa: PLC0415

    from app.ui.print.document import page_layout  # noqa: PLC0415
    from app.ui.print.pdf import handout_pages  # noqa: PLC0415

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setPageLayout(page_layout(A4))
    pages = handout_pages(handout, writer)  # type: ignore[arg-type]
    body = writer.pageLayout().paintRectPixels(dpi)
    image = QImage(body.width(), body.height(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    pages.paint_page(painter, 0)
    painter.end()
    return pages, image


def _dark(image: QImage, left: float, top: float, right: float, bottom: float) -> int:
    return sum(image.pixelColor(x, y).lightness() < 160
               for x in range(max(int(left), 0), min(int(right) + 1, image.width()))
               for y in range(max(int(top), 0), min(int(bottom) + 1, image.height())))


def test_vertical_columns_run_the_page_height(qapp: object, library: Library) -> None:
    essay_id = library.collections[1].essays[1].id
    handout = build_handout(library, [essay_id], [], HandoutOptions(vertical=True))
    pages, image = _pages(handout)
    ink_rows = [y for y in range(0, image.height(), 4) if _dark(image, 0, y, image.width(), y)]
    assert max(ink_rows) > image.height() * 0.9  # the columns reach the foot of the page's body


@needs_poppler
def test_vertical_pages_count_as_one_document(qapp: object, library: Library, tmp_path: Path) -> None:
    essay_id = library.collections[1].essays[1].id
    handout = build_handout(library, [essay_id], seed_notes(library), HandoutOptions(vertical=True))
    path = tmp_path / "v.pdf"
    path.write_bytes(handout_pdf(handout, A4, "test"))
    pages = [page for page in read_pdf(path).split("\f") if page.strip()]
    count = len(pages)
    assert count >= 2
    for number, page in enumerate(pages, start=1):  # the notes pages go on counting
        assert f"Page {number} of {count}" in page, page[-200:]
    notes_page = pages[-1].splitlines()
    assert not [line for line in notes_page if re.fullmatch(r"\s*\d+\s*", line)]  # no stray "21"


def test_note_numbers_stand_beside_their_passages(qapp: object, library: Library) -> None:
    essay_id = library.collections[1].essays[1].id
    notes = seed_notes(library)
    bare = build_handout(library, [essay_id], [], HandoutOptions(vertical=True))
    noted = build_handout(library, [essay_id], notes, HandoutOptions(vertical=True))
    _bare_pages, bare_image = _pages(bare)
    pages, image = _pages(noted)
    essay = noted.essays[0]
    page = pages._pages[0]  # type: ignore[attr-defined]
    starts = [sum(len(p) + 1 for p in essay.paragraphs[:n]) for n in range(len(essay.paragraphs))]
    checked = 0
    for note in essay.notes:
        last = starts[note.paragraph - 1] + note.span[1] - 1
        column = next((c for c in pages._columns if not c.in_title and c.page == 0  # type: ignore[attr-defined]
                       and any(cell.start <= last < cell.end for cell in pages._cells(c))), None)  # type: ignore[attr-defined]
        if column is None:
            continue
        cell = next(cell for cell in pages._cells(column) if cell.start <= last < cell.end)  # type: ignore[attr-defined]
        placed = page.place(cell)
        x = column.left + page.column_right(column.number) + page.pitch - placed.box_left
        # the gap left of the passage's last character: ink with the note, none without
        gap = (x - placed.em * 0.45 + 1, placed.top, x - 1, placed.top + placed.height)
        assert _dark(image, *gap) > 3 and _dark(bare_image, *gap) == 0, note.number
        checked += 1
    assert checked >= 1


def test_zhuyin_stacks_beside_its_own_character(qapp: object, library: Library) -> None:
    essay_id = library.collections[1].essays[1].id
    options = HandoutOptions(vertical=True, ruby="all", reading="zhuyin")
    handout = build_handout(library, [essay_id], [], options)
    pages, image = _pages(handout, dpi=200)
    page = pages._pages[0]  # type: ignore[attr-defined]
    column = next(c for c in pages._columns if not c.in_title)  # type: ignore[attr-defined]
    right = column.left + page.column_right(column.number) + page.pitch
    readings = pages._readings[0]  # type: ignore[attr-defined]
    cells = pages._cells(column)[:8]  # type: ignore[attr-defined]
    assert any(c.start in readings for c in cells) and any(c.start not in readings for c in cells)
    upright_bars = 0
    for cell in cells:
        placed = page.place(cell)
        room_left = right - placed.box_left + placed.em
        room = (room_left, placed.top + 1, room_left + page.metrics.ruby, placed.top + placed.height - 1)
        inked = [y for y in range(int(room[1]), int(room[3])) if _dark(image, room[0], y, room[2], y)]
        if cell.start not in readings:  # punctuation: its neighbours' readings stay beside them
            assert not inked, cell
            continue
        assert inked, cell  # drawn in the room right of its own character
        rows = sum(1 for a, b in zip(inked, inked[1:], strict=False) if b - a > 1) + 1
        symbols = len([s for s in readings[cell.start] if s not in "ˊˇˋ˙"])
        assert rows >= symbols  # one symbol under another
        if readings[cell.start].startswith("ㄧ"):  # upright, its first symbol is a level bar
            bar = [inked[0]]
            while bar[-1] + 1 in inked:
                bar.append(bar[-1] + 1)
            xs = [x for x in range(int(room[0]), int(room[2]) + 1)
                  if any(image.pixelColor(x, y).lightness() < 160 for y in bar)]
            assert max(xs) - min(xs) + 1 > 2 * len(bar), (cell, xs, bar)  # not turned on its side
            upright_bars += 1
    assert upright_bars


def test_readings_keep_clear_of_the_note_above(qapp: object, library: Library) -> None:
    """The readings over a paragraph's first line stand in the room above it, clear of a note's line."""
    from app.ui.print.ruby_marks import RUBY_SCALE  # noqa: PLC0415

    essay_id = library.collections[1].essays[1].id
    handout = build_handout(library, [essay_id], seed_notes(library),
                            HandoutOptions(form=Form.SIMPLIFIED, ruby="all"))
    pages, _image = _pages(handout, dpi=200)
    document = pages.document  # type: ignore[attr-defined]
    reading_height = 11 * 200 / 72 * RUBY_SCALE * 1.15  # the readings' glyphs and their lift
    block, checked = document.begin().next(), 0
    while block.isValid():
        previous = block.previous()
        after_note = previous.charFormat().fontPointSize() < 11 or previous.blockFormat().leftMargin() > 0
        if after_note and block.blockFormat().textIndent() > 0 and block.layout().lineCount():
            above = previous.layout()
            last = above.lineAt(above.lineCount() - 1)
            ink_bottom = above.position().y() + last.y() + last.ascent() + last.descent()
            first_top = block.layout().position().y() + block.layout().lineAt(0).y()
            assert first_top - reading_height > ink_bottom + 2, block.text()[:10]
            checked += 1
        block = block.next()
    assert checked >= 1
