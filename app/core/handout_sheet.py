"""The handout's discussion sheet from the group's digest (issue #23): per essay, its open
questions by votes, the paragraphs members marked 不懂, answered questions with their answers,
the most agreed comments, then every other note; each printed note says what the group said
of it (kind, 赞同, answered, resolved)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from app.core.digest import Digest, build_digest
from app.core.digest_export import labels_for
from app.core.export import LABELS as EXPORT_LABELS
from app.core.handout import Handout, HandoutEssay, PrintedNote, SheetSection
from app.core.notes import Annotation
from app.core.reply_threads import reply_threads
from app.core.study import StudyState
from app.core.thread_facts import fact_line, is_marked_answer


def with_digest_sheet(handout: Handout, annotations: Iterable[Annotation], study: StudyState, *, me: str,
                      texts: Mapping[str, str], language: str) -> Handout:
    """The handout with its notes marked and its discussion sheet in the digest's order."""
    labels = labels_for(language)
    marks = EXPORT_LABELS.get(language, EXPORT_LABELS["en"])  # the notes export's words for kinds and marks
    by_id = {a.id: a for a in annotations if a.deleted is None}
    essays: list[HandoutEssay] = []
    sheet: list[SheetSection] = []
    for essay in handout.essays:
        threads = {t.note.id: t.replies for t in reply_threads(a for a in by_id.values()
                                                               if a.essay_id == essay.essay_id)}
        facts = _Facts(by_id, threads, study, me, marks)
        printed = replace(essay, notes=tuple(facts.marked(n) for n in essay.notes))
        essays.append(printed)
        digest = build_digest(by_id.values(), study, me, essays=[essay.essay_id],
                              texts={k: v for k, v in texts.items() if k == essay.essay_id}, since="")
        sheet += _sections(printed, digest, labels)
    return replace(handout, essays=tuple(essays), sheet=tuple(s for s in sheet if s.entries))


@dataclass(frozen=True)
class _Facts:
    """What the group said of one essay's notes."""

    by_id: Mapping[str, Annotation]
    threads: Mapping[str, tuple[Annotation, ...]]  # note id → its replies, oldest first (as printed)
    study: StudyState
    me: str
    labels: dict[str, str]

    def marked(self, note: PrintedNote) -> PrintedNote:
        """The printed note with the group's marks, and the reply the asker marked as the answer."""
        annotation = self.by_id.get(note.note_id)
        if annotation is None:
            return note
        replies = tuple(replace(r, answer=is_marked_answer(a, annotation, self.study, self.me))
                        for r, a in zip(note.replies, self.threads.get(note.note_id, ()), strict=False))
        return replace(note, marks=fact_line(annotation, self.study, self.me, self.labels),
                       replies=replies + note.replies[len(replies):])


def _sections(essay: HandoutEssay, digest: Digest, labels: Mapping[str, str]) -> list[SheetSection]:
    printed = {n.note_id: n for n in essay.notes}

    def entries(ids: Iterable[str]) -> tuple[tuple[str, PrintedNote], ...]:
        return tuple((essay.title, printed[i]) for i in dict.fromkeys(ids) if i in printed)

    stuck = [e.note_id for spot in digest.hot_spots for e in spot.heat.entries]
    parts = [("open", entries(t.note.id for t in digest.open_questions)), ("stuck", entries(stuck)),
             ("answered", entries(t.note.id for t in digest.answered)),
             ("top", entries(t.note.id for t in digest.top_comments))]
    used = {note.note_id for _key, found in parts for _title, note in found}
    rest = tuple((essay.title, n) for n in essay.notes if n.note_id not in used)
    return [*(SheetSection(f"{essay.title} · {labels[key]}", found) for key, found in parts),
            SheetSection(f"{essay.title} · {labels['others']}", rest)]
