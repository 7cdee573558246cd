"""The digest of a group's discussion of some essays (an essay, or an assignment's): what a
facilitator opens before the meeting (issue #23).

In order: open questions, most voted first; the 不懂 hot spots (paragraphs most members marked
as not understood); answered or resolved questions with their answers; the most voted comments;
and what is new since the reader last looked. Pure data: `app.core.digest_export` writes it as
Markdown, CSV and JSON, the window shows it, the handout's discussion sheet prints it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.core.notes import COMMENT, CONFUSED, QUESTION, Annotation, kind_of, parse_instant, place
from app.core.reply_threads import reply_threads
from app.core.study import NoteKey, StudyState, note_key
from app.core.study_heat import ParagraphHeat, paragraph_heat, paragraph_starts

TOP_COMMENTS = 10
TOP_HOT_SPOTS = 10
EXCERPT_CHARS = 24


@dataclass(frozen=True)
class DigestThread:
    """A note with its replies and what the group said of it."""

    note: Annotation
    kind: str
    votes: int
    replies: tuple[Annotation, ...]
    reply_votes: tuple[int, ...]  # each reply's 赞同, in `replies` order
    answer: Annotation | None  # the reply its asker marked as the answer
    resolved: bool  # the asker marked it resolved
    paragraph: int | None  # where it is (0-based); None: its essay is not here or it moved away


@dataclass(frozen=True)
class HotSpot:
    """A paragraph members marked 不懂."""

    essay_id: str
    heat: ParagraphHeat
    excerpt: str  # the paragraph's first characters


@dataclass(frozen=True)
class WhatsNew:
    """Since the reader last looked: others' new notes and replies, and replies to the reader's notes."""

    since: str
    notes: tuple[Annotation, ...] = ()
    replies: tuple[Annotation, ...] = ()
    replies_to_me: int = 0


@dataclass(frozen=True)
class Digest:
    essays: tuple[str, ...]
    open_questions: list[DigestThread] = field(default_factory=list)
    hot_spots: list[HotSpot] = field(default_factory=list)
    answered: list[DigestThread] = field(default_factory=list)
    top_comments: list[DigestThread] = field(default_factory=list)
    new: WhatsNew = WhatsNew("")


def build_digest(notes: Iterable[Annotation], state: StudyState, me: str, *, essays: Iterable[str],
                 texts: Mapping[str, str], since: str = "") -> Digest:
    """The digest of `essays` from the live notes the reader sees (`notes`, any essays: those of
    other essays are left out), the group's study records, and the essays' canonical texts."""
    wanted = tuple(dict.fromkeys(essays))
    chosen = set(wanted)
    live = [n for n in notes if n.essay_id in chosen and n.deleted is None]
    spans = {n.id: place(n.anchor, texts[n.essay_id]).span for n in live
             if not n.is_reply and n.essay_id in texts}
    starts = {essay: paragraph_starts(text) for essay, text in texts.items() if essay in chosen}
    threads = [_thread(t.note, t.replies, state, me,
                       _paragraph(spans.get(t.note.id), starts.get(t.note.essay_id)))
               for t in reply_threads(live)]
    by_votes = sorted(threads, key=lambda t: (-t.votes, t.note.created))
    questions = [t for t in by_votes if t.kind == QUESTION]
    return Digest(
        wanted,
        open_questions=[t for t in questions if not (t.resolved or t.answer)],
        hot_spots=_hot_spots(live, spans, texts, wanted),
        answered=[t for t in questions if t.resolved or t.answer],
        top_comments=[t for t in by_votes if t.kind == COMMENT and t.votes > 0][:TOP_COMMENTS],
        new=whats_new(live, me, since))


def _thread(note: Annotation, replies: tuple[Annotation, ...], state: StudyState, me: str,
            paragraph: int | None) -> DigestThread:
    key = note_key(note, me)
    marked = state.answers.get(key)
    answer = next((r for r in replies if marked is not None and note_key(r, me) == marked), None)
    return DigestThread(note, kind_of(note), state.vote_count(key), replies,
                        tuple(state.vote_count(note_key(r, me)) for r in replies), answer,
                        key in state.resolved, paragraph)


def _paragraph(span: tuple[int, int] | None, starts: list[int] | None) -> int | None:
    if span is None or starts is None:
        return None
    return bisect_right(starts, span[0]) - 1


def _hot_spots(live: list[Annotation], spans: Mapping[str, tuple[int, int] | None], texts: Mapping[str, str],
               essays: tuple[str, ...]) -> list[HotSpot]:
    """The paragraphs most members marked 不懂, hottest first."""
    spots: list[HotSpot] = []
    for essay in essays:
        text = texts.get(essay)
        if text is None:
            continue
        confused = [(n, spans.get(n.id)) for n in live if n.essay_id == essay and kind_of(n) == CONFUSED]
        paragraphs = text.split("\n")
        for heat in paragraph_heat(text, confused).values():
            opening = paragraphs[heat.paragraph]
            cut = "…" if len(opening) > EXCERPT_CHARS else ""
            spots.append(HotSpot(essay, heat, opening[:EXCERPT_CHARS] + cut))
    spots.sort(key=lambda s: (-len(s.heat.confused), essays.index(s.essay_id), s.heat.paragraph))
    return spots[:TOP_HOT_SPOTS]


def whats_new(live: Iterable[Annotation], me: str, since: str) -> WhatsNew:
    """Others' notes and replies created after `since` (nothing when the reader never looked)."""
    if not since:
        return WhatsNew("")
    after = parse_instant(since)
    fresh = [n for n in live if n.author_id not in ("", me) and parse_instant(n.created) > after]
    mine = {n.id for n in live if n.author_id in ("", me)}
    replies = tuple(n for n in fresh if n.is_reply)
    return WhatsNew(since, tuple(n for n in fresh if not n.is_reply), replies,
                    sum(1 for r in replies if r.reply_to in mine))


def voters_of(state: StudyState, key: NoteKey) -> list[str]:
    return sorted(state.votes.get(key, ()))
