"""Notes export: Markdown a study group can print as it is, and JSON for programs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.core.library import Essay, Library
from app.core.notes import Annotation, Bookmark, paragraph_opening, place, place_bookmark
from app.core.reply_threads import reply_threads
from app.core.script import Form, Script, convert_text, detect_script
from app.core.study import StudyState, note_key
from app.core.surrogates import utf8_safe
from app.core.terminal import neutralise_controls
from app.core.thread_facts import fact_line, is_marked_answer

# Export labels, in the three interface languages (core knows no Qt translations).
LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "Notes", "bookmarks": "Bookmarks", "orphaned": "could not be placed",
           "paragraph": "paragraph", "reply": "reply",
           "colors": "yellow green blue pink purple", "exported": "Exported", "none": "No notes yet.",
           "highlight": "highlight", "comment": "comment", "question": "question",
           "confused": "don't understand", "votes": "agree", "answered": "answered", "resolved": "resolved",
           "answer": "answer"},
    "zh_CN": {"title": "笔记", "bookmarks": "书签", "orphaned": "原文已改动，未能定位",
              "paragraph": "段", "reply": "回复",
              "colors": "黄 绿 蓝 粉 紫", "exported": "导出于", "none": "还没有笔记。",
              "highlight": "划线", "comment": "评论", "question": "问题", "confused": "不懂",
              "votes": "赞同", "answered": "已解答", "resolved": "已解决", "answer": "答案"},
    "zh_TW": {"title": "筆記", "bookmarks": "書籤", "orphaned": "原文已改動，未能定位",
              "paragraph": "段", "reply": "回覆",
              "colors": "黃 綠 藍 粉 紫", "exported": "匯出於", "none": "還沒有筆記。",
              "highlight": "劃線", "comment": "評論", "question": "問題", "confused": "不懂",
              "votes": "贊同", "answered": "已解答", "resolved": "已解決", "answer": "答案"},
}
COLOR_KEYS = ("yellow", "green", "blue", "pink", "purple")


def _as_written(text: str) -> str:
    return text


@dataclass(frozen=True)
class Notes:
    """What an export writes. With `study` (the group's votes, answers…; `me`: the reader's
    author id) each note carries its kind, votes, answer and resolved state; `convert` gives note
    and reply text in the reader's script form (app.core.note_form)."""

    annotations: Sequence[Annotation]
    bookmarks: Sequence[Bookmark]
    study: StudyState | None = None
    me: str = ""
    convert: Callable[[str], str] = _as_written


def color_name(color: str, language: str) -> str:
    names = LABELS.get(language, LABELS["en"])["colors"].split()
    return names[COLOR_KEYS.index(color)] if color in COLOR_KEYS else color


def export_markdown(library: Library, notes: Notes, form: Form, language: str, stamp: str) -> str:
    """Markdown grouped by collection and essay, quotes shown in `form`."""
    labels = LABELS.get(language, LABELS["en"])
    lines = [f"# {labels['title']}", "", f"*{labels['exported']} {stamp}*", ""]
    wrote_any = False
    for collection in library.collections:
        sections = [(essay, _essay_section(essay, collection.script, notes, form, language))
                    for essay in collection.essays]
        sections = [(essay, body) for essay, body in sections if body]
        if not sections:
            continue
        wrote_any = True
        title = convert_text(collection.title, collection.script, form.target(collection.script))
        lines += [f"## {escape_markdown(title)}", ""]
        for essay, body in sections:
            title = convert_text(essay.title, collection.script, form.target(collection.script))
            lines += [f"### {escape_markdown(title)}", "", *body]
    missing = _missing_section(library, notes, form, language)
    wrote_any = wrote_any or bool(missing)
    lines += missing
    if not wrote_any:
        lines.append(labels["none"])
    return "\n".join(lines).rstrip() + "\n"


# Kept apart from LABELS: the heading over notes whose essay is not in the library.
MISSING_LABELS = {"en": "Not in the library", "zh_CN": "不在文库中", "zh_TW": "不在文庫中"}


def _missing_section(library: Library, notes: Notes, form: Form, language: str) -> list[str]:
    """Notes whose essay is not in the library, with their quotes: exported, never dropped."""
    annotations = [a for a in notes.annotations if a.deleted is None and library.essay(a.essay_id) is None]
    bookmarks = [b for b in notes.bookmarks if b.deleted is None and library.essay(b.essay_id) is None]
    if not annotations and not bookmarks:
        return []
    labels = LABELS.get(language, LABELS["en"])
    lines = [f"## {MISSING_LABELS.get(language, MISSING_LABELS['en'])}", ""]
    for essay_id in dict.fromkeys([a.essay_id for a in annotations] + [b.essay_id for b in bookmarks]):
        lines += [f"### {escape_markdown(essay_id)}", ""]
        for annotation in (a for a in annotations if a.essay_id == essay_id):
            source = detect_script(annotation.anchor.exact)
            quote = convert_text(annotation.anchor.exact, source, form.target(source))
            lines += [f"> {escape_markdown(line)}" for line in quote.split("\n")]
            details = [color_name(annotation.color, language), *(
                [" ".join(f"\\#{escape_markdown(t)}" for t in annotation.tags)] if annotation.tags else []),
                escape_markdown(annotation.author), annotation.modified[:10]]
            lines += ["", f"- {' · '.join(d for d in details if d)}"]
            if annotation.note:
                lines += _indented(annotation.note)
            lines.append("")
        marks = [b for b in bookmarks if b.essay_id == essay_id]
        if marks:
            lines += [f"#### {labels['bookmarks']}", ""]
            lines += [f"- {escape_markdown(b.name)} ({b.created[:10]})" for b in marks] + [""]
    return lines


def _essay_section(essay: Essay, source: Script, notes: Notes, form: Form, language: str) -> list[str]:
    target = form.target(source)
    labels = LABELS.get(language, LABELS["en"])
    live = [a for a in notes.annotations if a.essay_id == essay.id and a.deleted is None]
    bookmarks = [b for b in notes.bookmarks if b.essay_id == essay.id and b.deleted is None]
    lines: list[str] = []
    for thread in sorted(reply_threads(live), key=lambda t: _position(t.note, essay)):
        annotation = thread.note
        span = place(annotation.anchor, essay.text).span
        quote = essay.text[span[0]:span[1]] if span else annotation.anchor.exact
        lines += [f"> {escape_markdown(line)}" for line in convert_text(quote, source, target).split("\n")]
        where = (f"{labels['paragraph']} {essay.text.count(chr(10), 0, span[0]) + 1}" if span
                 else f"**{labels['orphaned']}**")
        details = [where, escape_markdown(color_name(annotation.color, language))]
        details += [" ".join(f"\\#{escape_markdown(t)}" for t in annotation.tags)] if annotation.tags else []
        details += [escape_markdown(annotation.author)] if annotation.author else []
        details.append(escape_markdown(annotation.modified[:10]))
        if notes.study is not None:
            details.append(escape_markdown(fact_line(annotation, notes.study, notes.me, labels)))
        lines += ["", f"- {' · '.join(details)}"]
        if annotation.note:
            lines += _indented(notes.convert(annotation.note))
        for reply in thread.replies:
            lines += _reply_lines(reply, annotation, notes, labels)
        lines.append("")
    if bookmarks:
        lines += [f"#### {labels['bookmarks']}", ""]
        for bookmark in sorted(bookmarks, key=lambda b: place_bookmark(b, essay.text) or 0):
            name = convert_text(_bookmark_name(bookmark, essay.text), source, target)
            lines.append(f"- {escape_markdown(name)} ({escape_markdown(bookmark.created[:10])})")
        lines.append("")
    return lines


def _reply_lines(reply: Annotation, question: Annotation, notes: Notes, labels: dict[str, str]) -> list[str]:
    """A reply under its note: who, when, its 赞同 and whether the asker marked it the answer."""
    said = _indented(notes.convert(reply.note), "  ")
    marks = ""
    if notes.study is not None:
        votes = notes.study.vote_count(note_key(reply, notes.me))
        answer = is_marked_answer(reply, question, notes.study, notes.me)
        marks = (f" **{labels['answer']}**" if answer else "") + (
            f" ({votes} {labels['votes']})" if votes else "")
    said[0] = (f"  - ↳ {escape_markdown(reply.author)} ({escape_markdown(reply.created[:10])}){marks}: "
               f"{said[0][4:]}")
    return said


def member_notes(notes: Iterable[Annotation], author_id: str) -> list[Annotation]:
    """One member's notes with every reply in their threads, whoever wrote it (the JSON export
    lists them; a reply to a reply belongs to the same thread)."""
    threads = reply_threads(n for n in notes if n.deleted is None)
    return [a for t in threads if t.note.author_id == author_id for a in (t.note, *t.replies)]


def _indented(text: str, indent: str = "") -> list[str]:
    """A note's own lines as one list item's text, every line escaped."""
    return [indent + ("- " if i == 0 else "  ") + escape_markdown(line)
            for i, line in enumerate(text.split("\n"))]


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&=^$])")


# Control characters (a terminal's escape sequences among them) shown as their visible symbols.
_CONTROLS = {code: 0x2400 + code for code in range(0x20) if code != 0x09} | {0x7F: 0x2421} | {
    code: 0xFFFD for code in range(0x80, 0xA0)}


def escape_markdown(text: str) -> str:
    """User text as literal Markdown: no heading, list, link, emphasis or raw HTML can start,
    and no control character (such as a terminal escape) or lone surrogate is written as it is.

    Everything taken from a note goes through here, colour and dates too: a group member's file
    can hold any text in any field."""
    flat = utf8_safe(text.replace("\r", " ").replace("\n", " ").translate(_CONTROLS))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


_SENTENCE_END = "。！？；!?;"
_PAUSE = "，、：,:"
NAME_LIMIT = 24


def readable_name(text: str, limit: int = NAME_LIMIT) -> str:
    """A paragraph's opening cut at a sentence end or pause, never inside a quotation."""
    head = text[:limit]
    if len(text) <= limit:
        return text
    for marks in (_SENTENCE_END, _PAUSE, "”」』）"):
        cut = max(head.rfind(m) for m in marks)
        if cut >= 4:
            head = head[:cut + 1]
            break
    if head.count("“") > head.count("”") or head.count("「") > head.count("」"):
        head = head[:max(head.rfind("“"), head.rfind("「"))] or head
    return head.rstrip(_PAUSE) + "…"


def _bookmark_name(bookmark: Bookmark, text: str) -> str:
    """The reader's own name, or for an automatic one a better cut of the same opening."""
    offset = place_bookmark(bookmark, text)
    if offset is None or bookmark.name != paragraph_opening(text, offset):
        return bookmark.name
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", start)
    return readable_name(text[start:end if end >= 0 else len(text)])


def _position(annotation: Annotation, essay: Essay) -> int:
    span = place(annotation.anchor, essay.text).span
    return span[0] if span else len(essay.text)


def export_json(notes: Notes) -> str:
    """Every note as stored (canonical anchors), for other programs and for sharing."""
    document = {"annotations": [a.to_json() for a in notes.annotations],
                "bookmarks": [b.to_json() for b in notes.bookmarks]}
    # Lone surrogates become \u escapes: UTF-8 cannot hold them; in JSON they mean the same.
    return neutralise_controls(json.dumps(document, ensure_ascii=False, indent=1)) + "\n"
