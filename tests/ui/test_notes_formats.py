"""The window's ways out for notes (Readwise CSV, an Obsidian folder) and the reasons shown for
W3C annotations it could not import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import dialogs_of
from tests.ui.test_notes import select_shown

SAMPLES = Path(__file__).parents[1] / "fixtures/w3c-web-annotation-tests/tools/samples/correct"


class OpenAnswer:
    """Stands in for the group's file chooser: opens one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_path(self, _title: str, _filters: str) -> Path | None:
        return self.path

    def choose(self, _title: str, _label: str, _choices: list[str]) -> int | None:
        return 1  # notes by other authors (the W3C examples name theirs): "Import them as mine"


def test_export_notes_writes_readwise_csv(window: MainWindow, tmp_path: Path) -> None:
    select_shown(window, "隨着時代的進步")
    window.commands["highlight_green"].trigger()
    target = tmp_path / "notes.csv"
    dialogs_of(window).answers["save_path"].append(target)
    window.commands["export_notes"].trigger()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:2] == ["Highlight", "Title"] and rows[1][0] == "隨着時代的進步"


def test_export_notes_to_an_obsidian_folder(window: MainWindow, tmp_path: Path) -> None:
    select_shown(window, "隨着時代的進步")
    window.commands["highlight_green"].trigger()
    dialogs_of(window).answers["choose_folder"].append(tmp_path)
    window.commands["export_obsidian"].trigger()
    (written,) = tmp_path.glob("*.md")
    assert "> 隨着時代的進步\n\n^" in written.read_text(encoding="utf-8")
    assert "exported to" in window.statusBar().currentMessage()


def test_import_web_annotations_shows_what_was_skipped_and_why(window: MainWindow) -> None:
    window.group_ui.group_dialogs = OpenAnswer(SAMPLES / "collection1.json")  # type: ignore[assignment]
    window.commands["import_jsonld"].trigger()
    window.group_ui.group.tasks.wait("import-jsonld")  # read off the window's thread
    assert "Imported 44" in window.statusBar().currentMessage()
    (shown,) = [s for s in dialogs_of(window).shown if s[0] == "warn"]
    assert "http://example.org/anno4: it marks an image, a sound, a video or data, not text" in shown[2]
    assert len(window.notes_ui.notes.annotations()) == 44
