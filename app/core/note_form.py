"""Note and reply text in the reader's script form (issue #23: a question written in 繁體 reads in
简体 for a 简体 reader). Each note's own script is detected, since members write in different
ones; the original stays with the note (shown on hover, kept in exports)."""

from __future__ import annotations

from functools import lru_cache

from app.core.script import Form, convert_text, detect_script


@lru_cache(maxsize=4096)
def in_form(text: str, form: Form) -> str:
    """`text` in `form` (as written for Form.ORIGINAL, or text with no Chinese in it)."""
    if form is Form.ORIGINAL or not text or text.isascii():
        return text
    source = detect_script(text)
    return convert_text(text, source, form.target(source))
