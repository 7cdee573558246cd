"""The study service: two members on one folder vote, ask, answer, resolve, assign and share
progress; each sees the other's records only as the group's rules let them count."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.notes import QUESTION, new_annotation, new_reply
from app.core.study import Assignment
from app.services.group import GroupService
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.services.study import StudyError, StudyService
from app.services.workspace import Folders, Workspace
from app.store import Store

WAIT_S = 10
TEXT = "工匠精神是一種職業精神\n第二段：精益求精"
ESSAY = "c#1"


def member(data_dir: Path, folder: Path, name: str, *, create: bool = False) -> StudyService:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    notes = NotesService(keeper)
    group = GroupService(keeper, notes)
    study = StudyService(keeper, notes, group)
    if create:
        group.create(folder, "讀書會", name)
    else:
        group.join(folder, name)
    group.wait(WAIT_S)
    return study


def synced(*members: StudyService) -> None:
    """Each member publishes, then each reads the others' files."""
    for study in members:
        study.group.publish()
        study.group.wait(WAIT_S)
    for study in members:
        study.group.refresh()
        study.group.wait(WAIT_S)


@pytest.fixture
def pair(qtbot: QtBot, tmp_path: Path) -> tuple[StudyService, StudyService]:
    folder = tmp_path / "shared"
    alice = member(tmp_path / "alice", folder, "Alice", create=True)
    bob = member(tmp_path / "bob", folder, "Bob")
    yield alice, bob
    for study in (alice, bob):
        study.group.stop()


def ask(study: StudyService) -> str:
    me = study.notes.identity
    note = new_annotation(ESSAY, TEXT, 0, 4, color="yellow", author=me.name, note="什麼是工匠精神？",
                          by=me, shared=True, kind=QUESTION)
    study.notes.add_annotation(note, "ask")
    return note.id


def test_vote_answer_and_resolve_reach_the_other_member(pair: tuple[StudyService, StudyService]) -> None:
    alice, bob = pair
    question_id = ask(alice)
    synced(alice, bob)
    question = bob.notes.annotation(question_id)
    assert question is not None and question.kind == QUESTION
    reply = new_reply(question, "精益求精的态度", bob.notes.identity)
    bob.notes.add_annotation(reply, "reply")
    assert bob.vote(question)
    assert not bob.vote(question)  # once per member
    synced(alice, bob)
    assert alice.votes(alice.notes.annotation(question_id)) == 1
    alice.mark_answer(alice.notes.annotation(question_id), alice.notes.annotation(reply.id))
    alice.set_resolved(alice.notes.annotation(question_id))
    synced(alice, bob)
    seen = bob.notes.annotation(question_id)
    assert bob.is_answer(bob.notes.annotation(reply.id), seen)
    assert bob.is_resolved(seen)
    with pytest.raises(StudyError):  # only the asker marks
        bob.set_resolved(seen, False)
    assert bob.withdraw_vote(seen)
    synced(alice, bob)
    assert alice.votes(alice.notes.annotation(question_id)) == 0


def test_assignments_and_opt_in_progress(pair: tuple[StudyService, StudyService]) -> None:
    alice, bob = pair
    assert alice.facilitator == alice.me  # the group's creator
    posted = alice.post_assignment([ESSAY], "2026-12-10", ["工匠精神是什麼？"], title="第一週")
    with pytest.raises(StudyError):
        alice.post_assignment([ESSAY], "12/10/2026")
    synced(alice, bob)
    assert [a.id for a in bob.assignments()] == [posted.id]
    assert bob.assignments()[0].questions == ("工匠精神是什麼？",)
    assert not bob.record_progress(ESSAY, 0.5)  # off by default: nothing is written
    bob.share_progress = True
    assert bob.record_progress(ESSAY, 0.5)
    assert not bob.record_progress(ESSAY, 0.52)  # too small a step to write again
    synced(alice, bob)
    assert alice.progress(ESSAY) == {bob.me: 0.5}
    bob.share_progress = False  # switched off: what was shared is taken back
    synced(alice, bob)
    assert alice.progress(ESSAY) == {}


def test_records_of_one_group_never_reach_the_next(pair: tuple[StudyService, StudyService],
                                                   tmp_path: Path) -> None:
    alice, bob = pair
    asked = ask(alice)
    synced(alice, bob)
    question = bob.notes.annotation(asked)
    assert question is not None
    assert bob.vote(question) and bob.own_records()
    bob.group.leave(withdraw=False)
    assert bob.own_records() == () and bob.state.votes == {}
    other = tmp_path / "other"
    bob.group.create(other, "另一組", "Bob")
    bob.group.wait(WAIT_S)
    [path] = (other / "members").glob("*/*.json")
    assert "study" not in json.loads(path.read_text(encoding="utf-8"))


def test_ones_own_progress_is_known_without_sharing_it(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = Workspace(Folders(tmp_path / "data", tmp_path / "cache"))
    first, second = workspace.library.essays()[:2]
    assignment = Assignment("a", "someone", "", (first.id, second.id), "2026-12-12", (), "", "")
    assert workspace.reading.open_essay(first.id)
    workspace.reading.remember_position(len(first.text) // 2)
    half = (len(first.text) // 2) / len(first.text)
    assert workspace.study.my_progress(assignment) == pytest.approx(half / 2)
    assert not workspace.study.share_progress and workspace.study.own_records() == ()  # nothing shared
    workspace.close()


def test_the_study_service_makes_no_reference_cycle(qtbot: QtBot, tmp_path: Path) -> None:
    """Freed as soon as the workspace is let go: a cycle would be freed by the collector, maybe on
    a worker thread, where Qt refuses to stop the group service's timers."""
    gc.disable()
    try:
        workspace = Workspace(Folders(tmp_path / "data", tmp_path / "cache"))
        workspace.settle()
        study, group = weakref.ref(workspace.study), weakref.ref(workspace.group)
        workspace.close()
        del workspace
        assert study() is None and group() is None
    finally:
        gc.enable()
