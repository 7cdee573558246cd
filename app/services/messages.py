"""Core messages (app.core.messages) in the interface language."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.core.escaping import escape_html
from app.core.messages import Code, Message

log = logging.getLogger(__name__)


def translated(message: Message | str) -> str:
    """The message in the current interface language (its fields too); English if the
    translation's {fields} do not fit the message (a slip in a .ts file never hides a message)."""
    return _translated(message, _plain)


def translated_html(message: Message | str) -> str:
    """The message translated, as rich text built here: its words and every field escaped (an
    engine's error or a translation is never read as markup), commands in a monospace span."""
    return _translated(message, _html)


def _plain(text: str) -> str:
    return text


def _html(text: str) -> str:
    shown = escape_html(text)
    return f"<code>{shown}</code>" if isinstance(text, Code) else shown


def _translated(message: Message | str, part: Callable[[str], str]) -> str:
    """`message` translated, each piece of text (the words, each field) passed through `part`."""
    if isinstance(message, str):
        return part(message)
    fields = {k: _translated(v, part) if isinstance(v, Message | str) else part(str(v))
              for k, v in message.fields.items()}
    text = part(QCoreApplication.translate(message.context, message.text))
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError) as error:
        log.warning("translation of %r does not fit its fields: %s", message.text, error)
        return part(message.text).format(**fields)
