"""Handouts on paper and in PDF: real text, embedded fonts, the preview, the command line."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextBlock
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.__main__ import main
from app.core.handout import Handout, HandoutEssay, HandoutOptions, build_handout
from app.core.library import Library
from app.core.notes import Annotation, new_annotation
from app.core.script import Form
from app.core.whose_notes import WhoseNotes
from app.ui.print.dialog import HandoutChoice
from app.ui.print.document import HandoutPages, page_layout
from app.ui.print.pdf import handout_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils missing (tests/run.sh installs it)")
A4 = QPageSize(QPageSize.PageSizeId.A4)
RADICALS = re.compile("[\u2e80-\u2fdf\t]")  # CJK radicals, Kangxi radicals: never in our text


def seed_notes(library: Library) -> list[Annotation]:
    essay = library.collections[1].essays[1]
    text = essay.text
    quote = "精益求精"
    start = text.index(quote)
    return [
        new_annotation(essay.id, text, start, start + len(quote), color="yellow", author="小李",
                       note="一工立马，人民𠮷：为什么？", tags=("讨论",)),
        new_annotation(essay.id, text, 40, 52, color="purple", author="王老师", note="同意"),
        new_annotation(essay.id, text, 120, 128, color="blue", author="小李", note="骨角"),
    ]


def read_pdf(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def without_margins(text: str, essay: HandoutEssay) -> str:
    """The pages' text with no spaces and without the running head and page number drawn after
    each page's body, so a paragraph running over a page break reads as one."""
    pages = [re.sub(r"\s+", "", page) for page in text.split("\f") if page.strip()]
    body = []
    for number, page in enumerate(pages, start=1):
        margins = f"{essay.title}{essay.collection}Page{number}of{len(pages)}"
        assert page.endswith(margins), page[-80:]
        body.append(page.removesuffix(margins))
    return "".join(body)


def fonts_of(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    return [line.split() for line in lines]


def with_markers(essay: HandoutEssay, paragraph: int) -> str:
    """The paragraph as printed: each highlight followed by its note number."""
    text = essay.paragraphs[paragraph - 1]
    for note in sorted(essay.notes_in(paragraph), key=lambda n: n.span or (0, 0), reverse=True):
        end = note.span[1] if note.span else 0
        text = text[:end] + str(note.number) + text[end:]
    return text


def laid_out(handout: Handout) -> HandoutPages:
    """The handout laid out for an A4 PDF (written to memory)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)  # the pages keep their device, and the device its buffer
    writer.setPageLayout(page_layout(A4))
    return HandoutPages(handout, writer)


def drawn_text(handout: Handout) -> str:
    return laid_out(handout).drawn_text()


@needs_poppler
@pytest.mark.parametrize("form", [Form.ORIGINAL, Form.TAIWAN])
def test_pdf_text_is_the_exact_characters_printed(qapp: object, library: Library, tmp_path: Path,
                                                  form: Form) -> None:
    essay_id = library.collections[1].essays[1].id
    handout = build_handout(library, [essay_id], seed_notes(library),
                            HandoutOptions(form=form, sheet=True))
    path = tmp_path / "handout.pdf"
    path.write_bytes(handout_pdf(handout, A4, "test"))
    assert path.stat().st_size < 3_000_000
    text = read_pdf(path)
    printed = handout.essays[0]
    flat = without_margins(text, printed)
    assert not RADICALS.findall(text)
    for number in range(1, len(printed.paragraphs) + 1):
        assert re.sub(r"\s+", "", with_markers(printed, number)) in flat
    for note in printed.notes:
        assert note.text.replace(" ", "") in flat and note.author in flat
    assert "𠮷" in flat
    assert set(flat) <= set(drawn_text(handout)), set(flat) - set(drawn_text(handout))
    fonts = fonts_of(path)
    assert fonts and all(row[-5:-2] == ["yes", "yes", "yes"] and "Type" not in row[1] and
                         re.match(r"[A-Z]{6}\+", row[0]) for row in fonts), fonts



@needs_poppler
def test_odd_characters_in_a_note_do_not_garble_the_pdf_text(qapp: object, library: Library,
                                                              tmp_path: Path) -> None:
    # U+FFFD and U+200B come from a fallback font, after which Qt misnumbers the line's text;
    # a lone surrogate (from a damaged group file) must not reach Qt at all.
    essay = library.collections[1].essays[1]
    note = new_annotation(essay.id, essay.text, 0, 4, color="green", author="Quinn",
                          note="jumpy \ufffd vex \u200b kw \udc80 zq")
    handout = build_handout(library, [essay.id], [note], HandoutOptions())
    path = tmp_path / "odd.pdf"
    path.write_bytes(handout_pdf(handout, A4, "test"))
    text = re.sub(r"\s+", "", read_pdf(path))
    assert "jumpy\ufffdvex" in text and "kw\ufffdzq" in text and "Quinn" in text


def test_the_paragraph_after_a_note_keeps_a_paragraphs_room_above_it(qapp: object, library: Library) -> None:
    """After a note's small lines the next paragraph began closer than paragraphs do to each
    other, so the note seemed to run into the text."""
    essay = library.collections[0].essays[0]
    note = new_annotation(essay.id, essay.text, 0, 4, color="green", author="Quinn",
                          note="a note under the first paragraph")
    handout = build_handout(library, [essay.id], [note], HandoutOptions())
    pages = laid_out(handout)  # kept: its document lays out for its device
    document = pages.document
    layout = document.documentLayout()
    paragraphs = handout.essays[0].paragraphs
    blocks = [document.findBlock(0)]
    while blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    starts = [next(b for b in blocks if b.text().startswith(p[:12])) for p in paragraphs[1:4]]

    def room_above(block: QTextBlock) -> float:
        return layout.blockBoundingRect(block).top() - layout.blockBoundingRect(block.previous()).bottom()

    assert starts[0].previous().text() == "a note under the first paragraph"
    after_the_note, after_a_paragraph = room_above(starts[0]), room_above(starts[2])
    assert 0.9 * after_a_paragraph <= after_the_note <= 1.2 * after_a_paragraph


@needs_poppler
def test_no_line_starts_with_closing_punctuation(qapp: object, library: Library, tmp_path: Path) -> None:
    essays = [e.id for c in library.collections for e in c.essays[:3]]
    handout = build_handout(library, essays, [], HandoutOptions(whose=WhoseNotes.NONE))
    path = tmp_path / "handout.pdf"
    path.write_bytes(handout_pdf(handout, A4, "test"))
    lines = [line.strip() for line in read_pdf(path).splitlines() if line.strip()]
    assert len(lines) > 100
    assert not [line for line in lines if line[0] in "。，、；：？！」』）》"]
    assert not [line for line in lines if line[-1] in "「『（《"]


def test_print_preview_opens_with_the_pages(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    controller = window.print_ui
    essay = window.reading.current
    assert essay is not None
    controller.ask_choice = lambda _title: HandoutChoice((essay.id,), HandoutOptions())  # type: ignore[method-assign]
    window.commands["print"].trigger()
    preview = window.findChild(QPrintPreviewDialog, "HandoutPreview")
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 2)
    # most of the window, not Qt's small default box
    assert preview.width() >= 0.8 * window.width() and preview.height() >= 0.8 * window.height()
    preview.close()


def test_print_preview_on_a_small_window_keeps_its_print_button_in_view(
        qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    """In a window of 640 by 480 the preview was narrower than its toolbar: Print, its last
    button, hid behind the toolbar's »."""
    window = open_window()
    window.resize(640, 480)
    essay = window.reading.current
    assert essay is not None
    window.print_ui.ask_choice = lambda _title: HandoutChoice((essay.id,), HandoutOptions())  # type: ignore[method-assign]
    window.commands["print"].trigger()
    preview = window.findChild(QPrintPreviewDialog, "HandoutPreview")
    assert preview is not None
    toolbar = preview.findChild(QToolBar)
    assert toolbar is not None
    qtbot.waitUntil(lambda: toolbar.width() >= toolbar.sizeHint().width())
    assert preview.width() <= window.screen().availableSize().width()
    preview.close()


def test_export_pdf_from_the_window(qtbot: QtBot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    essay = window.reading.current
    assert essay is not None
    window.print_ui.ask_choice = lambda _title: HandoutChoice((essay.id,), HandoutOptions())  # type: ignore[method-assign]
    window.dialogs.answers["save_path"].append(tmp_path / "out")
    window.commands["export_pdf"].trigger()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "blocked").write_text("a file where a folder should be")
    window.dialogs.answers["save_path"].append(tmp_path / "blocked" / "x.pdf")
    window.commands["export_pdf"].trigger()
    assert window.dialogs.kinds()[-1] == "warn"


def test_command_line_errors_are_clear(qapp: object, library: Library, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    essay_id = library.collections[0].essays[0].id
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["handout", *data, "no-such-essay", "-o", str(tmp_path / "a.pdf")]) == 2
    assert "no essay with id no-such-essay" in capsys.readouterr().err
    blocked = tmp_path / "file"
    blocked.write_text("in the way")
    assert main(["handout", *data, essay_id, "-o", str(blocked / "a.pdf")]) == 1
    assert f"cannot write {blocked / 'a.pdf'}" in capsys.readouterr().err
    assert main(["handout", *data, essay_id, "-o", str(tmp_path / "typo" / "a.pdf")]) == 1
    assert "there is no folder" in capsys.readouterr().err and not (tmp_path / "typo").exists()
    assert main(["handout", *data, essay_id, "-o", str(tmp_path / "ok.pdf"), "--form", "simplified",
                 "--notes", "mine", "--sheet-tag", "讨论", "--paper", "letter"]) == 0
    assert (tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")


def test_command_runs_without_a_display(tmp_path: Path, library: Library) -> None:
    essay_id = library.collections[0].essays[0].id
    result = subprocess.run([sys.executable, "-m", "app", "handout", "--data-dir", str(tmp_path),
                             essay_id, "-o", str(tmp_path / "h.pdf")], check=False, capture_output=True,
                            text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "h.pdf").stat().st_size > 10_000


def test_dialog_returns_the_ticked_essays_and_options(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.print.dialog import EssayEntry, HandoutDialog
    entries = [EssayEntry("", "合集"), EssayEntry("c#1", "篇1"), EssayEntry("c#2", "篇2")]
    dialog = HandoutDialog("Print", entries, {"c#1"}, form=Form.TAIWAN, me="me-id")
    qtbot.addWidget(dialog)
    dialog.essays.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.whose.setCurrentIndex(dialog.whose.findData(WhoseNotes.MINE.value))
    dialog.sheet.setChecked(True)
    dialog.sheet_tag.setText("#讨论")
    choice = dialog.choice()
    assert choice.essay_ids == ("c#1", "c#2")
    assert choice.options == HandoutOptions(Form.TAIWAN, WhoseNotes.MINE, "me-id", True, "讨论")
    dialog.essays.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.essays.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_paper_follows_the_locale(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from app.ui.print.styles import locale_page_size
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert locale_page_size(us).id() == QPageSize.PageSizeId.Letter
    assert locale_page_size(china).id() == QPageSize.PageSizeId.A4


def test_highlight_tints_stay_apart_in_greyscale(qapp: object) -> None:
    from PySide6.QtGui import QColor

    from app.ui.print.styles import TINTS
    def grey(name: str) -> float:  # what a greyscale printer makes of a colour (Rec. 601 luma)
        color = QColor(name)
        return 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    greys = sorted(grey(t.background) for t in TINTS.values())
    assert all(b - a > 12 for a, b in zip(greys, greys[1:], strict=False)), greys
    assert len({t.underline for t in TINTS.values()}) == len(TINTS)  # and a line style each


def _marks(handout: Handout) -> str:
    return "".join(c for c in drawn_text(handout) if c in "“”「」")


def test_quotation_marks_follow_the_form_in_body_and_notes(qapp: object, library: Library) -> None:
    """Issue 21: a 简体 handout printed 「」 around its notes; a 臺灣正體 one kept “” in the body."""
    from app.core.view import ViewCache

    views = ViewCache(library)
    for essay, form, marks in ((library.collections[0].essays[0], Form.SIMPLIFIED, "“”"),
                               (library.collections[1].essays[1], Form.TAIWAN, "「」")):
        start = essay.text.index("“")
        note = new_annotation(essay.id, essay.text, start, start + 6, color="green", author="我")
        handout = build_handout(library, [essay.id], [note], HandoutOptions(form=form), views=views)
        printed = handout.essays[0]
        assert "\n".join(printed.paragraphs) == views.view(essay, form).text  # as on screen
        assert printed.notes[0].quote[0] == marks[0]
        assert set(_marks(handout)) == set(marks), _marks(handout)


def test_a_members_highlight_prints_in_the_colour_the_screen_shows(qapp: object, library: Library) -> None:
    """Issue 21: 小李's yellow highlight is pink on screen (her member colour) and printed yellow."""
    from app.ui.print.styles import TINTS, highlight_format

    essay = library.collections[1].essays[1]
    theirs = replace(new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="小李"),
                     author_id="li")
    mine = replace(new_annotation(essay.id, essay.text, 10, 14, color="yellow", author="我"), author_id="me")
    screen = {"li": "#c2255c"}  # the screen draws others' notes in this colour
    handout = build_handout(library, [essay.id], [theirs, mine], HandoutOptions(me="me"),
                            member_color=lambda author: screen.get(author, ""))
    printed = {n.author: n for n in handout.essays[0].notes}
    assert printed["小李"].color == "#c2255c" and printed["我"].color == "yellow"
    tint = highlight_format(printed["小李"].color).background().color().name()
    assert tint == TINTS["pink"].background
    assert highlight_format("yellow").background().color().name() == TINTS["yellow"].background


def test_page_numbers_follow_the_interface_language(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    essay = window.reading.current
    assert essay is not None
    window._set_language("zh_CN")
    try:
        handout = window.print_ui._handout(HandoutChoice((essay.id,), HandoutOptions()))
        assert "第 1 页，共" in drawn_text(handout)
    finally:
        window._set_language("en")


@needs_poppler
def test_the_command_prints_page_numbers_in_the_interface_language(tmp_path: Path, library: Library) -> None:
    essay_id = library.collections[0].essays[0].id
    result = subprocess.run([sys.executable, "-m", "app", "handout", "--data-dir", str(tmp_path),
                             essay_id, "-o", str(tmp_path / "h.pdf")], check=False, capture_output=True,
                            text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                                         "LANG": "zh_TW.UTF-8", "LC_ALL": "zh_TW.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "第1頁，共" in re.sub(r"\s+", "", read_pdf(tmp_path / "h.pdf"))


def test_the_discussion_sheet_choice_is_remembered(qtbot: QtBot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.print.dialog import HandoutDialog

    window = open_window()
    seen: list[tuple[bool, str]] = []

    def answer(dialog: HandoutDialog) -> int:
        seen.append((dialog.sheet.isChecked(), dialog.sheet_tag.text()))
        dialog.sheet.setChecked(True)
        dialog.sheet_tag.setText("讨论")
        return HandoutDialog.DialogCode.Accepted.value

    monkeypatch.setattr(HandoutDialog, "exec", answer)
    assert window.print_ui.ask_choice("Print").options.sheet
    window.print_ui.ask_choice("Print")
    assert seen == [(False, ""), (True, "讨论")]


def test_the_essay_list_opens_at_the_ticked_essay(qtbot: QtBot) -> None:
    from app.ui.print.dialog import EssayEntry, HandoutDialog

    entries = [EssayEntry(f"c#{n}", f"篇{n}") for n in range(200)]
    dialog = HandoutDialog("Print", entries, {"c#150"}, form=Form.ORIGINAL, me="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ticked = dialog.essays.visualItemRect(dialog.essays.item(150))
    assert dialog.essays.viewport().rect().contains(ticked)
