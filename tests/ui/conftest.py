"""A real main window per test, on a data folder of its own."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.application import build_window
from app.ui.main_window import MainWindow


class RecordingDialogs:
    """Stands in for the user: records every dialog instead of blocking on it."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def about(self, title: str, text: str) -> None:
        self.shown.append(("about", title, text))


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(folder: Path = data_dir) -> MainWindow:
        window = build_window(argparse.Namespace(data_dir=str(folder), smoke=False))
        window.dialogs = RecordingDialogs()  # type: ignore[assignment]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts reach only the active window
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.translations.apply("en")  # translators are application-wide


@pytest.fixture
def window(open_window: WindowFactory) -> MainWindow:
    return open_window()
