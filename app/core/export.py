"""Notes export: Markdown a study group can print as it is, and JSON for programs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.library import Essay, Library
from app.core.notes import Annotation, Bookmark, place, place_bookmark
from app.core.script import Form, Script, convert_text

# Export labels, in the three interface languages (core knows no Qt translations).
LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "Notes", "bookmarks": "Bookmarks", "orphaned": "could not be placed",
           "colors": "yellow green blue pink purple", "exported": "Exported", "none": "No notes yet."},
    "zh_CN": {"title": "笔记", "bookmarks": "书签", "orphaned": "原文已改动，未能定位",
              "colors": "黄 绿 蓝 粉 紫", "exported": "导出于", "none": "还没有笔记。"},
    "zh_TW": {"title": "筆記", "bookmarks": "書籤", "orphaned": "原文已改動，未能定位",
              "colors": "黃 綠 藍 粉 紫", "exported": "匯出於", "none": "還沒有筆記。"},
}
COLOR_KEYS = ("yellow", "green", "blue", "pink", "purple")


@dataclass(frozen=True)
class Notes:
    annotations: Sequence[Annotation]
    bookmarks: Sequence[Bookmark]


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
        lines += [f"## {convert_text(collection.title, collection.script, form.target(collection.script))}",
                  ""]
        for essay, body in sections:
            title = convert_text(essay.title, collection.script, form.target(collection.script))
            lines += [f"### {title}", "", *body]
    if not wrote_any:
        lines.append(labels["none"])
    return "\n".join(lines).rstrip() + "\n"


def _essay_section(essay: Essay, source: Script, notes: Notes, form: Form, language: str) -> list[str]:
    target = form.target(source)
    labels = LABELS.get(language, LABELS["en"])
    annotations = [a for a in notes.annotations if a.essay_id == essay.id]
    bookmarks = [b for b in notes.bookmarks if b.essay_id == essay.id]
    lines: list[str] = []
    for annotation in sorted(annotations, key=lambda a: _position(a, essay)):
        span = place(annotation.anchor, essay.text).span
        quote = essay.text[span[0]:span[1]] if span else annotation.anchor.exact
        quote_lines = convert_text(quote, source, target).split("\n")
        lines += [f"> {line}" for line in quote_lines]
        details = [color_name(annotation.color, language)]
        details += [" ".join(f"#{t}" for t in annotation.tags)] if annotation.tags else []
        details += [annotation.author] if annotation.author else []
        details.append(annotation.modified[:10])
        details += [f"**{labels['orphaned']}**"] if span is None else []
        lines += ["", f"- {' · '.join(details)}"]
        if annotation.note:
            lines += [f"- {line}" if i == 0 else f"  {line}"
                      for i, line in enumerate(annotation.note.split("\n"))]
        lines.append("")
    if bookmarks:
        lines += [f"**{labels['bookmarks']}**", ""]
        for bookmark in sorted(bookmarks, key=lambda b: place_bookmark(b, essay.text) or 0):
            name = convert_text(bookmark.name, source, target)
            lines.append(f"- {name} ({bookmark.created[:10]})")
        lines.append("")
    return lines


def _position(annotation: Annotation, essay: Essay) -> int:
    span = place(annotation.anchor, essay.text).span
    return span[0] if span else len(essay.text)


def export_json(notes: Notes) -> str:
    """Every note as stored (canonical anchors), for other programs and for sharing."""
    return json.dumps({"annotations": [a.to_json() for a in notes.annotations],
                       "bookmarks": [b.to_json() for b in notes.bookmarks]},
                      ensure_ascii=False, indent=1) + "\n"
