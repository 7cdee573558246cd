"""Side panels as docks, each with a checkable action that opens and closes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

PanelT = TypeVar("PanelT", bound=QWidget)


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


class LazyPanel(Generic[PanelT]):
    """A side panel whose dock (its tab, title and action) exists from the start and whose
    content is built the first time it comes into sight, or is asked for: a panel behind
    another's tab, or closed, costs the window's start nothing. A restored layout that had it
    in front shows it at once, built."""

    def __init__(self, window: QMainWindow, name: str, build: Callable[[], PanelT], *,
                 action: QAction | None = None, tab_with: QDockWidget | None = None,
                 filled: Callable[[], None] | None = None) -> None:
        """`filled`: called once the built panel is in place, to show what it shows."""
        self.dock = add_panel(window, name, QWidget(), action, tab_with)
        self._build: Callable[[], PanelT] | None = build
        self._filled = filled
        self._panel: PanelT | None = None
        self.dock.visibilityChanged.connect(self._visibility_changed)

    @property
    def built(self) -> PanelT | None:
        """The panel if it has been built, else None (nothing to update yet)."""
        return self._panel

    def panel(self) -> PanelT:
        """The panel, built now if it has not been."""
        if self._panel is None:
            assert self._build is not None
            build, self._build = self._build, None
            self._panel = build()
            placeholder = self.dock.widget()
            self.dock.setWidget(self._panel)
            if placeholder is not None:
                placeholder.deleteLater()
            if self._filled is not None:
                self._filled()
        return self._panel

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.panel()


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
