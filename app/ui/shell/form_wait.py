"""What the window shows while a newly chosen script form's dictionaries are read."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from app.core.script import FORM_LABELS, Form
from app.services.reading import ReadingService
from app.ui.common.status import StatusMessages


class FormWait(QObject):
    """A busy cursor and a word in the status bar, from the choice until the text follows it
    (up to a second the first time a form is chosen): the window stays usable meanwhile."""

    def __init__(self, reading: ReadingService, status: StatusMessages,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self._busy = False
        self._message = ""
        reading.form_pending.connect(self._pending)
        reading.form_changed.connect(lambda _form: self._pending(""))

    def _pending(self, form: str) -> None:
        self._status.clear_if(self._message)  # a newer message is left alone
        self._message = ""
        if form:
            self._message = self.tr("Preparing {form}…").format(form=FORM_LABELS[Form(form)])
            self._status.persist(self._message)
        if bool(form) is not self._busy:
            self._busy = bool(form)
            if self._busy:
                QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            else:
                QApplication.restoreOverrideCursor()
