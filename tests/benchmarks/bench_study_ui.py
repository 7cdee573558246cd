"""The study group in the window (issue #23): what the notes panel and the heat strip cost on an
essay that 30 members annotated (100 notes each, questions and 不懂 among them, 10 votes on
every tenth note), against the panel as it was before (no 赞同 badges, the notes' original
script) in the same run.

    python -m tests.benchmarks.bench_study_ui [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.library import Essay  # noqa: E402
from app.core.note_form import in_form  # noqa: E402
from app.core.notes import KINDS, Author, new_annotation  # noqa: E402
from app.core.script import Form  # noqa: E402
from app.core.study import note_key, vote_record  # noqa: E402
from app.services.study_changes import StudyChanges  # noqa: E402
from app.store.groupfiles import create_group_folder, write_member_file  # noqa: E402
from app.ui.common.docks import show_panel  # noqa: E402
from app.ui.shell.application import build_window  # noqa: E402
from app.ui.shell.main_window import MainWindow  # noqa: E402
from tests.benchmarks.common import median_ms, report  # noqa: E402

MEMBERS, NOTES_EACH = 30, 100
WORDS = ("這句話是什麼意思？", "为什么说是大势所趋？", "同意這個看法", "不太明白这里", "很好的例子")


def build(folder: Path, essay: Essay, seed: int = 7) -> None:
    """30 members' files on the open essay; every tenth note gets 10 votes."""
    rng = random.Random(seed)
    members = [Author(f"成員{n}", f"member-{n:02d}", "#2f9e44", f"device-{n:02d}") for n in range(MEMBERS)]
    notes = {m.id: [] for m in members}
    for member in members:
        for _ in range(NOTES_EACH):
            start = rng.randrange(0, len(essay.text) - 20)
            notes[member.id].append(new_annotation(
                essay.id, essay.text, start, start + rng.randint(2, 12), color="yellow", author=member.name,
                note=rng.choice(WORDS), by=member, shared=True, kind=rng.choice(KINDS)))
    everyone = [n for ns in notes.values() for n in ns]
    for number, member in enumerate(members):
        votes = [vote_record(note_key(n, "")) for n in everyone[number::MEMBERS * 3][:NOTES_EACH]]
        write_member_file(folder, member, [n.to_json() for n in notes[member.id]], study=votes)


def wait_for(app: QApplication, done: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()


def panel_ms(window: MainWindow, runs: int, *, badges: bool, form: Form, cold: bool) -> float:
    """Rebuilding the open essay's notes panel rows and highlights, as after a group read."""
    model = window.notes_ui.annotations_panel.model
    made = model.badges
    if not badges:
        model.badges = lambda _note_id: ""  # as before issue 23
    window.reading.set_form(form)

    def rebuild() -> None:
        if cold:
            in_form.cache_clear()
        window.notes_ui.refresh()
        QApplication.processEvents()  # the rows in sight painted, badges asked for

    try:
        return median_ms(rebuild, runs)
    finally:
        model.badges = made


def vote_arrives(app: QApplication, window: MainWindow) -> None:
    """What the window does when a read of the folder brings new votes: badges on the rows, painted."""
    window.study_ui._study_changed(StudyChanges(frozenset({"votes"})))
    app.processEvents()
    window.notes_ui.annotations_panel.list.viewport().repaint()  # the rows in sight, painted now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        data, folder = Path(tmp) / "data", Path(tmp) / "group"
        window = build_window(argparse.Namespace(data_dir=str(data), smoke=False, open=None))
        assert window is not None
        window.resize(1400, 900)
        window.show()
        show_panel(window.notes_ui.annotations_dock)
        wait_for(app, lambda: window.reading.current is not None)
        essay = window.reading.current
        assert essay is not None
        create_group_folder(folder, "bench")
        build(folder, essay)
        group = window.workspace.group
        group.join(folder, "我")
        wait_for(app, lambda: len(window.workspace.notes.annotations(essay.id)) >= MEMBERS * NOTES_EACH)
        runs = options.runs
        rows = [
            ("panel + highlights, before (no badges, 原文)",
             panel_ms(window, runs, badges=False, form=Form.ORIGINAL, cold=False), "ms", "baseline"),
            ("panel + highlights, badges, 原文", panel_ms(window, runs, badges=True, form=Form.ORIGINAL,
                                                         cold=False), "ms", "≈ baseline"),
            ("panel + highlights, badges, 简体 (conversion cached)",
             panel_ms(window, runs, badges=True, form=Form.SIMPLIFIED, cold=False), "ms", ""),
            ("panel + highlights, badges, 简体 (first conversion)",
             panel_ms(window, runs, badges=True, form=Form.SIMPLIFIED, cold=True), "ms", ""),
            ("heat strip of the essay", median_ms(window.study_ui.heat.refresh, runs), "ms", "<= 50 ms"),
            ("votes arrive: the panel's badges redrawn", median_ms(lambda: vote_arrives(app, window), runs),
             "ms", "<= 50 ms"),
            ("notes on the essay", float(len(window.workspace.notes.annotations(essay.id))), "notes", ""),
            ("rows in the notes panel", float(len(window.notes_ui.annotations_panel.model.rows)), "rows", ""),
            ("notes panel in sight", float(window.notes_ui.annotations_panel.list.isVisible()), "yes=1", ""),
        ]
        group.stop()
        window.close()
    report(f"Study group in the window ({MEMBERS} members × {NOTES_EACH} notes on one essay, "
           f"median of {options.runs})", rows)


if __name__ == "__main__":
    main()
