"""User text shown as the text it is, never as rich text.

Qt guesses: a tooltip or label whose text looks like HTML is rendered as HTML, so a note
holding `<img src=…>` would load a local file (and `/dev/zero` would hang the app). Tooltips
therefore get the text escaped inside a paragraph that keeps its line breaks; labels get
Qt.PlainText.
"""

from __future__ import annotations

import html

TOOLTIP_CHARS = 2000  # a tooltip is a glimpse; the panel holds the whole note


def plain_tooltip(text: str) -> str:
    """Rich text that Qt shows as exactly `text` (shortened), line breaks kept."""
    if not text:
        return ""
    shown = text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"
    return f'<p style="white-space:pre-wrap">{html.escape(shown)}</p>'
