"""Reply threads made in steps are the threads made in one piece (the window makes an essay's
3,700 threads between its events)."""

from __future__ import annotations

from dataclasses import replace

from app.core.notes import Annotation, Author, new_annotation, new_reply
from app.core.reply_threads import reply_threads, reply_threads_in_steps

TEXT = "學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？" * 3
ME = Author("王老師", "a1", device="d1")


def _notes() -> list[Annotation]:
    first = new_annotation("e1", TEXT, 0, 4, color="yellow", author="王老師", by=ME)
    second = new_annotation("e1", TEXT, 10, 14, color="blue", author="王老師", by=ME)
    answer = replace(new_reply(first, "同意", ME), created="2026-01-01T00:00:01Z")
    answer_to_answer = replace(new_reply(answer, "再答", ME), created="2026-01-01T00:00:02Z")
    lost_parent = new_annotation("e1", TEXT, 20, 24, color="green", author="王老師", by=ME)
    orphan = new_reply(lost_parent, "無主", ME)  # its note is not among them
    return [first, answer_to_answer, second, answer, orphan]


def test_made_in_steps_the_threads_are_the_same() -> None:
    notes = _notes()
    steps = list(reply_threads_in_steps(notes, 2))
    assert steps[-1] == reply_threads(notes)
    assert all(step is None for step in steps[:-1])
    assert len(steps) - 1 >= len(notes) // 2  # a pause after every two notes


def test_in_one_piece_there_is_no_pause() -> None:
    notes = _notes()
    steps = list(reply_threads_in_steps(notes, 0))
    assert len(steps) == 1
    threads = steps[0]
    assert threads is not None
    by_root = {t.note.id: [r.id for r in t.replies] for t in threads}
    first, answer_to_answer, second, answer, orphan = notes
    assert by_root == {first.id: [answer.id, answer_to_answer.id], second.id: [], orphan.id: []}
