"""Votes, answer marks, resolved marks and assignments are each member's own records: none in
anyone's folder speaks for another member, and a bad one is set aside alone (real files in a
real group folder, read as every member's window reads them)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from app.core.group import GroupReader, GroupSnapshot, member_document
from app.core.notes import Author
from app.core.study import (
    StudyState,
    answer_record,
    assignment_record,
    build_state,
    resolve_record,
    vote_record,
    withdrawn,
)
from tests.group_hostile.hostile import ALICE, MALLORY, ME, group_folder, note, now, publish, write_raw


def study_file(folder: Path, folder_author: str, header: Author, records: list[Any],
               device: str = "pc") -> Path:
    """A member file holding study records, as anyone with the share could write one."""
    return write_raw(folder, folder_author, device,
                     member_document(header, now().isoformat(), [], list(records)))


def read(folder: Path) -> tuple[GroupSnapshot, StudyState]:
    snapshot = GroupReader(folder, me=ME.id).read(now())
    return snapshot, build_state(snapshot.study)


def told(snapshot: GroupSnapshot) -> str:
    return " ".join(str(n) for n in snapshot.notices)


def test_a_vote_naming_another_member_is_set_aside(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    question = note(ALICE, text="為什麼？")
    publish(folder, ALICE, [question])
    posing = {**vote_record((ALICE.id, question.id)), "author_id": ALICE.id}  # "Alice votes", Mallory's file
    study_file(folder, MALLORY.id, MALLORY, [posing])
    snapshot, state = read(folder)
    assert state.vote_count((ALICE.id, question.id)) == 0
    assert "1 votes, answers or assignments speaking for another member were set aside" in told(snapshot)


def test_an_answer_mark_or_resolve_by_someone_not_the_asker_does_not_count(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    question, reply = note(ALICE, text="為什麼？"), note(MALLORY, text="我的答案")
    publish(folder, ALICE, [question])
    mark = answer_record((ALICE.id, question.id), (MALLORY.id, reply.id))
    study_file(folder, MALLORY.id, MALLORY, [mark, resolve_record((ALICE.id, question.id))])
    snapshot, state = read(folder)
    assert state.answers == {} and state.resolved == {}
    assert "2 votes, answers or assignments speaking for another member" in told(snapshot)


def test_the_askers_own_mark_counts(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    question, reply = note(ALICE, text="為什麼？"), note(MALLORY, text="答")
    study_file(folder, ALICE.id, ALICE, [answer_record((ALICE.id, question.id), (MALLORY.id, reply.id)),
                                         resolve_record((ALICE.id, question.id))])
    _snapshot, state = read(folder)
    assert state.answers == {(ALICE.id, question.id): (MALLORY.id, reply.id)}
    assert (ALICE.id, question.id) in state.resolved


def test_double_votes_count_once(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    key = (ALICE.id, "n1")
    again = {**vote_record(key), "id": "another-id-for-the-same-vote"}
    study_file(folder, MALLORY.id, MALLORY, [vote_record(key), again])
    study_file(folder, MALLORY.id, MALLORY, [vote_record(key)], device="phone")  # a second device
    _snapshot, state = read(folder)
    assert state.vote_count(key) == 1 and state.votes[key] == {MALLORY.id}


def test_a_withdrawal_in_one_folder_does_not_take_back_anothers_vote(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    key = (ME.id, "n1")
    alices = vote_record(key)
    study_file(folder, ALICE.id, ALICE, [alices])
    study_file(folder, MALLORY.id, MALLORY, [withdrawn(alices)])  # same id, Mallory's folder
    _snapshot, state = read(folder)
    assert state.votes[key] == {ALICE.id}


def test_an_assignment_naming_another_author_is_set_aside(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    posing = {**assignment_record("a1", ["c#1"], "2026-12-01"), "author_id": ALICE.id}
    study_file(folder, MALLORY.id, MALLORY, [posing, assignment_record("a2", ["c#1"], "2026-12-02")])
    _snapshot, state = read(folder)
    assert list(state.assignments) == [f"{MALLORY.id}/a2"]


def test_oversized_and_ill_typed_records_are_set_aside_alone(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    good = vote_record((ALICE.id, "n1"))
    bad = [
        assignment_record("long", ["c#1"], "2026-12-01", ["問" * 5000]),  # a question past the limit
        assignment_record("many", [f"c#{i}" for i in range(1000)], "2026-12-01"),
        assignment_record("date", ["c#1"], "next week"),
        {**vote_record((ALICE.id, "n2")), "note": ["n2"]},
        {**vote_record((ALICE.id, "n3")), "type": "ballot"},
        {"id": 7, "type": "vote"},
        {**vote_record((ALICE.id, "n4")), "type": ["vote"]},  # unhashable: must not end the read
        {**vote_record((ALICE.id, "n5")), "type": {"vote": 1}},
        "not a record",
        {"id": "p", "type": "progress", "essay": "c#1", "read": True, "modified": now().isoformat()},
        {"id": "q", "type": "progress", "essay": "c#1", "read": 7, "modified": now().isoformat()},
    ]
    study_file(folder, MALLORY.id, MALLORY, [*bad, good])
    snapshot, state = read(folder)
    assert state.votes == {(ALICE.id, "n1"): {MALLORY.id}}
    assert state.assignments == {} and state.progress == {}
    assert f"{len(bad)} votes, answers or assignments with a field of the wrong type" in told(snapshot)


def test_records_dated_far_ahead_are_set_aside(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    ahead = (now() + timedelta(days=3)).isoformat()
    study_file(folder, MALLORY.id, MALLORY, [{**vote_record((ALICE.id, "n1")), "modified": ahead}])
    snapshot, state = read(folder)
    assert state.votes == {}
    assert "dated more than a day ahead" in told(snapshot)


def test_a_study_list_that_is_no_list_sets_aside_only_itself(tmp_path: Path) -> None:
    folder = group_folder(tmp_path)
    kept = note(MALLORY, text="留下")
    document = member_document(MALLORY, now().isoformat(), [kept.to_json()])
    document["study"] = {"votes": "all of them"}
    write_raw(folder, MALLORY.id, "pc", document)
    snapshot, state = read(folder)
    assert kept.id in snapshot.merged and state == StudyState()
