"""What the study service tells the reader when the group's rules refuse a request."""

from __future__ import annotations

from app.core.group_error import GroupError
from app.core.messages import QT_TRANSLATE_NOOP, Message

NOT_YOURS = QT_TRANSLATE_NOOP("Study", "Only the one who asked can mark the answer or resolve the question.")
NOT_A_REPLY = QT_TRANSLATE_NOOP("Study", "That note is not a reply to this question.")
BAD_DUE = QT_TRANSLATE_NOOP("Study", "{due} is not a date; give it as YYYY-MM-DD.")
NO_ESSAYS = QT_TRANSLATE_NOOP("Study", "An assignment needs at least one essay.")
NO_ASSIGNMENT = QT_TRANSLATE_NOOP("Study", "You have no assignment {id}.")
NOT_IN_GROUP = QT_TRANSLATE_NOOP("Study", "This is for a study group; join or create one first.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Study", "This window is read-only; the group's records cannot be changed here.")


def study_message(text: str, **fields: str) -> Message:
    """A message of the study service's, filed for translation under "Study"."""
    return Message("Study", text, dict(fields))


class StudyError(GroupError):
    """Something the reader asked that the group's rules refuse; the message says why."""
