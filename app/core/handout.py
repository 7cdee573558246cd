"""What a handout prints: essays in a script form with their numbered notes, and a discussion sheet.

Plain data, built from the library and today's annotations; the print and PDF code only lays
it out. Offsets here are *display* offsets into the converted paragraph text, since paper shows
the converted text (canonical offsets stay the rule for everything stored).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.core.anchoring import text_hash
from app.core.library import Essay, Library
from app.core.note_form import in_form
from app.core.notes import Annotation, place
from app.core.quotes import OUTER
from app.core.reply_threads import ReplyThread, reply_threads
from app.core.script import Form, Script
from app.core.surrogates import utf8_safe
from app.core.view import ViewCache
from app.core.whose_notes import WhoseNotes

OTHERS_GREY = "#868e96"  # a member with no colour of their own, as the screen draws them


@dataclass(frozen=True)
class PrintedReply:
    """A reply under a note: who wrote what, when."""

    author: str
    text: str
    created: str
    answer: bool = False  # the asker marked it as the answer (app.core.handout_sheet)


@dataclass(frozen=True)
class PrintedNote:
    """One highlight as printed: its number, where it is, what it says, who wrote it."""

    number: int
    quote: str
    paragraph: int  # 1-based paragraph of the essay; 0 when the passage could not be placed
    span: tuple[int, int] | None  # display offsets inside that paragraph
    color: str  # as the screen draws it: ours in our colour, others' in their member colour
    text: str
    tags: tuple[str, ...]
    author: str
    created: str
    replies: tuple[PrintedReply, ...] = ()
    note_id: str = ""
    marks: str = ""  # what the group said of it: "question · 2 agree · resolved" (handout_sheet)

    @property
    def orphaned(self) -> bool:
        return self.span is None


@dataclass(frozen=True)
class HandoutEssay:
    """One essay as printed: converted title and paragraphs, notes in reading order."""

    essay_id: str
    title: str
    collection: str
    script: Script
    paragraphs: tuple[str, ...]
    notes: tuple[PrintedNote, ...] = ()

    def notes_in(self, paragraph: int) -> list[PrintedNote]:
        """The notes placed in 1-based `paragraph` (0: those that could not be placed)."""
        return [n for n in self.notes if n.paragraph == paragraph]


@dataclass(frozen=True)
class HandoutOptions:
    """What the reader chose: script form, whose notes, a discussion sheet grouped how."""

    form: Form = Form.ORIGINAL
    whose: WhoseNotes = WhoseNotes.GROUP
    me: str = ""  # the reader's author id: "mine" is theirs and the notes from before author ids
    sheet: bool = False
    sheet_tag: str = ""  # gather the sheet by this tag instead of by essay
    vertical: bool = False  # the essays in columns right to left (直排), the notes after them
    ruby: str = "off"  # readings over "rare" characters, "all" of them, or "off"
    reading: str = "pinyin"  # pinyin, zhuyin or jyutping


@dataclass(frozen=True)
class Handout:
    """Everything one print job shows."""

    essays: tuple[HandoutEssay, ...]
    options: HandoutOptions = field(default_factory=HandoutOptions)
    sheet: tuple[SheetSection, ...] = ()  # the discussion sheet from the group's digest, if made

    def text(self) -> str:
        """Every character the handout prints (the PDF's text map is checked against it)."""
        parts: list[str] = []
        for essay in self.essays:
            parts += [essay.title, essay.collection, *essay.paragraphs]
            for note in essay.notes:
                parts += [note.quote, note.text, note.author, *note.tags, note.marks]
                parts += [f"{r.author}{r.text}" for r in note.replies]
        return "".join(parts)


def quoted(text: str, script: Script) -> str:
    """`text` in the quotation marks `script` writes (“” Simplified, 「」 Traditional), as the
    body's are localized: a printed note quotes its passage the way the page around it does."""
    opening, closing = ("“", "”") if script is Script.SIMPLIFIED else OUTER
    return f"{opening}{text}{closing}"


def note_filter(whose: WhoseNotes, me: str) -> Callable[[Annotation], bool]:
    """Which notes a handout prints; tombstones never (a reply goes with the note it answers)."""
    if whose is WhoseNotes.NONE:
        return lambda a: False
    if whose is WhoseNotes.MINE:
        return lambda a: a.deleted is None and a.author_id in ("", me)
    return lambda a: a.deleted is None


def build_handout(library: Library, essay_ids: Iterable[str], annotations: Iterable[Annotation],
                  options: HandoutOptions, *, views: ViewCache | None = None,
                  member_color: Callable[[str], str] | None = None) -> Handout:
    """The handout for the essays with these ids (unknown ids raise KeyError).

    `annotations` are the notes the reader sees (their own and the group's shared ones); replies
    are printed under the note they answer, which the choice of whose notes applies to. `views`
    converts as the reader does (its quotation marks too); with `member_color` others' notes
    print in the colour the screen draws them in (their author's), else in their own.
    """
    wanted = note_filter(options.whose, options.me)
    chosen = [t for t in reply_threads(a for a in annotations if a.deleted is None) if wanted(t.note)]
    views = views if views is not None and views.library is library else ViewCache(library)
    shown = _screen_color(options.me, member_color)
    essays = []
    for essay_id in essay_ids:
        essay = library.essay(essay_id)
        if essay is None:
            raise KeyError(essay_id)
        own = [t for t in chosen if t.note.essay_id == essay_id]
        essays.append(_handout_essay(views, essay, own, options.form, shown))
    return Handout(tuple(essays), options)


def _screen_color(me: str, member_color: Callable[[str], str] | None) -> Callable[[Annotation], str]:
    """The screen's rule: our highlights in the colour we chose, others' in their member colour."""
    if member_color is None:
        return lambda a: a.color
    return lambda a: a.color if a.author_id in ("", me) else member_color(a.author_id) or OTHERS_GREY


def _handout_essay(views: ViewCache, essay: Essay, chosen: list[ReplyThread], form: Form,
                   shown: Callable[[Annotation], str]) -> HandoutEssay:
    collection = views.library.collection_of(essay)
    source = collection.script
    target = form.target(source)
    converted = views.view(essay, form)
    paragraphs = converted.text.split("\n")
    starts = _paragraph_starts(paragraphs)
    current = text_hash(essay.text)
    placed = []
    for thread in chosen:
        span = place(thread.note.anchor, essay.text, current).span
        display = None if span is None else (converted.offsets.to_display(span[0]),
                                             converted.offsets.to_display(span[1], end=True))
        placed.append((thread, display))
    placed.sort(key=lambda item: (item[1] is None, item[1] or (0, 0), item[0].note.created))
    notes = []
    for number, (thread, display) in enumerate(placed, start=1):
        annotation = thread.note
        paragraph, local = _locate(display, starts)
        quote = (converted.text[display[0]:display[1]] if display
                 else views.title(annotation.anchor.exact, source, target, form=form)).replace("\n", " ")
        # Notes come from files others wrote: a lone surrogate would shift Qt's glyphs (and
        # so the PDF's text) after it, so only text UTF-8 can hold goes to the page.
        # Members write in their own scripts: paper shows every note in the handout's form.
        replies = tuple(PrintedReply(utf8_safe(r.author), utf8_safe(in_form(r.note, form)), r.created)
                        for r in thread.replies)
        said = utf8_safe(in_form(annotation.note, form))
        notes.append(PrintedNote(number, utf8_safe(quote), paragraph, local, shown(annotation),
                                 said, tuple(map(utf8_safe, annotation.tags)),
                                 utf8_safe(annotation.author), annotation.created, replies, annotation.id))
    return HandoutEssay(essay.id, converted.title, views.collection_title(collection, form), target,
                        tuple(paragraphs), tuple(notes))


def _paragraph_starts(paragraphs: Sequence[str]) -> list[int]:
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 1
    return starts


def _locate(span: tuple[int, int] | None, starts: list[int]) -> tuple[int, tuple[int, int] | None]:
    """(1-based paragraph, span inside it), clipped to that paragraph; (0, None) when orphaned."""
    if span is None:
        return 0, None
    index = bisect_right(starts, span[0]) - 1
    start = starts[index]
    end_of_paragraph = starts[index + 1] - 1 if index + 1 < len(starts) else None
    end = span[1] if end_of_paragraph is None else min(span[1], end_of_paragraph)
    return index + 1, (span[0] - start, max(span[0], end) - start)


@dataclass(frozen=True)
class SheetSection:
    """A heading on the discussion sheet and the notes under it, with their essay's title."""

    heading: str
    entries: tuple[tuple[str, PrintedNote], ...]


def discussion_sheet(handout: Handout, tag: str = "") -> list[SheetSection]:
    """The notes gathered by essay, or only those tagged `tag` under one heading; the group's
    digest (open questions first, 不懂 hot spots, answers, agreed comments) when one was made."""
    if handout.sheet and not tag:
        return list(handout.sheet)
    if tag:
        entries = tuple((e.title, n) for e in handout.essays for n in e.notes if tag in n.tags)
        return [SheetSection(f"#{tag}", entries)]
    return [SheetSection(e.title, tuple((e.title, n) for n in e.notes))
            for e in handout.essays if e.notes]


# Territories whose paper is US Letter (CLDR's paperSize data); everywhere else prints on A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "PR",
                                "SV", "VE", "BZ"})


def paper_for_territory(code: str) -> str:
    """"letter" or "a4" for an ISO 3166 territory code."""
    return "letter" if code.upper() in LETTER_TERRITORIES else "a4"
