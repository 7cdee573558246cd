"""Core messages (app.core.messages) in the interface language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.core.messages import Message

log = logging.getLogger(__name__)


def translated(message: Message | str) -> str:
    """The message in the current interface language (its fields too); English if the
    translation's {fields} do not fit the message (a slip in a .ts file never hides a message)."""
    if isinstance(message, str):
        return message
    fields = {k: translated(v) if isinstance(v, Message) else str(v) for k, v in message.fields.items()}
    text = QCoreApplication.translate(message.context, message.text)
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError) as error:
        log.warning("translation of %r does not fit its fields: %s", message.text, error)
        return message.text.format(**fields)
