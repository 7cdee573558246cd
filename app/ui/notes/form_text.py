"""Others' notes in the reader's own script: a question written in 繁體 reads in 简体 for a reader
who chose 简体 (the original stays one hover away)."""

from __future__ import annotations

from functools import lru_cache

from app.core.script import Form, convert_text, detect_script

CACHED_TEXTS = 8192  # a panel of a few thousand threads converts each text once


@lru_cache(maxsize=CACHED_TEXTS)
def in_form(text: str, form: Form) -> str:
    """`text` (a note or a reply, in whatever script its author wrote) in the form the reader
    chose; unchanged for "original". Each note is guessed on its own: members write in theirs."""
    if form is Form.ORIGINAL or not text:
        return text
    source = detect_script(text)
    return convert_text(text, source, form.target(source))


def as_written(pairs: list[tuple[str, str]]) -> str:
    """The originals of the (shown, original) texts that conversion changed, one per line; empty
    when nothing changed (the tooltip then has nothing to add)."""
    return "\n".join(original for shown, original in pairs if shown != original)
