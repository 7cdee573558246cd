"""A saved web page (or HTML copied from one): its article as text for the text parser."""

from __future__ import annotations

import re

from app.core.importers.document import Document
from app.core.importers.html_text import article_blocks

_SITE_SUFFIX = re.compile(r"\s*[-_|—–·]\s*[^-_|—–·]{1,30}$")


def read_web_page(markup: str) -> Document:
    """The article's text, its title first; the text parser then finds essays and clutter."""
    page_title, blocks = article_blocks(markup)
    lines = [block.text for block in blocks]
    title = _SITE_SUFFIX.sub("", page_title).strip() if page_title else ""
    headed = next((b.text for b in blocks if b.level), "")
    if title and not headed:
        lines.insert(0, title)
    return Document(headed or title, "\n".join(lines), as_written=True)
