"""Handout benchmark: the PDF of one essay with 40 notes and replies, and of a whole collection;
a collection in columns, with each column marked as one line of text and, as the baseline in the
same run, without that marking.

    python -m tests.benchmarks.bench_handout
"""

from __future__ import annotations

import os
import random
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize  # noqa: E402

from app.core.essay_folder import load_library  # noqa: E402
from app.core.handout import HandoutOptions, build_handout  # noqa: E402
from app.core.library import Essay  # noqa: E402
from app.core.notes import COLORS, Annotation, new_annotation  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.ui.print.pdf import handout_pdf  # noqa: E402
from app.ui.print.vertical_pages import VerticalHandoutPages  # noqa: E402
from tests.benchmarks.common import median_ms, report  # noqa: E402

A4 = QPageSize(QPageSize.PageSizeId.A4)


def notes_for(essay: Essay, count: int, seed: int = 3) -> list[Annotation]:
    rng = random.Random(seed)
    notes = []
    for _ in range(count):
        start = rng.randrange(0, len(essay.text) - 30)
        note = new_annotation(essay.id, essay.text, start, start + rng.randint(2, 20),
                              color=rng.choice(COLORS), author="王老師", note="这一句为什么重要？" * 2,
                              tags=("讨论",))
        notes += [note, replace(note, id=note.id + "r", reply_to=note.id, author="小李", note="同意")]
    return notes


def main() -> None:
    QGuiApplication([])
    library = load_library(seeds_dir())
    essay = library.collections[0].essays[0]
    one = build_handout(library, [essay.id], notes_for(essay, 40), HandoutOptions(sheet=True))
    collection = library.collections[1]
    every = build_handout(library, [e.id for e in collection.essays], [], HandoutOptions())
    one_pdf, every_pdf = handout_pdf(one, A4, "one"), handout_pdf(every, A4, "all")
    vertical = build_handout(library, [e.id for e in collection.essays], [], HandoutOptions(vertical=True))
    marked = median_ms(lambda: handout_pdf(vertical, A4, "v"), 3)
    spans = VerticalHandoutPages.text_spans
    VerticalHandoutPages.text_spans = lambda _self: []  # type: ignore[method-assign]
    unmarked = median_ms(lambda: handout_pdf(vertical, A4, "v"), 3)
    VerticalHandoutPages.text_spans = spans  # type: ignore[method-assign]
    report("Handout PDF", [
        ("one essay, 40 notes + replies, sheet", median_ms(lambda: handout_pdf(one, A4, "one"), 5),
         "ms", "< 2000"),
        ("  its size", len(one_pdf) / 1024, "KiB", "< 3072"),
        (f"{len(collection.essays)} essays, no notes", median_ms(lambda: handout_pdf(every, A4, "all"), 3),
         "ms", "< 5000"),
        ("  its size", len(every_pdf) / 1024, "KiB", ""),
        (f"{len(collection.essays)} essays in columns, one text line each", marked, "ms", "< 1.2 × baseline"),
        ("  baseline: columns not marked", unmarked, "ms", ""),
    ])


if __name__ == "__main__":
    main()
