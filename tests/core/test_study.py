"""The study group's records merged, the heat per paragraph, the digest and every export's
account of kinds, 赞同, answers and resolved threads (issue #23)."""

from __future__ import annotations

import csv
import io
import itertools
import json
from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.core.digest import build_digest
from app.core.digest_export import digest_csv, digest_json, digest_markdown
from app.core.export import Notes, export_markdown
from app.core.export_readwise import export_readwise
from app.core.handout import HandoutOptions, build_handout, discussion_sheet
from app.core.handout_sheet import with_digest_sheet
from app.core.jsonld import export_jsonld
from app.core.library import Library
from app.core.member_file import parse_member_file
from app.core.merge import is_note_record
from app.core.note_form import in_form
from app.core.notes import (
    COMMENT,
    CONFUSED,
    HIGHLIGHT,
    QUESTION,
    Annotation,
    Author,
    kind_of,
    new_annotation,
    new_reply,
)
from app.core.reply_threads import listing, reply_threads
from app.core.script import Form
from app.core.study import (
    StudyState,
    answer_record,
    build_state,
    merge_study,
    note_key,
    renewed,
    resolve_record,
    vote_record,
    withdrawn,
)
from app.core.study_heat import paragraph_heat
from app.core.thread_facts import note_facts
from app.store.validation import validate

TEXT = "讀書要有方法，不能死記硬背。\n我們應該先了解全文，再細讀每一段。\n讀書是一種樂趣。"
SECOND = TEXT.index("我們")
ESSAY = "c#1"
ALICE, BOB, CHEN = (Author(n, f"{n.lower()}-id", "", f"{n}-pc") for n in ("Alice", "Bob", "Chen"))
NOW = datetime(2030, 1, 1, tzinfo=UTC)


def mark(by: Author, start: int, kind: str = "", note: str = "") -> Annotation:
    return new_annotation(ESSAY, TEXT, start, start + 4, color="yellow", author=by.name, note=note, by=by,
                          shared=True, kind=kind)


def state_of(records: dict[str, list[dict[str, object]]]) -> StudyState:
    return build_state({author: merge_study({}, rs, NOW) for author, rs in records.items()})


def test_kinds_round_trip_and_unknown_kinds_read_as_plain_notes() -> None:
    question = mark(ALICE, 0, QUESTION, "為什麼？")
    assert type(question).from_json(question.to_json()).kind == QUESTION
    assert is_note_record(question.to_json())
    newer = {**question.to_json(), "kind": "poll"}
    assert kind_of(type(question).from_json(newer)) == COMMENT
    assert kind_of(mark(ALICE, 0)) == HIGHLIGHT and "kind" not in mark(ALICE, 0).to_json()
    validate({"schema": 3, "annotations": [question.to_json()]})  # the store takes it as it is


def test_a_note_whose_kind_is_no_text_is_set_aside_alone() -> None:
    good, bad = mark(ALICE, 0, QUESTION), {**mark(ALICE, 4).to_json(), "kind": ["question"]}
    raw = json.dumps({"format": "jiangxin-reader-member", "notes": [good.to_json(), bad]}).encode()
    read = parse_member_file(raw, ALICE.id)
    assert [r["id"] for r in read.notes] == [good.id] and read.set_aside


def test_merging_study_records_is_order_free_and_the_newest_wins() -> None:
    vote = vote_record((ALICE.id, "n1"))
    taken_back = withdrawn(vote)
    again = renewed(taken_back)
    versions = [vote, taken_back, again]
    results = {tuple(merge_study({}, list(order), NOW)[vote["id"]].items())
               for order in itertools.permutations(versions)}
    assert len(results) == 1 and dict(next(iter(results)))["deleted"] is None
    assert state_of({BOB.id: versions}).votes == {(ALICE.id, "n1"): {BOB.id}}
    assert state_of({BOB.id: [vote, taken_back]}).votes == {}


def test_a_renamed_note_id_still_names_its_authors_note() -> None:
    theirs = replace(mark(BOB, 0), id=f"shared-id@{BOB.id}@")
    assert note_key(theirs, ALICE.id) == (BOB.id, "shared-id")
    mine = replace(mark(ALICE, 0), author_id="")
    assert note_key(mine, ALICE.id) == (ALICE.id, mine.id)


def test_heat_counts_each_member_once_per_paragraph_by_what_they_did() -> None:
    notes = [mark(ALICE, SECOND, CONFUSED), mark(ALICE, SECOND + 5, CONFUSED), mark(BOB, SECOND, QUESTION),
             mark(CHEN, SECOND + 2), mark(CHEN, 0)]
    reply = new_reply(notes[0], "我也不懂", BOB)
    placed = [(n, (TEXT.index(n.anchor.exact), 0)) for n in notes]
    heat = paragraph_heat(TEXT, [*placed, (reply, (SECOND, 0))])
    assert set(heat) == {0, 1}
    second = heat[1]
    assert (second.marked, second.asked, second.confused) == (
        {ALICE.id, BOB.id, CHEN.id}, {BOB.id}, {ALICE.id})
    assert len(second.entries) == 4 and heat[0].level == 1


def test_the_digest_puts_open_questions_first_by_votes_and_pairs_answers() -> None:
    few, many = mark(ALICE, 0, QUESTION, "一問"), mark(BOB, SECOND, QUESTION, "二問")
    answered = mark(CHEN, SECOND + 5, QUESTION, "三問")
    reply, elsewhere = new_reply(answered, "答", ALICE), new_reply(few, "別處", BOB)
    comment, confused = mark(BOB, 2, COMMENT, "好"), mark(ALICE, SECOND + 3, CONFUSED)
    state = state_of({ALICE.id: [vote_record(note_key(many, ALICE.id)), vote_record(note_key(comment, ""))],
                      CHEN.id: [vote_record(note_key(many, CHEN.id)),
                                answer_record(note_key(answered, CHEN.id), note_key(reply, CHEN.id))],
                      BOB.id: [vote_record(note_key(few, BOB.id)),  # Bob's mark on Alice's question: not hers
                               resolve_record(note_key(few, ALICE.id))]})
    notes = [few, many, answered, reply, elsewhere, comment, confused]
    digest = build_digest(notes, state, ALICE.id, essays=[ESSAY], texts={ESSAY: TEXT}, since="")
    assert [t.note.id for t in digest.open_questions] == [many.id, few.id]
    assert [(t.note.id, t.answer) for t in digest.answered] == [(answered.id, reply)]
    assert [t.note.id for t in digest.top_comments] == [comment.id]
    assert [(s.heat.paragraph, s.heat.confused) for s in digest.hot_spots] == [(1, {ALICE.id})]
    assert digest.open_questions[0].paragraph == 1


def test_an_answer_mark_naming_a_reply_of_another_thread_shows_no_answer() -> None:
    question, other = mark(ALICE, 0, QUESTION, "問"), mark(BOB, SECOND, QUESTION, "另一問")
    stray = new_reply(other, "不是這題的", CHEN)
    state = state_of({ALICE.id: [answer_record(note_key(question, ALICE.id), note_key(stray, ALICE.id))]})
    digest = build_digest([question, other, stray], state, ALICE.id, essays=[ESSAY], texts={ESSAY: TEXT})
    assert [t.note.id for t in digest.open_questions] == [question.id, other.id]


def test_whats_new_counts_replies_to_my_notes_since_i_last_looked() -> None:
    mine = replace(mark(ALICE, 0, QUESTION, "問"), created="2026-01-01T00:00:00+00:00")
    old = replace(new_reply(mine, "舊", BOB), created="2026-01-02T00:00:00+00:00")
    new = replace(new_reply(mine, "新", CHEN), created="2026-01-04T00:00:00+00:00")
    theirs = replace(mark(BOB, SECOND), created="2026-01-05T00:00:00+00:00")
    digest = build_digest([mine, old, new, theirs], StudyState(), ALICE.id, essays=[ESSAY],
                          texts={ESSAY: TEXT}, since="2026-01-03T00:00:00+00:00")
    assert (digest.new.replies_to_me, len(digest.new.replies), len(digest.new.notes)) == (1, 1, 1)


def test_digest_exports_keep_the_original_and_guard_spreadsheet_cells() -> None:
    question = mark(CHEN, SECOND, QUESTION, "為什麼要先了解全文？")
    formula = new_reply(question, "=HYPERLINK(\"x\")", BOB)
    state = state_of({CHEN.id: [answer_record(note_key(question, CHEN.id), note_key(formula, CHEN.id)),
                                resolve_record(note_key(question, CHEN.id))]})
    digest = build_digest([question, formula], state, ALICE.id, essays=[ESSAY], texts={ESSAY: TEXT})

    def simplified(text: str) -> str:
        return in_form(text, Form.SIMPLIFIED)

    document = digest_json(digest, simplified)
    [answered] = document["answered"]
    assert (answered["note"], answered["note_original"]) == ("为什么要先了解全文？", question.note)
    assert answered["replies"][0]["is_answer"] and answered["resolved"]
    rows = list(csv.reader(io.StringIO(digest_csv(digest, simplified))))
    assert rows[2][5].startswith("'=")  # a reply that looks like a formula is text in a spreadsheet
    markdown = digest_markdown(digest, {ESSAY: "第一篇"}, "zh_CN", simplified)
    assert "## 已解答的问题" in markdown and "**答案**" in markdown and "为什么要先了解全文" in markdown


def test_every_export_carries_kinds_votes_answers_and_resolved(library: Library) -> None:
    essay = library.collections[0].essays[0]
    question = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="陳", note="為什麼？",
                              by=CHEN, shared=True, kind=QUESTION)
    reply = new_reply(question, "因为", BOB)
    state = state_of({ALICE.id: [vote_record(note_key(question, ""))],
                      BOB.id: [vote_record(note_key(question, ""))],
                      CHEN.id: [answer_record(note_key(question, ""), note_key(reply, "")),
                                resolve_record(note_key(question, ""))]})
    facts = note_facts(question, state, ALICE.id)
    assert facts == {"kind": QUESTION, "votes": 2, "voters": sorted([ALICE.id, BOB.id]),
                     "answer": reply.id, "resolved": True}
    threads = reply_threads([question, reply])
    [entry] = listing(threads, ALICE.id, facts=lambda n: note_facts(n, state, ALICE.id))
    assert entry["answer"] == reply.id and entry["replies"][0]["author"] == "Bob"
    jsonld = export_jsonld([question, reply], study=state, me=ALICE.id)["first"]["items"]
    first = jsonld[0]
    assert (first["motivation"], first["jx:votes"], first["jx:resolved"]) == ("questioning", 2, True)
    assert jsonld[0]["jx:answer"].endswith(reply.id)
    notes = Notes([question, reply], [], state, ALICE.id)
    markdown = export_markdown(library, notes, Form.ORIGINAL, "en", "now")
    assert "question · 2 agree · answered · resolved" in markdown
    assert "Bob (" in markdown and "**answer**" in markdown
    [row] = list(csv.DictReader(io.StringIO(export_readwise(library, notes, Form.ORIGINAL))))
    assert row["Note"].split("\n") == ["為什麼？", "[question · 2 agree · answered · resolved]",
                                       "↳ Bob (answer): 因为", ".question"]


def test_the_handout_sheet_follows_the_digest(library: Library) -> None:
    essay = library.collections[0].essays[0]
    plain = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="Bob", by=BOB, shared=True)
    asked = new_annotation(essay.id, essay.text, 10, 14, color="yellow", author="陳", note="問", by=CHEN,
                           shared=True, kind=QUESTION)
    notes = [plain, asked]
    handout = build_handout(library, [essay.id], notes, HandoutOptions(me=ALICE.id, sheet=True))
    state = state_of({ALICE.id: [vote_record(note_key(asked, ""))]})
    texts = {essay.id: essay.text}
    marked = with_digest_sheet(handout, notes, state, me=ALICE.id, texts=texts, language="en")
    sheet = discussion_sheet(marked)
    assert [(s.heading.split(" · ")[-1], [n.note_id for _t, n in s.entries]) for s in sheet] == [
        ("Open questions", [asked.id]), ("Other notes", [plain.id])]
    assert sheet[0].entries[0][1].marks == "question · 1 agree"


_STAMPS = st.sampled_from(["2029-12-30T00:00:00+00:00", "2029-12-31T00:00:00+00:00",
                           "2031-01-01T00:00:00+00:00", "not a time"])  # one a clock ahead of NOW


def _version(record_id: str, modified: str, gone: bool, device: str) -> dict[str, object]:
    return {"id": record_id, "type": "vote", "note": "n", "note_author": "a", "modified": modified,
            "deleted": modified if gone else None, "device": device}


_VERSIONS = st.lists(st.builds(_version, st.sampled_from(["v1", "v2"]), _STAMPS, st.booleans(),
                               st.sampled_from(["pc", "phone"])), max_size=8)


@given(_VERSIONS, _VERSIONS, _VERSIONS)
def test_merging_study_records_is_commutative_associative_and_idempotent(
        a: list[dict[str, object]], b: list[dict[str, object]], c: list[dict[str, object]]) -> None:
    def merged(*parts: list[dict[str, object]]) -> dict[str, object]:
        held: dict[str, dict[str, object]] = {}
        for part in parts:
            merge_study(held, part, NOW)
        return {k: tuple(sorted(v.items(), key=str)) for k, v in held.items()}

    assert merged(a, b, c) == merged(c, b, a) == merged(b, a, c) == merged(a, b, c, a, b)


def test_a_handout_prints_every_members_note_in_its_form(library: Library) -> None:
    essay = library.collections[0].essays[0]
    asked = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="陳", by=CHEN, shared=True,
                           note="為什麼要先了解全文？", kind=QUESTION)
    answer = new_reply(asked, "因为先有整体印象", BOB)
    options = HandoutOptions(Form.SIMPLIFIED, me=ALICE.id)
    handout = build_handout(library, [essay.id], [asked, answer], options)
    [printed] = handout.essays[0].notes
    assert (printed.text, printed.replies[0].text) == ("为什么要先了解全文？", "因为先有整体印象")
    original = build_handout(library, [essay.id], [asked, answer], HandoutOptions(me=ALICE.id))
    assert original.essays[0].notes[0].text == "為什麼要先了解全文？"  # as written
