"""Anchors survive edits of the canonical text and selections in every script form."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.core.anchoring import make_anchor, resolve
from app.core.library import Library
from app.core.notes import Bookmark, new_bookmark, parse_tags, place_bookmark
from app.core.script import Form, convert

TEXT = ("人們在不斷呼喚工匠精神，然而要想養成工匠精神，成為一個名副其實的“匠人”並沒那麼容易。"
        "它需要從業者不忘初心，始終都能堅守自己的價值觀，任周遭如何變化都不為所動。\n"
        "心存敬畏。古語有云“敬事而信”，敬畏是內心的一把標尺，影響着做事的態度。"
        "心存敬畏，做事時會認真對待，小心翼翼生怕出錯，一絲不苟力求完美。")
spans = st.tuples(st.integers(0, len(TEXT)), st.integers(1, 40)).map(
    lambda p: (p[0], min(len(TEXT), p[0] + p[1])))
insertions = st.text(alphabet="工匠精神的是，。新加入一段文字\n", min_size=1, max_size=30)


@given(spans)
def test_same_text_resolves_to_the_same_span(span: tuple[int, int]) -> None:
    assume(span[0] < span[1])
    assert resolve(make_anchor(TEXT, *span), TEXT) == span


@settings(max_examples=200)
@given(spans, insertions, st.booleans())
def test_text_added_elsewhere_shifts_the_anchor_exactly(
    span: tuple[int, int], added: str, before: bool
) -> None:
    start, end = span
    assume(start < end)
    anchor = make_anchor(TEXT, start, end)
    at = start // 2 if before else (end + len(TEXT)) // 2
    edited = TEXT[:at] + added + TEXT[at:]
    shift = len(added) if at <= start else 0
    found = resolve(anchor, edited)
    assert found is not None
    assert edited[found[0]:found[1]] == TEXT[start:end]
    if TEXT.count(TEXT[start:end]) == 1:
        assert found == (start + shift, end + shift)


def test_context_picks_the_right_one_of_two_equal_quotes() -> None:
    second = TEXT.index("心存敬畏", 10 + TEXT.index("心存敬畏"))
    anchor = make_anchor(TEXT, second, second + 4)
    edited = "前言。" + TEXT
    assert resolve(anchor, edited) == (second + 3, second + 7)


def test_a_slightly_edited_passage_is_found_fuzzily() -> None:
    start = TEXT.index("它需要從業者")
    end = TEXT.index("都不為所動") + 5
    anchor = make_anchor(TEXT, start, end)
    edited = TEXT.replace("始終都能堅守", "始終堅守").replace("任周遭", "無論周遭")
    found = resolve(anchor, edited)
    assert found is not None
    assert edited[found[0]:found[0] + 6] == "它需要從業者"
    assert abs(found[1] - (edited.index("都不為所動") + 5)) <= 2


def test_a_removed_passage_is_orphaned() -> None:
    start = TEXT.index("古語有云")
    anchor = make_anchor(TEXT, start, start + 14)
    edited = TEXT[:start] + "（此處刪去）" + TEXT[start + 40:]
    assert resolve(anchor, edited) is None


def test_bookmarks_find_their_place_again() -> None:
    offset = TEXT.index("心存敬畏。")
    bookmark = new_bookmark("c#1", TEXT, offset, "王老師")
    assert bookmark.name == "心存敬畏。古語有云“敬事…"
    assert place_bookmark(bookmark, TEXT) == offset
    assert place_bookmark(bookmark, "新的開頭。\n" + TEXT) == offset + 6
    assert Bookmark.from_json(bookmark.to_json()) == bookmark


def test_tags_are_split_on_any_separator() -> None:
    assert parse_tags("工匠, 讨论；#精神 工匠") == ("工匠", "讨论", "精神")


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_selection_in_any_form_covers_the_same_words_in_every_form(
    library: Library, data: st.DataObject
) -> None:
    essays = library.essays()
    essay = essays[data.draw(st.integers(0, len(essays) - 1))]
    source = library.collection_of(essay).script
    shown_in = data.draw(st.sampled_from(list(Form)))
    shown = convert(essay.text, source, shown_in.target(source))
    a = data.draw(st.integers(0, len(shown.text) - 1))
    b = data.draw(st.integers(a + 1, min(len(shown.text), a + 60)))
    start, end = shown.offsets.to_canonical(a), shown.offsets.to_canonical(b, end=True)
    assert start < end
    for other in Form:
        view = convert(essay.text, source, other.target(source))
        da, db = view.offsets.to_display(start), view.offsets.to_display(end, end=True)
        back = view.offsets.to_canonical(da), view.offsets.to_canonical(db, end=True)
        # widened only to the phrase the conversion keeps whole (知識產權 → 智慧財產權), never more
        exact = sorted({source for source, _ in view.offsets.boundaries()})
        assert back[0] == max(s for s in exact if s <= start)
        assert back[1] == min(s for s in exact if s >= end)
        assert db > da
