"""User text shown as the text it is, never as rich text.

Qt guesses: a tooltip or label whose text looks like HTML is rendered as HTML, so a note
holding `<img src=…>` would load a local file (and `/dev/zero` would hang the app). Tooltips
therefore get the text escaped inside a paragraph that keeps its line breaks; labels get
Qt.PlainText.
"""

from __future__ import annotations

import re

from app.core.escaping import escape_html

TOOLTIP_CHARS = 2000  # a tooltip is a glimpse; the panel holds the whole note

# a translation's own access key, after the text as Chinese menus write it: "退出(&Q)", "打开（&O）…"
_ACCESS_KEY_AFTER = re.compile(r"\s*[(（]&[^&\s][)）]")


def without_access_key(label: str) -> str:
    """A menu label as words: "&Quit" is "Quit", "退出(&Q)…" is "退出…", "A && B" is "A & B"."""
    return _ACCESS_KEY_AFTER.sub("", label).replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain_tooltip(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """Rich text that Qt shows as exactly `text` (shortened past `limit`), line breaks kept."""
    if not text:
        return ""
    shown = text if len(text) <= limit else text[:limit] + "…"
    shown = "\n".join(map(isolated, shown.split("\n")))  # each line: bidi controls kept to it
    return f'<p style="white-space:pre-wrap">{escape_html(shown)}</p>'


# Bidi controls: embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), marks.
_OPENERS = frozenset("\u202a\u202b\u202d\u202e")
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")
_BIDI = _OPENERS | _ISOLATE_OPENERS | frozenset("\u202c\u2069\u200e\u200f")
FSI, PDI, PDF = "\u2068", "\u2069", "\u202c"


def isolated(text: str) -> str:
    """User text that holds bidi controls, wrapped in FSI…PDI so that they cannot reorder the text
    around it (U+202E in a name would show it, and the next field, reversed). Controls the text
    leaves open are closed inside; a closing one it never opened is dropped, so it cannot close ours."""
    if _BIDI.isdisjoint(text):
        return text
    out: list[str] = []
    isolates = embeddings = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            isolates += 1
        elif char == PDI:
            if not isolates:
                continue
            isolates -= 1
        elif char in _OPENERS:
            embeddings += 1
        elif char == PDF:
            if not embeddings:
                continue
            embeddings -= 1
        out.append(char)
    return FSI + "".join(out) + PDF * embeddings + PDI * isolates + PDI
