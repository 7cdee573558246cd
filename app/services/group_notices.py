"""What the group service tells the reader, in English here and translated in the window.

Apart from the group's reading and writing, so the service can refuse or say a thing without
loading them (a reader in no group never does).
"""

from __future__ import annotations

from app.core.messages import QT_TRANSLATE_NOOP, Field, Message

READ_ONLY = QT_TRANSLATE_NOOP("GroupService", "This window is read-only; the group cannot be changed here.")
OUT_OF_REACH = QT_TRANSLATE_NOOP(
    "GroupService", "The group folder is out of reach: the group's notes are shown as they were last seen.")
BACK = QT_TRANSLATE_NOOP("GroupService", "The group folder is back: the group's notes are up to date.")
SHARED_ON_RETURN = QT_TRANSLATE_NOOP(
    "GroupService", "The group folder is out of reach; your notes are safe here and will be shared when "
    "it is back.")
NOT_A_COLOR = QT_TRANSLATE_NOOP("GroupService", "{color} is not a colour; give it as #rrggbb.")
KEY_ACCEPTED = QT_TRANSLATE_NOOP(
    "GroupService", "The new device writing as {name} is accepted; its notes are merged from now on.")
NO_NEW_KEY = QT_TRANSLATE_NOOP("GroupService", "No device is waiting to be accepted for {author}.")
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "GroupService", "The group folder cannot be written now ({reason}); your notes are safe here and will "
    "be shared later.")
ANOTHER_GROUP = QT_TRANSLATE_NOOP(
    "GroupService", "The group folder {folder} now names another group; you stay in the group you joined.")


def service_message(text: str, **fields: Field) -> Message:
    """A message of the group service's, filed for translation under "GroupService"."""
    return Message("GroupService", text, fields)
