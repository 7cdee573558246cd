"""File → Print… and File → Export as PDF…: options, preview, printer or PDF file."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.core.ruby import MODES as RUBY_MODES
from app.core.ruby import SYSTEMS as READINGS
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.store import atomic_write_bytes
from app.ui.common.dialogs import Dialogs

# The handout's modules load when the reader first prints: the window starts without them.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from app.core.handout import Handout
    from app.ui.print.dialog import EssayEntry, HandoutChoice, PaperLook

log = logging.getLogger(__name__)
SHEET_KEY, SHEET_TAG_KEY = "handout_sheet", "handout_sheet_tag"  # preferences
VERTICAL_KEY, RUBY_KEY, READING_KEY = "handout_vertical", "handout_ruby", "handout_reading"
PREVIEW_SHARE = 0.9  # of the main window's size


class PrintController(QObject):
    """Builds the handout from the live notes and sends it to the preview or a PDF file."""

    def __init__(self, parent: QWidget, reading: ReadingService, notes: NotesService,
                 actions: tuple[QAction, QAction], *, dialogs: Callable[[], Dialogs],
                 show_message: Callable[[str], None],
                 member_color: Callable[[str], str] | None = None,
                 in_group: Callable[[], bool] = lambda: False) -> None:
        """`member_color` colours others' notes as the screen does (a group member's colour);
        `in_group` says whether the reader is in a study group now (whose notes are offered)."""
        super().__init__(parent)
        self.parent_widget = parent
        self.reading = reading
        self.notes = notes
        self.dialogs = dialogs  # asked each time: tests replace the window's dialogs
        self.show_message = show_message
        self.member_color = member_color
        self.in_group = in_group
        self.preview: QPrintPreviewDialog | None = None
        self._previewed: object = None  # the pages the open preview shows
        print_action, pdf_action = actions
        print_action.triggered.connect(self.print_with_preview)
        pdf_action.triggered.connect(self.export_pdf)

    # Replaced in tests: the options dialog, answered by the reader.
    def ask_choice(self, title: str) -> HandoutChoice | None:
        from app.ui.print.dialog import HandoutDialog  # noqa: PLC0415

        prefs = self.reading.prefs
        dialog = HandoutDialog(title, self._entries(), self._current_ids(), form=self.reading.form,
                               me=self._me(), in_group=self.in_group(), sheet=prefs.flag(SHEET_KEY, False),
                               sheet_tag=prefs.window_state(SHEET_TAG_KEY), look=self._look(),
                               parent=self.parent_widget)
        if dialog.exec() != HandoutDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        self.remember(choice)
        return choice

    def remember(self, choice: HandoutChoice) -> None:
        """The discussion sheet, its tag, columns and readings are offered as chosen last time."""
        prefs, options = self.reading.prefs, choice.options
        prefs.set_flag(SHEET_KEY, options.sheet)
        prefs.set_window_state(SHEET_TAG_KEY, options.sheet_tag)
        prefs.set_flag(VERTICAL_KEY, options.vertical)
        prefs.set_choice(RUBY_KEY, options.ruby, RUBY_MODES)
        prefs.set_choice(READING_KEY, options.reading, READINGS)

    def _look(self) -> PaperLook:
        """Columns and readings as last printed; before the first handout, as the reader reads."""
        from app.ui.print.dialog import PaperLook  # noqa: PLC0415

        prefs = self.reading.prefs
        ruby, reading = prefs.window_state(RUBY_KEY), prefs.window_state(READING_KEY)
        return PaperLook(prefs.flag(VERTICAL_KEY, prefs.flag("vertical", False)),
                         ruby if ruby in RUBY_MODES else prefs.choice("ruby", RUBY_MODES),
                         reading if reading in READINGS else prefs.choice("ruby_reading", READINGS))

    def print_with_preview(self) -> None:
        choice = self.ask_choice(self.tr("Print Handout"))
        if choice is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # noqa: PLC0415

        from app.ui.print.document import page_layout  # noqa: PLC0415
        from app.ui.print.styles import locale_page_size  # noqa: PLC0415

        handout = self._handout(choice)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(locale_page_size()))
        printer.setDocName(self._title(handout))
        self.preview = QPrintPreviewDialog(printer, self.parent_widget)
        self.preview.setObjectName("HandoutPreview")
        self.preview.resize(self._preview_size(self.preview))
        self.preview.paintRequested.connect(lambda device: self._paint(handout, device))
        self.preview.open()

    def _preview_size(self, preview: QWidget) -> QSize:
        """Most of the window (Qt's default is a small box showing the page at under half size),
        never narrower than its toolbar, whose last button is Print, within the screen."""
        wanted = (self.parent_widget.size() * PREVIEW_SHARE).expandedTo(preview.sizeHint())
        screen = self.parent_widget.screen()
        return wanted.boundedTo(screen.availableSize()) if screen is not None else wanted

    def export_pdf(self) -> None:
        choice = self.ask_choice(self.tr("Export as PDF"))
        if choice is None:
            return
        handout = self._handout(choice)
        title = self._title(handout)
        suggested = re.sub(r'[\\/:*?"<>|]+', "-", title)[:60] + ".pdf"
        path = self.dialogs().save_path(self.tr("Export as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if (reason := self._write_pdf(path, handout, title)) is not None:
            self.dialogs().warn(self.tr("Export as PDF"), self.tr(
                "The PDF could not be written to {path}: {reason}").format(path=path, reason=reason))
            return
        self.show_message(self.tr("PDF written to {path}").format(path=path))

    def _write_pdf(self, path: Path, handout: Handout, title: str) -> str | None:
        """None once written, else why not."""
        from app.ui.common.fonts import has_cjk_font, missing_font_message  # noqa: PLC0415
        from app.ui.print.pdf import PdfError, handout_pdf  # noqa: PLC0415
        from app.ui.print.styles import locale_page_size  # noqa: PLC0415

        if not has_cjk_font():  # its text would be all empty boxes
            return missing_font_message()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second an essay
        try:
            atomic_write_bytes(path, handout_pdf(handout, locale_page_size(), title))
        except (OSError, PdfError) as error:
            log.warning("PDF export to %s failed: %s", path, error)
            return error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _paint(self, handout: Handout, printer: QPrinter) -> None:
        from app.ui.print.pdf import handout_pages  # noqa: PLC0415

        pages = handout_pages(handout, printer)
        # the preview keeps the drawn glyphs by reference to their fonts, which the pages own:
        # they must outlive the preview's pictures, else its next repaint reads freed fonts
        self._previewed = pages
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("the printer could not start")
            return
        pages.paint(painter)
        painter.end()

    def _handout(self, choice: HandoutChoice) -> Handout:
        from app.core.handout import build_handout  # noqa: PLC0415

        self.notes.keeper.notes_in()  # still loading: the passages would print without their notes
        return build_handout(self.reading.library, choice.essay_ids, self.notes.annotations(),
                             choice.options, views=self.reading.views,
                             member_color=self.member_color)

    def _title(self, handout: Handout) -> str:
        return " · ".join(e.title for e in handout.essays)

    def _me(self) -> str:
        return self.notes.identity.id

    def _current_ids(self) -> set[str]:
        current = self.reading.current
        return {current.id} if current is not None else set()

    def _entries(self) -> list[EssayEntry]:
        from app.ui.print.dialog import EssayEntry  # noqa: PLC0415

        form, views = self.reading.form, self.reading.views
        entries = []
        for collection in self.reading.library.collections:
            entries.append(EssayEntry("", views.collection_title(collection, form)))
            entries += [EssayEntry(e.id, views.essay_title(e, form)) for e in collection.essays]
        return entries
