"""Vertical text and ruby benchmark: layout of the longest essay, and a scroll frame.

    python -m tests.benchmarks.bench_vertical

Baselines in the same run: the horizontal reader laying out the same essay, and its own
scroll frame at the same window size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.ruby import load_common, ruby_readings  # noqa: E402
from app.core.vertical_page import Metrics, VerticalPage  # noqa: E402
from app.paths import resources_dir  # noqa: E402
from app.ui.reader.vertical_glyphs import GlyphCache  # noqa: E402
from app.ui.reader.vertical_view import VerticalReaderView  # noqa: E402
from app.ui.shell.application import build_window  # noqa: E402
from tests.benchmarks.common import median_ms, report, timed_ms  # noqa: E402

FRAMES = 60


def scroll_frames(reader: VerticalReaderView, app: QApplication, *, vertical: bool) -> float:
    """Median time of one scroll step and the repaint of the whole pane."""
    times = []
    for frame in range(FRAMES):
        forward = (frame // 20) % 2 == 0  # on, back, on: never stuck against an end

        def step(forward: bool = forward) -> None:
            if vertical:
                reader.scroll_by(40 if forward else -40)
            else:
                bar = reader.verticalScrollBar()
                bar.setValue(bar.value() + (40 if forward else -40))
            reader.viewport().repaint()

        times.append(timed_ms(step))
        app.processEvents()
    return statistics.median(times)


def page_turns(reader: VerticalReaderView, app: QApplication) -> float:
    """Median time of a whole screen onwards, its columns never seen before (a new page each turn)."""
    times = []
    for _ in range(9):
        reader.scroll_to_offset(0)
        reader._page = None  # noqa: SLF001  (forget the pictures of the columns seen)
        reader.viewport().repaint()
        times.append(timed_ms(lambda: (reader.scroll_by(reader.viewport().width() - 96),
                                       reader.viewport().repaint())))
        app.processEvents()
    return statistics.median(times)


def first_frames_with_ruby(window: object, reader: VerticalReaderView, app: QApplication) -> float:
    """The frame that asks for an essay's readings: it used to work them out itself."""
    commands = window.commands  # type: ignore[attr-defined]
    times = []
    for _ in range(7):
        commands["ruby_off"].trigger()
        commands["ruby_all"].trigger()  # the readings are asked for anew
        app.processEvents()
        times.append(timed_ms(reader.viewport().repaint))
        reader.ruby.wait()
        app.processEvents()
    commands["ruby_off"].trigger()
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        window = build_window(argparse.Namespace(data_dir=folder, smoke=False, open=None))
        assert window is not None
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        reader = window.reader
        assert isinstance(reader, VerticalReaderView)
        longest = max(window.reading.library.essays(), key=lambda e: len(e.text))
        window.reading.open_essay(longest.id)
        app.processEvents()
        view = window.reading.current_view()
        assert view is not None
        horizontal_layout = median_ms(lambda: reader.show_view(view, 0), 9)
        horizontal_frame = scroll_frames(reader, app, vertical=False)
        common = load_common(resources_dir() / "readings" / "common_chars.txt")
        ruby_readings(view.text, view.script, "all", "pinyin", common)  # libraries loaded once
        readings_all = median_ms(lambda: ruby_readings(view.text, view.script, "all", "pinyin", common), 5)
        glyphs = GlyphCache(reader.document().defaultFont())
        size = reader.viewport().size()
        metrics = Metrics(glyphs.em, size.width(), size.height(), 48, 36, 36, glyphs.em * 0.75)
        vertical_layout = median_ms(
            lambda: VerticalPage(view.title, view.text, metrics, glyphs.advance_ems), 9)
        window.commands["vertical_text"].setChecked(True)
        first_ruby_frame = first_frames_with_ruby(window, reader, app)
        window.commands["ruby_all"].trigger()
        app.processEvents()
        reader.viewport().repaint()  # glyphs shaped and readings read once
        reader.ruby.wait()  # they come from a worker
        app.processEvents()
        vertical_frame = scroll_frames(reader, app, vertical=True)
        fresh_page = page_turns(reader, app)
        window.commands["ruby_off"].trigger()
        app.processEvents()
        plain_frame = scroll_frames(reader, app, vertical=True)
        window.close()
    rows = [
        (f"longest essay ({len(view.text):,} chars): horizontal layout (baseline)", horizontal_layout, "ms",
         ""),
        ("longest essay: vertical layout with ruby room", vertical_layout, "ms", "≤ 30"),
        ("longest essay: readings of every character (once per essay)", readings_all, "ms", ""),
        ("first vertical frame after ruby is turned on (readings on a worker)", first_ruby_frame, "ms",
         "< the readings' time"),
        ("scroll frame 1400x900: horizontal (baseline)", horizontal_frame, "ms", ""),
        ("scroll frame 1400x900: vertical, ruby on every character", vertical_frame, "ms", "≤ 8"),
        ("scroll frame 1400x900: vertical, no ruby", plain_frame, "ms", "≤ 8"),
        ("page turn 1400x900: vertical, ruby, every column drawn afresh", fresh_page, "ms", ""),
    ]
    report("vertical text and ruby", rows)


if __name__ == "__main__":
    main()
