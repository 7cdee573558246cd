"""Markdown: headings divide essays; the rest becomes plain paragraphs.

markdown-it-py (CommonMark, pure Python, about 1 MB with its one dependency) parses it:
setext and ATX headings, fenced code, lists, emphasis and links are easy to get subtly
wrong by hand, and a wrong guess would cut an essay in two.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from app.core.importers.document import Document, Section

_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# A line break inside a paragraph (the source wrapped at 80 columns) is no break in the text:
# nothing between two Chinese characters or punctuation marks, a space between words.
_SOFT = "\0"
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
_WIDE_SOFT = re.compile(f"(?<=[{_WIDE}]){_SOFT}(?=[{_WIDE}])")


def read_markdown(text: str) -> Document:
    """Sections at the Markdown headings; text before the first heading is the preamble."""
    text = _FRONT_MATTER.sub("", text, count=1)
    tokens = MarkdownIt("commonmark").disable(["html_block"]).parse(text)
    preamble: list[str] = []
    sections: list[tuple[str, int, list[str]]] = []
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "inline":
            line = _inline_text(token)
            if heading_level:
                sections.append((line, heading_level, []))
                heading_level = 0
            elif line:
                (sections[-1][2] if sections else preamble).append(line)
        elif token.type in ("fence", "code_block"):
            lines = [line for line in token.content.split("\n") if line.strip()]
            (sections[-1][2] if sections else preamble).extend(lines)
    return Document("", "\n".join(preamble),
                    tuple(Section(h, level, "\n".join(body)) for h, level, body in sections), as_written=True)


def _inline_text(token: Token) -> str:
    """Plain text of an inline run: emphasis and links dropped, image alt text and code kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(_SOFT)
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            parts.append(_TAG.sub("", child.content))
    return _WIDE_SOFT.sub("", "".join(parts).strip()).replace(_SOFT, " ")
