"""Messages for the user from code that knows no Qt, in every interface language.

A Message holds its English text, with {fields}, and the translation context it is filed under.
The window shows it translated (app.services.messages.translated); the command line and the log
show str(message), the English. Texts are marked with QT_TRANSLATE_NOOP so that Qt's lupdate,
which reads the source for that name, files them in resources/i18n/ with the window's strings.
"""

from __future__ import annotations

from typing import NamedTuple, Union

Field = Union[str, int, "Message"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for translation under `context`; returns it unchanged."""
    return text


class Code(str):
    """A field the reader types as it is, such as a command: never translated, and shown apart
    from the words around it (in a monospace span) rather than in quotation marks, which a
    Chinese font draws full-width."""

    __slots__ = ()


class Message(NamedTuple):
    """English text with {fields}, translated where it is shown.

    A NamedTuple, not a frozen dataclass (which cost every start 0.8 ms to make): no store
    writes one, so a JSON encoder never meets it as a bare tuple."""

    context: str
    text: str
    fields: dict[str, Field]

    def __str__(self) -> str:
        return self.text.format(**{k: str(v) for k, v in self.fields.items()})


def say(context: str, text: str, **fields: Field) -> Message:
    """A message: `text` must be a QT_TRANSLATE_NOOP-marked constant filed under `context`."""
    return Message(context, text, fields)


class UserError(Exception):
    """An error whose message is for the user: str() is the English, .message translates."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message
