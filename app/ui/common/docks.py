"""Side panels as docks, each with a checkable action that opens and closes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget


def add_panel(window: QMainWindow, name: str, panel: QWidget, action: QAction | None = None,
              tab_with: QDockWidget | None = None) -> QDockWidget:
    """Dock `panel` on the right (as a tab beside `tab_with`), toggled by `action`."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if tab_with is not None:
        window.tabifyDockWidget(tab_with, dock)
    if action is not None:
        _DockToggle(dock, action)
    return dock


def unelide_tabs(window: QMainWindow) -> None:
    """Whole names on the panels' tabs, with scroll arrows when they do not fit: five tabs cut
    to "N…", "B…" say nothing. Qt makes these tab bars as panels are tabbed, so call it again
    after the layout changes."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.elideMode() != Qt.TextElideMode.ElideNone:
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)


def show_panel(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()


def in_front(dock: QDockWidget) -> bool:
    """Open and not behind another panel's tab (a tab behind is open but not visible)."""
    return not dock.isHidden() and dock.isVisible() and not dock.visibleRegion().isEmpty()


class _DockToggle(QObject):
    """Keeps a checkable action and a dock in step (a dock behind a tab is still open).

    A QObject child of the dock, so its connections end when the dock is destroyed.
    """

    def __init__(self, dock: QDockWidget, action: QAction) -> None:
        super().__init__(dock)
        self._dock, self._action = dock, action
        action.setChecked(True)
        action.triggered.connect(self.show_or_hide)
        dock.visibilityChanged.connect(self.sync)

    @Slot(bool)
    def show_or_hide(self, checked: bool) -> None:
        """Bring the panel to the front; hide it only when it already is in front."""
        if checked or not in_front(self._dock):
            show_panel(self._dock)
            self._action.setChecked(True)
        else:
            self._dock.hide()

    @Slot(bool)
    def sync(self, _visible: bool) -> None:
        self._action.setChecked(not self._dock.isHidden())


class Retranslating:
    """Mixin for widgets: call `retranslate()` when the interface language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
