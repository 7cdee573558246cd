"""Obsidian-style Markdown: one file per essay with its highlights, for a folder of notes.

Each highlight is a quote with a stable block id (`^id`, from the note's id, so a link to it
survives re-exporting), its note and replies in a `> [!note]` callout, its tags as Obsidian
tags. User text is escaped as in app.core.export, so nothing in a note starts a link, a
callout or a block id of its own.
"""

from __future__ import annotations

import json
import re

from app.core.export import Notes, escape_markdown
from app.core.hashing import sha1_hex
from app.core.jsonld import essay_source
from app.core.library import Library
from app.core.notes import Annotation, place
from app.core.reply_threads import ReplyThread, reply_threads
from app.core.script import Form, Script, convert_text, detect_script
from app.core.surrogates import utf8_safe

_BLOCK_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_NOT_IN_NAME = re.compile(r'[\\/:*?"<>|#^\[\]\x00-\x1f\x7f]+')
_NOT_IN_TAG = re.compile(r"[^\w/-]+")
NAME_CHARS = 80
# Names Windows keeps for devices, whatever the extension.
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                       *(f"LPT{n}" for n in range(1, 10))})


def export_obsidian(library: Library, notes: Notes, form: Form) -> dict[str, str]:
    """{file name: Markdown}: one file per essay that has live notes, names unique in the folder."""
    live = [a for a in notes.annotations if a.deleted is None]
    by_essay: dict[str, list[ReplyThread]] = {}
    for thread in reply_threads(live):
        by_essay.setdefault(thread.note.essay_id, []).append(thread)
    files: dict[str, str] = {}
    for essay_id, threads in by_essay.items():
        title, text = _essay_file(library, essay_id, threads, form)
        files[_unique(file_name(title), files)] = text
    return files


def _essay_file(library: Library, essay_id: str, threads: list[ReplyThread], form: Form) -> tuple[str, str]:
    essay = library.essay(essay_id)
    script = library.collection_of(essay).script if essay else None
    title = convert_text(essay.title, script, form.target(script)) if essay and script else essay_id
    lines = ["---", f"title: {_yaml(title)}", f"source: {_yaml(essay_source(essay_id))}", "---", "",
             f"# {escape_markdown(title)}", ""]
    text = essay.text if essay else None
    ordered = sorted(threads, key=lambda t: _start(t.note, text))
    for thread in ordered:
        lines += _highlight(thread, text, script, form)
    return title, "\n".join(lines).rstrip() + "\n"


def _start(note: Annotation, text: str | None) -> int:
    span = place(note.anchor, text).span if text is not None else None
    return span[0] if span else len(text or "")


def _highlight(thread: ReplyThread, text: str | None, script: Script | None, form: Form) -> list[str]:
    """The quote with its block id on the line after it (Obsidian's rule for a quote), then the
    callout with the note, the replies and the tags."""
    note = thread.note
    span = place(note.anchor, text).span if text is not None else None
    quote = text[span[0]:span[1]] if text is not None and span else note.anchor.exact
    source = script or detect_script(quote)
    shown = convert_text(quote, source, form.target(source))
    lines = [f"> {escape_markdown(line)}" for line in shown.split("\n")] if shown else ["> …"]
    lines += ["", f"^{block_id(note.id)}", ""]
    said = _said(thread)
    if said:
        lines += ["> [!note]", *[f"> {line}" if line else ">" for line in said], ""]
    return lines


def _said(thread: ReplyThread) -> list[str]:
    note = thread.note
    lines = [escape_markdown(line) for line in note.note.split("\n")] if note.note else []
    for reply in thread.replies:
        lines += ["", f"↳ **{escape_markdown(reply.author)}**: " + " ".join(
            escape_markdown(line) for line in reply.note.split("\n"))]
    tags = " ".join(tag for tag in (obsidian_tag(t) for t in note.tags) if tag)
    return [*lines, "", tags] if tags and lines else [tags] if tags else lines


def block_id(note_id: str) -> str:
    """The note's id where Obsidian allows it (letters, digits, dashes), else a hash of it."""
    if _BLOCK_ID.fullmatch(note_id):
        return note_id
    return "jx-" + sha1_hex(note_id.encode("utf-8", "surrogatepass"))[:16]


def obsidian_tag(tag: str) -> str:
    """A tag Obsidian reads as one: `#` then letters, digits, `_`, `-`, `/` (never all digits)."""
    body = _NOT_IN_TAG.sub("_", utf8_safe(tag)).strip("_")
    return f"#{body}" if body and not body.isdigit() else ""


def file_name(title: str) -> str:
    """A file name every system accepts, made from the essay's title."""
    name = " ".join(_NOT_IN_NAME.sub(" ", utf8_safe(title)).split())[:NAME_CHARS].strip(" .") or "notes"
    return ("_" + name if name.upper() in _RESERVED else name) + ".md"


def _unique(name: str, taken: dict[str, str]) -> str:
    stem, n = name.removesuffix(".md"), 2
    while name.casefold() in {t.casefold() for t in taken}:
        name, n = f"{stem} ({n}).md", n + 1
    return name


def _yaml(text: str) -> str:
    """A YAML string: JSON's quoting is valid YAML and escapes every control character."""
    return json.dumps(utf8_safe(text), ensure_ascii=False)
