"""Builds the pieces (store, library, services, window) and runs the GUI."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.core.library import load_library
from app.paths import data_dir, resources_dir, seeds_dir
from app.services.persistence import StoreKeeper
from app.services.reading import ReadingService
from app.store import Store
from app.ui.fonts import ui_font
from app.ui.i18n import Translations, resolve_language
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 30_000


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "jiangxin.png")))
    return app


def build_window(options: argparse.Namespace) -> MainWindow:
    """Everything the window needs, from the data folder given on the command line."""
    app = create_application(sys.argv)
    app.setFont(ui_font(app.font()))
    store = Store(data_dir(options.data_dir))
    messages = store.load()
    library = load_library(seeds_dir())
    keeper = StoreKeeper(store, app)
    reading = ReadingService(library, keeper, app)
    translations = Translations(app, resources_dir() / "i18n")
    translations.apply(resolve_language(reading.prefs.language))
    window = MainWindow(reading, translations)
    window.startup_messages = messages + library.problems
    if not options.smoke:
        window.reader.first_painted.connect(lambda: _after_first_paint(window))
    return window


def run_gui(options: argparse.Namespace, started: float) -> int:
    """Run the window until it closes; with --smoke, exit once the first essay is painted."""
    window = build_window(options)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if options.smoke:
        return _smoke(app, window, started)
    window.show()
    return app.exec()


def _after_first_paint(window: MainWindow) -> None:
    window.reading.warm_up_in_background()
    if window.startup_messages:
        QTimer.singleShot(0, lambda: window.dialogs.warn(
            window.tr("Jiangxin Reader"), "\n\n".join(window.startup_messages)))


def _smoke(app: QApplication, window: MainWindow, started: float) -> int:
    """Show the window, wait for the first painted essay, report the time, exit."""
    window.reading.keeper.store.read_only = True  # a smoke run leaves the user's data alone
    result = {"code": 1}

    def painted() -> None:
        elapsed = (time.perf_counter() - started) * 1000
        view = window.reader.view
        title = view.title if view else "?"
        print(f"smoke: ok, {len(window.reading.library.essays())} essays, "
              f"'{title}' painted in {elapsed:.0f} ms")
        result["code"] = 0
        QTimer.singleShot(0, app.quit)  # let the paint finish before tearing down

    for message in window.startup_messages:
        print(f"smoke: {message}", file=sys.stderr)
    if not window.reading.library.essays():
        print("smoke: failed, the library is empty", file=sys.stderr)
        return 1
    window.reader.first_painted.connect(painted)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    if result["code"]:
        print("smoke: failed, the first essay was never painted", file=sys.stderr)
    return result["code"]
