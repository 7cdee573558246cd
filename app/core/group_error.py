"""The group's error, apart from the folder's reading: the window and the commands catch it
without loading the group's modules (a reader in no group never loads them)."""

from __future__ import annotations

from app.core.messages import UserError


class GroupError(UserError):
    """Why a folder cannot be used as a group folder; the message is for the user."""
