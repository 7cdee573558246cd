"""What the study service tells the reader when the group's rules refuse a request."""

from __future__ import annotations

from app.core.group_folder import GroupError
from app.core.messages import Message


def study_message(text: str, **fields: str) -> Message:
    """A message of the study service's, filed for translation under "Study"."""
    return Message("Study", text, dict(fields))


class StudyError(GroupError):
    """Something the reader asked that the group's rules refuse; the message says why."""
