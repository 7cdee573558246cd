"""The reader's highlights: changed one by one, and with thousands only those near the text in
sight are handed to Qt, following every scroll (issue 20: a note change at 100,000 notes)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from pytestqt.qtbot import QtBot

from app.core.library import Essay, Library
from app.core.script import Form
from app.core.view import ViewCache
from app.ui.common.theme import HIGHLIGHTS
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


def shown_colours(reader: ReaderView, start: int, end: int) -> list[str]:
    """The background each character from `start` to `end` gets: the last selection over it
    wins, as Qt paints them in order."""
    colours = ["" for _ in range(start, end)]
    for s in reader.extraSelections():
        for position in range(max(s.cursor.selectionStart(), start), min(s.cursor.selectionEnd(), end)):
            colours[position - start] = s.format.background().color().name()
    return colours


def test_dense_highlights_are_drawn_as_the_pieces_they_show(qtbot: QtBot, library: Library) -> None:
    """Thousands of overlapping highlights reach Qt as the few pieces a reader sees, each
    character in the colour it showed when every highlight was a selection of its own."""
    essay = min(library.essays(), key=lambda e: len(e.text))
    colours = ("yellow", "green", "blue", "pink")
    marks = [Highlight(f"h{n}", start, start + 3 + n % 17, colours[n % 4])
             for n, start in enumerate(range(0, len(essay.text) - 20, 2)) for _ in range(3)]
    marks = [Highlight(f"{h.id}-{n}", h.start, h.end, h.color) for n, h in enumerate(marks)]
    reader = reader_on(qtbot, library, essay)
    reader.set_highlights(marks)
    top, bottom = reader._visible_span()  # noqa: SLF001  # beyond a screen off, Qt gets none
    in_sight = reader.qt_position(top), reader.qt_position(bottom, end=True)
    flattened = shown_colours(reader, *in_sight)
    assert len(reader.extraSelections()) < len(marks) // 3
    everyone = [reader._extra(h.start, h.end, QColor(HIGHLIGHTS[h.color]))  # noqa: SLF001
                for h in sorted(marks, key=lambda h: (h.start, h.end))]
    reader.setExtraSelections(everyone)
    assert flattened == shown_colours(reader, *in_sight)


def test_a_members_note_stays_whole_over_dense_own_highlights(qtbot: QtBot, library: Library) -> None:
    essay = min(library.essays(), key=lambda e: len(e.text))
    mine = [Highlight(f"h{n}", n, n + 8, "yellow") for n in range(0, 60)]
    theirs = Highlight("bob", 20, 30, "green", owner_color="#1c7ed6")
    reader = reader_on(qtbot, library, essay)
    reader.set_highlights([*mine, theirs])
    last = reader.extraSelections()[-1]
    assert (last.cursor.selectionStart(), last.cursor.selectionEnd()) == (
        reader.qt_position(20), reader.qt_position(30, end=True))
    assert last.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    reader.update_highlights([], ["bob"])
    assert {s.format.underlineStyle() for s in reader.extraSelections()} == {
        QTextCharFormat.UnderlineStyle.NoUnderline}
