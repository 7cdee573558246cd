"""Property: merging every author's notes in one step where no id is taken places each note and
binds each reply exactly as placing them one by one does (hypothesis against the rule written
out plainly), ids taken by this reader's own notes and by earlier-ranked members included."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.group_identity import combine_ranked
from app.core.merge import Merged

AUTHORS = ("me", "ann", "bo")
IDS = ("n1", "n2", "n1@ann", "n1@bo", "n2@ann")  # ids that clash, renamed ids among them


def one_by_one(by_author: dict[str, Merged], order: Sequence[str], me: str, own: set[str]) -> Merged:
    """The rule note by note: the earlier-ranked author keeps an id, a later one's note moves to
    `<id>@<author>`; a reply follows the note it names by (author, id) wherever it went."""
    merged: Merged = {}
    placed = {(me, note_id): note_id for note_id in own}
    for author in order:
        for note_id, record in by_author.get(author, {}).items():
            key = note_id
            if author != me and (key in merged or key in own):
                key = f"{note_id}@{author}"
                while key in merged or key in own:
                    key += "@"
            merged[key] = record if key == note_id else {**record, "id": key}
            placed[(author, note_id)] = key
    for key, record in merged.items():
        author, note_id = record.get("reply_author"), record.get("reply_note")
        if record.get("reply_to") is not None and type(author) is str and type(note_id) is str:
            target = placed.get((author, note_id), f"{note_id}@{author}")
            if target != record["reply_to"]:
                merged[key] = {**record, "reply_to": target}
    return merged


replies = st.fixed_dictionaries({}, optional={
    "reply_to": st.sampled_from(("n1", "x")), "reply_author": st.sampled_from((*AUTHORS, "zed", 5)),
    "reply_note": st.sampled_from((*IDS, "q"))})
files = st.dictionaries(st.sampled_from(AUTHORS), st.dictionaries(st.sampled_from(IDS), replies, max_size=4),
                        max_size=3)


def with_ids(by_author: dict[str, dict[str, Any]]) -> dict[str, Merged]:
    return {author: {note_id: {"id": note_id, **fields} for note_id, fields in notes.items()}
            for author, notes in by_author.items()}


@settings(max_examples=500, deadline=None)
@given(files, st.lists(st.sampled_from((*AUTHORS, "zed")), max_size=4, unique=True),
       st.sampled_from((*AUTHORS, "")), st.sets(st.sampled_from(IDS), max_size=2))
def test_notes_in_one_step_land_where_one_by_one_puts_them(
        by_author: dict[str, dict[str, Any]], order: list[str], me: str, own: set[str]) -> None:
    combined = combine_ranked(with_ids(by_author), order, me, own)
    expected = one_by_one(with_ids(by_author), order, me, own)
    assert combined == expected and list(combined) == list(expected)


def test_a_reply_to_this_readers_own_note_stays_on_it_when_another_member_has_that_id() -> None:
    by_author = with_ids({"ann": {"n1": {}},
                          "bo": {"r1": {"reply_to": "n1", "reply_author": "me", "reply_note": "n1"},
                                 "r2": {"reply_to": "n1", "reply_author": "ann", "reply_note": "n1"}}})
    merged = combine_ranked(by_author, ["ann", "bo"], "me", {"n1"})
    assert merged["r1"]["reply_to"] == "n1" and merged["r2"]["reply_to"] == "n1@ann"
    assert merged["n1@ann"]["id"] == "n1@ann" and "n1" not in merged
