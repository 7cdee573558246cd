"""The reader's highlights: changed one by one, and with thousands only those near the text in
sight are handed to Qt, following every scroll (issue 20: a note change at 100,000 notes)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.library import Essay, Library
from app.core.script import Form
from app.core.view import ViewCache
from app.ui.reader.highlights import ALL_HIGHLIGHTS_UP_TO, Highlight
from app.ui.reader.view import ReaderView


def longest(library: Library) -> Essay:
    return max(library.essays(), key=lambda e: len(e.text))


def reader_on(qtbot: QtBot, library: Library, essay: Essay) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_view(ViewCache(library).view(essay, Form.ORIGINAL))
    return reader


def drawn(reader: ReaderView) -> list[tuple[int, int, str]]:
    """What Qt was given: each selection's place and colour."""
    return sorted((s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
                  for s in reader.extraSelections())


def every(essay: Essay, step: int) -> list[Highlight]:
    return [Highlight(f"h{n}", start, start + 4, ("yellow", "pink")[n % 2])
            for n, start in enumerate(range(3, len(essay.text) - 4, step))]


def test_changing_some_highlights_draws_what_setting_them_all_draws(qtbot: QtBot, library: Library) -> None:
    essay = longest(library)
    reader = reader_on(qtbot, library, essay)
    marks = every(essay, 50)[:40]
    reader.set_highlights(marks)
    moved = Highlight("h3", 10, 20, "green")
    added = Highlight("new", 5, 9, "blue")
    reader.update_highlights([moved, added], ["h7", "h8"])
    changed = [added, moved, *(h for h in marks if h.id not in ("h3", "h7", "h8"))]
    incremental = drawn(reader)
    reader.set_highlights(changed)
    assert incremental == drawn(reader)
    assert reader.highlight_at(12) == moved and reader.highlight_at(marks[7].start) is None


def test_with_thousands_qt_gets_those_in_sight_and_they_follow_the_scroll(
        qtbot: QtBot, library: Library) -> None:
    essay = longest(library)
    marks = every(essay, 6)
    assert len(marks) > ALL_HIGHLIGHTS_UP_TO
    reader = reader_on(qtbot, library, essay)
    reader.set_highlights(marks)
    for value in (0, reader.verticalScrollBar().maximum() // 2, reader.verticalScrollBar().maximum()):
        reader.verticalScrollBar().setValue(value)
        top, bottom = reader._visible_span()  # noqa: SLF001
        given = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()}
        in_sight = {(reader.qt_position(h.start), reader.qt_position(h.end, end=True))
                    for h in marks if h.start < bottom and h.end > top}
        assert in_sight and in_sight <= given, value
        assert len(given) < len(marks)


def test_a_highlight_changed_out_of_sight_is_drawn_once_scrolled_to(qtbot: QtBot, library: Library) -> None:
    essay = longest(library)
    marks = every(essay, 6)
    reader = reader_on(qtbot, library, essay)
    reader.set_highlights(marks)
    last = marks[-1]
    reader.update_highlights([Highlight(last.id, last.start, last.end, "green")], [])
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    colours = {s.cursor.selectionStart(): s.format.background().color().name()
               for s in reader.extraSelections()}
    reader.set_highlights([*marks[:-1], Highlight(last.id, last.start, last.end, "green")])
    assert colours[reader.qt_position(last.start)] == {
        s.cursor.selectionStart(): s.format.background().color().name()
        for s in reader.extraSelections()}[reader.qt_position(last.start)]
