"""The tabs under the tabbed side panels: every name readable without hunting behind arrows.

Qt's own answers both fail here. Left alone it shrinks every tab alike, so a short name goes
first ("N…", "B…"); with whole names it scrolls, and seven panels in a 300-pixel dock put
"Notes" out of sight even on a 2560-pixel screen. So, from best to last resort:

1. whole names, with the panels widened to hold them from the reading pane's margins (never
   shortening a line of the text);
2. the longest names shortened first (each tab at most as wide as the room allows, never so
   narrow that four characters no longer fit), their whole names in the tab's tooltip;
3. whole names with scroll arrows, the current tab kept in view (a small screen).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

FITTED = "jiangxin_fitted_names"  # the names a bar's panels were last widened for
READABLE_CHARS = 4  # a shortened tab keeps at least this many (every Chinese name whole)


class DockTabs(QObject):
    """Fits the tab bars of a window's tabbed side panels. QMainWindow makes them as panels are
    tabbed: call `widen` and `fit_names` again after the layout changes; a bar found then is
    fitted again whenever it changes size (the reader dragging a panel's edge)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._whole: dict[tuple[str, ...], list[int]] = {}  # whole tab widths by the names shown
        self._grown_to: dict[str, int] = {}  # a panel widened part way, by its bar's names: its width
        self._resized = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._resized.timeout.connect(self.fit_names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTabBar):
            self._resized.start()
        return False

    def bars(self) -> list[QTabBar]:
        """The bars in sight, with tabs (the window keeps a spare, empty one); the window's own
        children only: looking among every widget would make a Python object for each."""
        bars = [bar for bar in self._window.findChildren(
            QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly) if bar.isVisible() and bar.count()]
        for bar in bars:
            bar.installEventFilter(self)  # once: Qt does not install a filter twice
        return bars

    def widen(self, room: int) -> int:
        """Widen panels whose names do not fit, by at most `room` pixels in all, until their names
        are whole; a panel the reader narrowed meanwhile stays narrow. Returns the pixels used."""
        used = 0
        for bar in self.bars():
            names = "\n".join(_names(bar))
            if bar.property(FITTED) == names or (front := self._front_dock(bar)) is None:
                continue
            if front.width() < self._grown_to.get(names, 0):
                bar.setProperty(FITTED, names)  # the reader narrowed what was widened part way
                continue
            wanted = sum(self._whole_widths(bar)) - bar.width()
            grow = min(wanted, room - used)
            if wanted > 0 and grow <= 0:
                continue  # no room now: perhaps once the window is larger
            target = front.width() + max(grow, 0)
            if grow > 0:
                self._window.resizeDocks([front], [target], Qt.Orientation.Horizontal)
                used += grow
            if grow < wanted:  # part way: the rest when the window has room
                self._grown_to[names] = target
            else:
                bar.setProperty(FITTED, names)
        return used

    def forget_widths(self) -> None:
        """The panels were narrowed to make room: widen them again when there is room."""
        self._grown_to.clear()
        for bar in self.bars():
            bar.setProperty(FITTED, None)

    def fit_names(self) -> None:
        """Whole names where they fit, else the longest shortened, else arrows."""
        for bar in self.bars():
            whole = self._whole_widths(bar)
            cap = cap_width(whole, bar.width())
            if cap is not None and cap >= _readable_width(bar, whole):
                _show(bar, cap, Qt.TextElideMode.ElideRight)
            else:  # all fit whole, or too narrow to shorten readably: whole names, arrows if need be
                _show(bar, None, Qt.TextElideMode.ElideNone)

    def _whole_widths(self, bar: QTabBar) -> list[int]:
        """Each tab's width with its whole name (measured while no cap is set, then kept)."""
        names = _names(bar)
        if names not in self._whole:
            _show(bar, None, bar.elideMode())  # a cap changes what a tab asks for
            self._whole[names] = [bar.tabSizeHint(i).width() for i in range(bar.count())]
        return self._whole[names]

    def _front_dock(self, bar: QTabBar) -> QDockWidget | None:
        """The panel of the bar's current tab (QMainWindow keeps each dock's address as tab data)."""
        address = bar.tabData(bar.currentIndex())
        for dock in self._window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if _address(dock) == address:
                return dock
        return None


def cap_width(widths: list[int], room: int) -> int | None:
    """The widest a tab may be so that all fit in `room`, the narrow ones whole (None: all fit)."""
    if sum(widths) <= room:
        return None
    rest = sorted(widths)
    while rest:
        cap = room // len(rest)
        if rest[0] > cap:
            return cap  # every tab left is wider than its share: cut them all to it
        room -= rest.pop(0)
    return 0


def _readable_width(bar: QTabBar, whole: list[int]) -> int:
    """The narrowest a shortened tab may be: READABLE_CHARS characters, an ellipsis, its margins."""
    metrics = bar.fontMetrics()
    margins = min(width - metrics.horizontalAdvance(bar.tabText(i)) for i, width in enumerate(whole))
    return margins + metrics.horizontalAdvance("中" * READABLE_CHARS + "…")


def _show(bar: QTabBar, cap: int | None, elide: Qt.TextElideMode) -> None:
    """Set the bar's cap and elision, touching only what changes (a new style sheet asks the
    window for a new layout, and a new layout for a new fit)."""
    sheet = f"QTabBar::tab {{ max-width: {cap}px; }}" if cap is not None else ""
    if bar.styleSheet() != sheet:
        bar.setStyleSheet(sheet)
    if bar.elideMode() != elide:
        bar.setElideMode(elide)
    if not bar.usesScrollButtons():
        bar.setUsesScrollButtons(True)  # the last resort, never off: each tab stays reachable


def _names(bar: QTabBar) -> tuple[str, ...]:
    return tuple(bar.tabText(i) for i in range(bar.count()))


def _address(dock: QDockWidget) -> int:
    return int(shiboken6.getCppPointer(dock)[0])
