"""Keeps a readable column on small screens: side panels make room before the text does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetricsF
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from app.ui.reader.document import COLUMN_EMS, MIN_SIDE_MARGIN
from app.ui.reader.view import ReaderView
from app.ui.shell.dock_tabs import DockTabs

MIN_READING_CHARS = 20  # "at least about 20": fewer and the eye jumps more than it reads
NARROW_DOCK_WIDTH = 220


class ColumnKeeper(QObject):
    """Whenever the window changes size or a panel opens, make sure the reader shows at
    least MIN_READING_CHARS a line: first narrow the side panels and the library, then close
    panels, then hide the library. A panel the reader has just opened is not closed again:
    the library makes way for it instead. A layout saved on a large screen is fitted the
    same way on a small one; panels closed only to make room are opened again at the next
    start (`yielded` / `give_back`), so a small screen never takes them from a large one.
    """

    def __init__(self, window: QMainWindow, reader: ReaderView, library: QWidget,
                 library_action: QAction) -> None:
        super().__init__(window)
        self._window, self._reader, self._library = window, reader, library
        self._library_action = library_action
        self._open_before: set[QDockWidget] | None = None  # panels open at the last fitting
        self._keep: set[QDockWidget] = set()  # panels the reader has just opened
        self._yielded: set[QDockWidget] = set()  # panels closed here to make room
        self.tabs = DockTabs(window)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.fit()  # before the first frame, so it is not drawn twice
        elif watched is self._window and event.type() in (QEvent.Type.Resize,
                                                          QEvent.Type.LayoutRequest):
            self._timer.start()  # after the layout has settled (a panel opening asks for one)
        return False

    def needed_width(self, chars: int = MIN_READING_CHARS) -> int:
        em = QFontMetricsF(self._reader.document().defaultFont()).horizontalAdvance("中")
        return int(em * chars + 2 * MIN_SIDE_MARGIN + self._reader.verticalScrollBar().sizeHint().width())

    def room(self) -> int:
        """How much wider the reading pane is than it needs to be (negative: too narrow)."""
        return self._reader.width() - self.needed_width()

    def spare(self) -> int:
        """How much wider the reading pane is than its whole column: margins only, which a
        panel can take without shortening a line of the text."""
        return self._reader.width() - self.needed_width(COLUMN_EMS)

    def fit(self) -> None:
        """Make room for the column, giving up the least first."""
        if not self._window.isVisible():
            return
        self._activate()  # sizes as they will be drawn
        open_now = set(self._open_docks())
        self._yielded -= open_now  # opened again by the reader: theirs again
        # at start every open panel comes from the saved layout, none from the reader
        self._keep = open_now - self._open_before if self._open_before is not None else set()
        if self.room() < 0:
            self._make_room()
        elif self.tabs.widen(max(self.spare(), 0)):  # the panels' names whole, from the margins
            self._activate()
        self.tabs.fit_names()
        self._open_before = set(self._open_docks())

    def _activate(self) -> None:
        if (layout := self._window.layout()) is not None:
            layout.activate()

    def _make_room(self) -> None:
        steps = [self._narrow_docks, self._narrow_library,
                 *([self._hide_library, self._close_docks] if self._keep
                   else [self._close_docks, self._hide_library])]
        for step in steps:
            step()
            self._activate()  # apply the change now, to measure it
            if self.room() >= 0:
                return

    def _docks(self) -> list[QDockWidget]:
        """Every side panel, whichever feature added it (a dock is the window's own child: looking
        among every widget of the window gave each of them a Python object, 1 MB, at start)."""
        return self._window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def _open_docks(self) -> list[QDockWidget]:
        return [dock for dock in self._docks() if dock.isVisible() and not dock.isFloating()]

    def _narrow_docks(self) -> None:
        docks = [dock for dock in self._open_docks() if dock.width() > NARROW_DOCK_WIDTH]
        if docks:
            self._window.resizeDocks(docks, [NARROW_DOCK_WIDTH] * len(docks), Qt.Orientation.Horizontal)
            self.tabs.forget_widths()  # widened again when the window has room again

    def _narrow_library(self) -> None:
        splitter = self._library.parentWidget()
        if isinstance(splitter, QSplitter) and self._library.isVisible():
            sizes = splitter.sizes()
            spare = sizes[0] - self._library.minimumWidth()
            if spare > 0:
                splitter.setSizes([sizes[0] - spare, sizes[1] + spare, *sizes[2:]])

    def _close_docks(self) -> None:
        for dock in self._docks():  # the tabs behind too, or one of them comes forward
            if not dock.isHidden() and not dock.isFloating() and dock not in self._keep:
                dock.hide()
                self._yielded.add(dock)

    def yielded(self) -> list[str]:
        """The panels closed only to make room (their object names), to open next time."""
        return sorted(dock.objectName() for dock in self._yielded if dock.isHidden())

    def give_back(self, names: list[str]) -> None:
        """Open the panels a smaller screen took last time; `fit` closes them again if it must."""
        for dock in self._docks():
            if dock.objectName() in names:
                dock.show()
                self._yielded.discard(dock)

    def _hide_library(self) -> None:
        if self._library.isVisible():
            # for this window only: a larger screen next time shows the library again
            with QSignalBlocker(self._library_action):
                self._library_action.setChecked(False)  # Ctrl+Shift+L brings it back
            self._library.hide()
