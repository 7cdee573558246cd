"""A real main window per test, on a data folder of its own."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services import notes_load
from app.ui.common.quit_guard import QuitChoice
from app.ui.group.assignment_dialog import AssignmentDraft
from app.ui.notes.drafts import NoteDraft, ReplyContext
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow


class RecordingDialogs:
    """Stands in for the user: records every dialog and answers from a script.

    Put answers in `answers[kind]`; without one the user accepts what the dialog offers
    (a file dialog is cancelled).
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, ...]] = []
        self.reply_contexts: list[ReplyContext] = []
        self.answers: dict[str, list[Any]] = {"edit_note": [], "ask_text": [], "save_path": [],
                                              "unsaved_changes": [], "open_paths": [],
                                              "ask_yes_no": [], "choose_folder": [], "choose_color": [],
                                              "write_reply": [], "new_assignment": []}

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def about(self, title: str, text: str) -> None:
        self.shown.append(("about", title, text))

    def edit_note(self, quote: str, draft: NoteDraft) -> NoteDraft | None:
        self.shown.append(("edit_note", quote))
        return self._answer("edit_note", draft)

    def write_reply(self, context: ReplyContext) -> str | None:
        self.shown.append(("write_reply", context.quote, context.author, context.note))
        self.reply_contexts.append(context)
        return self._answer("write_reply", None)

    def new_assignment(self, essays: list[tuple[str, str]], chosen: set[str]) -> AssignmentDraft | None:
        self.shown.append(("new_assignment", *sorted(chosen)))
        return self._answer("new_assignment", None)

    def ask_text(self, title: str, label: str, text: str, placeholder: str = "") -> str | None:
        self.shown.append(("ask_text", title, text))
        return self._answer("ask_text", text)

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        self.shown.append(("save_path", title, suggested))
        return self._answer("save_path", None)

    def unsaved_changes(self, title: str, text: str) -> QuitChoice:
        self.shown.append(("unsaved_changes", title, text))
        return self._answer("unsaved_changes", QuitChoice.CANCEL)  # type: ignore[no-any-return]

    def choose_folder(self, title: str) -> Path | None:
        self.shown.append(("choose_folder", title))
        return self._answer("choose_folder", None)

    def open_paths(self, title: str, filters: str) -> list[Path]:
        self.shown.append(("open_paths", title))
        return self._answer("open_paths", [])

    def ask_yes_no(self, title: str, text: str) -> bool:
        self.shown.append(("ask_yes_no", title, text))
        return self._answer("ask_yes_no", True)

    def choose_color(self, title: str, current: str) -> str | None:
        self.shown.append(("choose_color", title, current))
        return self._answer("choose_color", None)

    def _answer(self, kind: str, default: Any) -> Any:
        queue = self.answers[kind]
        return queue.pop(0) if queue else default

    def kinds(self) -> list[str]:
        return [entry[0] for entry in self.shown]


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(folder: Path = data_dir) -> MainWindow:
        window = build_window(argparse.Namespace(data_dir=str(folder), smoke=False, open=None))
        assert window is not None
        window.dialogs = RecordingDialogs()  # type: ignore[assignment]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts reach only the active window
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.notes_ui.panels_ready)  # filled after the first frame
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.translations.apply("en")  # translators are application-wide
        if window.instance_guard is not None:
            window.instance_guard.release()


@pytest.fixture
def window(open_window: WindowFactory) -> MainWindow:
    return open_window()


def dialogs_of(window: MainWindow) -> RecordingDialogs:
    assert isinstance(window.dialogs, RecordingDialogs)
    return window.dialogs


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the background read of the notes until the test opens the gate."""
    opened = threading.Event()
    read = notes_load.read_notes

    def held_read(annotations: list[Any], bookmarks: list[Any]) -> notes_load.HeldNotes:
        opened.wait(30)
        return read(annotations, bookmarks)

    monkeypatch.setattr(notes_load, "read_notes", held_read)
    yield opened
    opened.set()  # a test that failed must not leave the worker waiting
