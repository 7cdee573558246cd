"""The window's size, layout and splitter: a first size that suits the screen, and what was
saved at the last quit (as base64 text in the preferences)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from app.services.preferences import Preferences


def first_window_size(available: QSize | None) -> tuple[int, int]:
    """The first window (no saved geometry): 1360x860 where it fits, 90% of a small screen,
    and on a large screen 70% wide and 80% high (1360x860 looked lost at 2560x1440)."""
    if available is None:
        return 1360, 860
    width, height = available.width(), available.height()
    return (min(int(width * 0.9), max(1360, int(width * 0.7))),
            min(int(height * 0.9), max(860, int(height * 0.8))))


def restore_window_state(window: QMainWindow, splitter: QSplitter, prefs: Preferences) -> bool:
    """Put back the saved geometry, docks and splitter; False when no dock layout was saved."""
    geometry = prefs.window_state("geometry")
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    layout = prefs.window_state("layout")
    if layout:
        window.restoreState(QByteArray.fromBase64(layout.encode("ascii")))
    sizes = prefs.window_state("splitter")
    if sizes:
        splitter.restoreState(QByteArray.fromBase64(sizes.encode("ascii")))
    return bool(layout)


def save_window_state(window: QMainWindow, splitter: QSplitter, prefs: Preferences) -> None:
    prefs.set_window_state("geometry", _base64(window.saveGeometry()))
    prefs.set_window_state("layout", _base64(window.saveState()))
    prefs.set_window_state("splitter", _base64(splitter.saveState()))


def _base64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")
