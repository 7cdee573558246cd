"""The handout model: what a printed page says about each note."""

from __future__ import annotations

from dataclasses import replace

from app.core.handout import (
    HandoutOptions,
    WhoseNotes,
    build_handout,
    discussion_sheet,
    paper_for_territory,
)
from app.core.library import Library
from app.core.notes import Annotation, new_annotation
from app.core.script import Form


def _notes(library: Library) -> list[Annotation]:
    essay = library.collections[0].essays[0]
    first = essay.paragraphs[0]
    second_start = len(first) + 1
    mine = replace(new_annotation(essay.id, essay.text, second_start + 2, second_start + 6, color="green",
                                  author="我", note="为什么？", tags=("讨论",)), author_id="me")
    theirs = replace(new_annotation(essay.id, essay.text, 0, 4, color="pink", author="王老師"),
                     author_id="wang", shared=True)
    gone = replace(theirs, id="gone").tombstone()
    reply = replace(new_annotation(essay.id, essay.text, 0, 4, color="pink", author="王老師", note="同意"),
                    author_id="wang", reply_to=mine.id)
    return [mine, theirs, gone, reply]


def test_notes_are_numbered_in_reading_order_with_their_paragraph(library: Library) -> None:
    essay = library.collections[0].essays[0]
    handout = build_handout(library, [essay.id], _notes(library), HandoutOptions(me="me"))
    printed = handout.essays[0].notes
    assert [(n.number, n.author, n.paragraph) for n in printed] == [(1, "王老師", 1), (2, "我", 2)]
    assert printed[0].quote == essay.text[0:4] and printed[0].span == (0, 4)
    assert printed[1].span == (2, 6) and printed[1].tags == ("讨论",)


def test_whose_notes_and_tombstones(library: Library) -> None:
    essay_id = library.collections[0].essays[0].id
    def authors(whose: WhoseNotes) -> list[str]:
        handout = build_handout(library, [essay_id], _notes(library), HandoutOptions(whose=whose, me="me"))
        return [n.author for n in handout.essays[0].notes]
    assert authors(WhoseNotes.MINE) == ["我"]
    assert authors(WhoseNotes.GROUP) == ["王老師", "我"]  # the deleted note stays out
    assert authors(WhoseNotes.NONE) == []


def test_the_chosen_form_converts_text_and_quotes(library: Library) -> None:
    essay = library.collections[0].essays[0]  # Hong Kong Traditional
    handout = build_handout(library, [essay.id], _notes(library),
                            HandoutOptions(form=Form.SIMPLIFIED, me="me"))
    printed = handout.essays[0]
    assert printed.title == "学习工匠精神心得感悟 篇1"
    note = printed.notes[1]
    assert printed.paragraphs[1][note.span[0]:note.span[1]] == note.quote  # type: ignore[index]


def test_replies_are_printed_under_their_note(library: Library) -> None:
    essay_id = library.collections[0].essays[0].id
    handout = build_handout(library, [essay_id], _notes(library), HandoutOptions(me="me"))
    notes = handout.essays[0].notes
    assert len(notes) == 2  # the reply is no note of its own
    assert [(r.author, r.text) for r in notes[1].replies] == [("王老師", "同意")]


def test_discussion_sheet_by_essay_or_by_tag(library: Library) -> None:
    ids = [library.collections[0].essays[0].id, library.collections[1].essays[0].id]
    handout = build_handout(library, ids, _notes(library), HandoutOptions(me="me"))
    by_essay = discussion_sheet(handout)
    assert [s.heading for s in by_essay] == [handout.essays[0].title]
    by_tag = discussion_sheet(handout, "讨论")
    assert by_tag[0].heading == "#讨论" and [n.text for _, n in by_tag[0].entries] == ["为什么？"]


def test_paper_follows_the_territory() -> None:
    assert paper_for_territory("US") == "letter" and paper_for_territory("ca") == "letter"
    assert paper_for_territory("CN") == "a4" and paper_for_territory("TW") == "a4"
