"""What the group said of a note, for every export (issue #23, point 8): its kind, its 赞同
and who gave them, the reply its asker marked as the answer, whether it is resolved."""

from __future__ import annotations

from typing import Any

from app.core.notes import Annotation, kind_of
from app.core.study import StudyState, note_key


def note_facts(note: Annotation, state: StudyState, me: str) -> dict[str, Any]:
    """A note's kind, votes, voters, answer (the reply's id) and resolved state, as plain JSON."""
    key = note_key(note, me)
    answer = state.answers.get(key)
    facts: dict[str, Any] = {"kind": kind_of(note), "votes": state.vote_count(key),
                             "voters": sorted(state.votes.get(key, ()))}
    if not note.is_reply:
        facts["answer"] = _reply_id(answer)
        facts["resolved"] = key in state.resolved
    return facts


def _reply_id(answer: tuple[str, str] | None) -> str | None:
    return answer[1] if answer is not None else None


def is_marked_answer(reply: Annotation, question: Annotation, state: StudyState, me: str) -> bool:
    return state.answers.get(note_key(question, me)) == note_key(reply, me)


def fact_line(note: Annotation, state: StudyState, me: str, labels: dict[str, str]) -> str:
    """A short line for Markdown: `question · 3 赞同 · resolved`, in the export's language."""
    facts = note_facts(note, state, me)
    parts = [labels.get(facts["kind"], facts["kind"])]
    if facts["votes"]:
        parts.append(f"{facts['votes']} {labels['votes']}")
    if facts.get("answer"):
        parts.append(labels["answered"])
    if facts.get("resolved"):
        parts.append(labels["resolved"])
    return " · ".join(parts)
