"""Notes benchmark: a store with 10,000 notes, and an essay carrying 500 highlights.

    python -m tests.benchmarks.bench_notes
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.essay_folder import load_library  # noqa: E402
from app.core.library import Essay  # noqa: E402
from app.core.notes import COLORS, new_annotation, new_bookmark  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.services.notes import NotesService  # noqa: E402
from app.services.persistence import StoreKeeper  # noqa: E402
from app.store import Store  # noqa: E402
from tests.benchmarks.common import median_ms, report  # noqa: E402


def write_store(folder: Path, essays: list[Essay], count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    notes = []
    for n in range(count):
        essay = essays[n % len(essays)]
        start = rng.randrange(0, len(essay.text) - 40)
        notes.append(new_annotation(essay.id, essay.text, start, start + rng.randint(2, 30),
                                    color=rng.choice(COLORS), author="王老師",
                                    note="讨论要点" * rng.randint(0, 6), tags=("讨论",)).to_json())
    marks = [new_bookmark(e.id, e.text, len(e.text) // 2, "王老師").to_json() for e in essays]
    document = {"schema": 2, "prefs": {}, "reading": {}, "profile": {"display_name": "王老師"},
                "annotations": notes, "bookmarks": marks}
    (folder / "store.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def store_figures(essays: list[Essay]) -> list[tuple[str, float, str, str]]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_store(folder, essays, 10_000)

        def load() -> NotesService:
            store = Store(folder)
            store.load()
            return NotesService(StoreKeeper(store))

        load_ms = median_ms(load, 5)
        service = load()

        def save() -> None:
            service.keeper._dirty = True  # noqa: SLF001  (force a full save)
            service.keeper.flush()

        save_ms = median_ms(save, 5)
        size_mb = (folder / "store.json").stat().st_size / 1e6
    return [("load store with 10,000 notes", load_ms, "ms", "< 150"),
            ("save store with 10,000 notes", save_ms, "ms", "< 150"),
            ("store.json with 10,000 notes", size_mb, "MB", "")]


def open_essay_figure(essays: list[Essay]) -> tuple[str, float, str, str]:
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.application import build_window

    app = QApplication.instance() or QApplication([])
    longest = max(essays, key=lambda e: len(e.text))
    with tempfile.TemporaryDirectory() as name:
        write_store(Path(name), [longest], 500)
        window = build_window(argparse.Namespace(data_dir=name, smoke=False, open=None))
        assert window is not None
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        window.words_ui.words.start()  # measure with the essay panel filled, as a reader sees it
        window.words_ui.words.wait()
        app.processEvents()
        other = next(e for e in essays if e is not longest)

        def open_longest() -> None:
            window.reading.open_essay(other.id)
            window.reading.open_essay(longest.id)

        ms = median_ms(open_longest, 5)
        assert len(window.reader.extraSelections()) == 500
        window.close()
    return ("open the essay carrying 500 highlights", ms, "ms", "< 100")


def main() -> None:
    essays = load_library(seeds_dir()).essays()
    report("notes", [*store_figures(essays), open_essay_figure(essays)])


if __name__ == "__main__":
    main()
