"""Builds the pieces (store, library, services, window) and runs the GUI."""

from __future__ import annotations

import argparse
import gc
import linecache
import logging
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6 import QtWidgets
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.core.messages import Message
from app.paths import DataDirError, cache_dir, data_dir, prepare_data_dir, resources_dir
from app.services.collector import MainThreadCollector
from app.services.instance import Acquired, InstanceGuard
from app.services.merge_back import MergeBack
from app.services.messages import translated
from app.services.workspace import Access, Folders, Workspace
from app.ui.common.fonts import ui_font
from app.ui.common.theme import apply_theme, note_fusion, with_fusion
from app.ui.shell.i18n import Translations, resolve_language
from app.ui.shell.lifecycle import QuitOnSignals, end_process, save_on_display_loss, save_on_session_end
from app.ui.shell.main_window import MainWindow
from app.ui.shell.merge_action import MergeAction

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 30_000
NOT_LISTENING_MS = 20_000  # long enough to be read once; the log keeps it too
AT_THE_LATEST_MS = 5_000  # a window that never paints (started minimised) gets them all the same


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(with_fusion(argv))
    note_fusion(app)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    MainThreadCollector(app)  # cycles are freed on this thread, never on a worker's
    return app


def build_window(options: argparse.Namespace) -> MainWindow | None:
    """Everything the window needs, from the data folder given on the command line.

    None when another window already holds the data folder and took over the request.
    """
    app = create_application(sys.argv)
    app.setFont(ui_font(app.font()))
    folder = data_dir(options.data_dir)
    guard, read_only_reason, unwritable = None, None, False
    if not options.smoke:  # a smoke run reads only, so it needs no lock
        try:
            guard = _take_data_folder(folder, app)
        except ReadOnlyFolder as error:
            read_only_reason, unwritable = _read_only_folder_message(app, error), True
        if guard is None and not unwritable:
            if InstanceGuard(folder).hand_over({"open": getattr(options, "open", None)}):
                return None
            read_only_reason = app.translate(
                "Application", "Another Jiangxin Reader is using this data folder and did not "
                "answer. This window is read-only so that neither loses notes; close the other "
                "one and start again to make changes.")
    access = Access(read_only=options.smoke or read_only_reason is not None, reason=read_only_reason,
                    cache_read_only=options.smoke or unwritable, read_group_later=True, notes_later=True,
                    edits_in_memory=unwritable,
                    owner_check=guard.lost_ownership if guard is not None else None,
                    owner_proof=guard.owns_lock if guard is not None else None)
    # a large library finishes loading in the background, once the window is up
    workspace = Workspace(Folders(folder, cache_dir(options.data_dir)), access,
                          first_essay=getattr(options, "open", None))
    translations = Translations(app, resources_dir() / "i18n")
    translations.apply(resolve_language(workspace.prefs.language))
    apply_theme(app, workspace.prefs.theme)  # before the widgets exist: none to polish again
    window = MainWindow(workspace, translations)
    window.startup_messages = list(workspace.messages)
    window.instance_guard = guard
    for owned in (workspace, guard):
        if owned is not None:
            owned.setParent(window)  # live and die with the window, not the application
    if guard is not None:
        guard.request_received.connect(window.handle_request)
        merge_back = MergeBack(guard, workspace.keeper, workspace.notes)
        workspace.keeper.reclaim = merge_back.merge
        MergeAction(window.commands["merge_changes"], merge_back, workspace.keeper, window.status_messages,
                    window)
    if getattr(options, "open", None):
        workspace.reading.open_essay(options.open)
    if not options.smoke:
        # not at first paint: threads started then hold the frame itself up
        window.reader.first_presented.connect(lambda: _after_first_paint(window))
    if window.reading.current is None:  # no essay to paint, so no first frame to wait for
        _give_icon(app)
        at_the_latest = 0
    else:  # after it: Python's QIcon class alone costs a start 2 ms (see notes.drafts.color_icon)
        window.reader.first_presented.connect(lambda: _give_icon(app), Qt.ConnectionType.SingleShotConnection)
        at_the_latest = AT_THE_LATEST_MS
    # the socket opens at the first frame (_after_first_paint); without one, all the same
    QTimer.singleShot(at_the_latest, window, lambda: _without_a_first_frame(app, guard))
    gc.freeze()  # what the start made lives as long as the window: no collection walks it again
    return window


def _without_a_first_frame(app: QApplication, guard: InstanceGuard | None) -> None:
    """What the first frame of text brings, for a window that has none (no essay to paint, or
    started minimised): the icon and the socket for later launches (each given once)."""
    if app.windowIcon().isNull():
        _give_icon(app)
    if guard is not None:
        guard.listen()


def _give_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon  # noqa: PLC0415  (see build_window)

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "jiangxin.png")))


class StartupError(Exception):
    """The app cannot start on this data folder; the message names the cause, for the user."""


class ReadOnlyFolder(Exception):
    """The data folder can be read but not written (a read-only disk): open it read-only."""


def _take_data_folder(folder: Path, app: QApplication) -> InstanceGuard | None:
    """The folder's lock, or None when another window holds it; ReadOnlyFolder when it can
    only be read; StartupError when it is unusable (never blamed on "another window")."""
    try:
        prepare_data_dir(folder)
    except DataDirError as error:
        if error.readable:
            raise ReadOnlyFolder(str(error)) from error
        raise StartupError(str(error)) from error
    guard = InstanceGuard(folder, app)
    outcome = guard.acquire()  # it listens later: see _listen_for_later_launches
    if outcome is Acquired.FAILED:
        raise StartupError(app.translate(
            "Application", "The data folder {folder} cannot be used: its lock file cannot be "
            "created ({reason}).").format(folder=folder, reason=guard.failure))
    return guard if outcome is Acquired.OWNER else None


def _read_only_folder_message(app: QApplication, error: ReadOnlyFolder) -> str:
    return app.translate(
        "Application", "{problem} This window is read-only: your notes and settings can be read, "
        "and new notes are kept in this window; when you quit you can save them as a copy "
        "elsewhere.").format(problem=error)


def show_startup_error(message: str) -> None:
    """Tell the user why the app cannot start, on the terminal and in a message box."""
    print(f"Jiangxin Reader: {message}", file=sys.stderr)
    if QApplication.instance() is not None:
        startup_box(message)


def _critical_box(message: str) -> None:
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, APP_NAME, message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


startup_box = _critical_box  # tests stand in for the user here


def run_gui(options: argparse.Namespace, started: float) -> int:
    """Run the window until it closes; with --smoke, exit once the first essay is painted."""
    try:
        window = build_window(options)
    except StartupError as error:
        log.error("cannot start: %s", error)
        show_startup_error(str(error))
        return 2
    if window is None:
        print("Jiangxin Reader is already open on this data folder; it has been brought forward.")
        return 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if options.smoke:
        return _smoke(app, window, started)
    _report_unexpected_errors(window)
    QuitOnSignals(window.quit_unattended, window)
    save_on_session_end(app, window.prepare_to_quit)
    save_on_display_loss(lambda: window.prepare_to_quit(interactive=False))
    window.show()
    return end_process(app.exec(), window.workspace.keeper.flush)


def _report_unexpected_errors(window: MainWindow) -> None:
    """A bug in a slot is logged and told in the status bar; the window stays up."""
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        keeper = window.reading.keeper
        if keeper.last_error is None:
            message = QApplication.translate(
                "Application",
                "Something went wrong ({error}); your notes are safe. Details are in the log.")
        else:
            message = QApplication.translate(
                "Application",
                "Something went wrong ({error}), and your latest changes are not saved yet: {reason}")
        message = message.format(error=kind.__name__, reason=keeper.last_error)
        window.status_messages.show(message, 10_000)

    sys.excepthook = hook


def _after_first_paint(window: MainWindow) -> None:
    """Slow work starts once the reader can see text: the socket for later launches (first, while
    the interpreter is the window's alone: beside the threads below it took 50 ms, not 5), the
    notes of a large store, the rest of the library, words, conversions."""
    _listen_for_later_launches(window)
    _load_notes(window)
    window.workspace.library_service.finish_loading()
    # What start-up built lives as long as the window: keep the collector from walking it
    # again and again (a full collection holds the interpreter, and so the window, for
    # 100 ms and more while the background work allocates).
    gc.freeze()
    # PySide's import hook read every module's source into linecache (megabytes held for good;
    # a traceback reads its lines again when it needs them)
    linecache.clearcache()
    if not window.workspace.notes_load.pending:  # else once the notes are in: they come first
        window.workspace.start_words_then_warm_up()
    if window.startup_messages:
        title = QApplication.translate("Application", "Jiangxin Reader")
        QTimer.singleShot(0, lambda: window.dialogs.warn(
            title, "\n\n".join(map(translated, window.startup_messages))))


def _load_notes(window: MainWindow) -> None:
    """A large store's notes are read now; the status bar says so until they are in."""
    load = window.workspace.notes_load
    if not load.pending:
        return
    loading = QApplication.translate("Application", "Loading notes…")
    window.status_messages.stand(loading)
    load.finished.connect(lambda messages: _notes_loaded(window, loading, messages))
    load.start()


def _notes_loaded(window: MainWindow, loading: str, messages: list[Message]) -> None:
    gc.freeze()  # 100,000 notes, kept for good: no full collection walks them again
    window.status_messages.withdraw(loading)
    window.status_messages.show(QApplication.translate("Application", "Notes loaded."), 3000)
    window.workspace.start_words_then_warm_up()
    if messages:
        window.dialogs.warn(QApplication.translate("Application", "Jiangxin Reader"),
                            "\n\n".join(map(translated, messages)))


def _listen_for_later_launches(window: MainWindow) -> None:
    """Open the socket a second launch hands its request to, once the text is on screen; if it
    cannot be opened, say so once: a later launch opens read-only instead."""
    guard = window.instance_guard
    if guard is None:
        return
    guard.listen()
    if guard.not_listening:
        window.status_messages.show(QApplication.translate(
            "Application", "Starting Jiangxin Reader again cannot reach this window ({reason}); "
            "a second window opens read-only.").format(reason=guard.not_listening), NOT_LISTENING_MS)


def _smoke(app: QApplication, window: MainWindow, started: float) -> int:
    """Show the window, wait until the first essay is on screen, report the time, exit."""
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
    window.reader.first_presented.connect(painted)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    if result["code"]:
        print("smoke: failed, the first essay was never painted", file=sys.stderr)
    return result["code"]
