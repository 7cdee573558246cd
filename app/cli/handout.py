"""`handout ESSAY_ID... -o FILE.pdf`: the window's PDF handout, made without the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication, QPageSize

from app.cli.common import interface_language, read_workspace, stored_form
from app.core.handout import HandoutOptions, build_handout
from app.core.handout_sheet import with_digest_sheet
from app.core.whose_notes import WhoseNotes
from app.paths import resources_dir
from app.store import atomic_write_bytes
from app.ui.print.pdf import PdfError, handout_pdf
from app.ui.print.styles import locale_page_size
from app.ui.shell.i18n import resolve_language

log = logging.getLogger(__name__)
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def write_handout(options: argparse.Namespace, out: TextIO) -> int:
    """Exit 0 with the PDF written; 2 for an unknown essay; 1 when the file cannot be written."""
    _application()  # before the workspace: fonts and the PDF writer need a GUI application
    workspace = read_workspace(options)
    workspace.read_group_now()
    library = workspace.library  # the seeds, imports and a joined group's essays
    unknown = [i for i in options.essay_ids if library.essay(i) is None]
    if unknown:
        print(f"handout: no essay with id {', '.join(unknown)} "
              "(`python -m app list --json` prints every id)", file=sys.stderr)
        return 2
    handout_options = HandoutOptions(stored_form(workspace, options.form), WhoseNotes(options.notes),
                                     workspace.notes.identity.id,
                                     options.sheet or bool(options.sheet_tag), options.sheet_tag,
                                     vertical=options.vertical,
                                     ruby=options.ruby or "off", reading=options.reading)
    _translate_pages(workspace.prefs.language)
    handout = build_handout(library, options.essay_ids, workspace.notes.annotations(), handout_options,
                            views=workspace.reading.views, member_color=workspace.group.member_color)
    if handout_options.sheet and workspace.group.joined:  # the group's digest orders the sheet
        texts = {e: essay.text for e in options.essay_ids if (essay := library.essay(e)) is not None}
        handout = with_digest_sheet(handout, workspace.notes.annotations(), workspace.study.state,
                                    me=workspace.notes.identity.id, texts=texts,
                                    language=interface_language(workspace))
    paper = QPageSize(PAPER[options.paper]) if options.paper else locale_page_size()
    title = " · ".join(e.title for e in handout.essays)
    try:
        data = handout_pdf(handout, paper, title)
    except PdfError as error:
        print(f"handout: the PDF could not be made: {error}", file=sys.stderr)
        return 1
    output = Path(options.output)
    if not output.parent.is_dir():  # a typo in the path must not grow a tree of folders
        print(f"handout: cannot write {output}: there is no folder {output.parent}", file=sys.stderr)
        return 1
    try:
        atomic_write_bytes(output, data)
    except OSError as error:
        print(f"handout: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


def _translate_pages(preference: str) -> None:
    """The page numbers and headings in the reader's interface language, as the window prints them."""
    language = resolve_language(preference)
    translator = QTranslator(QCoreApplication.instance())
    if language != "en" and translator.load(str(resources_dir() / "i18n" / f"jiangxin_{language}.qm")):
        QCoreApplication.installTranslator(translator)


def _application() -> QGuiApplication:
    """A window-less Qt for fonts and the PDF writer, also where no display is."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0]])
