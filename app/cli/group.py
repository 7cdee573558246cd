"""`group create|join|status|leave`: the window's group service, from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from app.cli.common import CommandError, owned_workspace, read_workspace
from app.core.group import Member
from app.services.workspace import Workspace

# `group status` in no group: the keys a script reads, empty. "me" too: no member to be (and a data
# folder the window never opened has an identity made anew by each command, not worth printing)
NO_GROUP: dict[str, Any] = {"group": None, "me": None, "members": [], "unvouched_devices": {}, "notices": []}


def group_command(options: argparse.Namespace, out: TextIO) -> int:
    if options.group_command in ("share", "unshare", "digest", "progress"):
        from app.cli.study import print_digest, progress_switch, share, unshare  # noqa: PLC0415

        return {"share": share, "unshare": unshare, "digest": print_digest,
                "progress": progress_switch}[options.group_command](options, out)
    handlers = {"create": _create, "join": _join, "status": _status, "leave": _leave, "color": _color,
                "trust": _trust}
    return handlers[options.group_command](options, out)


def _create(options: argparse.Namespace, out: TextIO) -> int:
    folder = Path(options.folder)
    with owned_workspace(options) as workspace:
        info = workspace.group.create(folder, options.name, options.member)
    out.write(f"Created group “{info.name}” ({info.id}) in {folder}\n")
    return 0


def _join(options: argparse.Namespace, out: TextIO) -> int:
    with owned_workspace(options) as workspace:
        info = workspace.group.join(Path(options.folder), options.member)
        workspace.read_group_now()  # every member's key pinned now, as the window does at join
    out.write(f"Joined group “{info.name}” ({info.id}) as {options.member}\n")
    return 0


def _leave(options: argparse.Namespace, out: TextIO) -> int:
    with owned_workspace(options) as workspace:
        if not workspace.group.joined:
            raise CommandError("this data folder is in no group.")
        workspace.group.leave(withdraw=options.withdraw)  # our last word reaches the group first
    out.write("Left the group; your notes stay here. " + (
        "Your shared notes were withdrawn from the group folder.\n" if options.withdraw
        else "Your shared notes stay in the group folder for the others.\n"))
    return 0


def _color(options: argparse.Namespace, out: TextIO) -> int:
    with owned_workspace(options) as workspace:
        if not workspace.group.joined:
            raise CommandError("this data folder is in no group.")
        workspace.group.set_color(options.color)
    out.write(f"The group now shows you in {options.color.lower()}.\n")
    return 0


def _trust(options: argparse.Namespace, out: TextIO) -> int:
    """Believe the device now writing as AUTHOR_ID without a voucher (a member's new computer).
    The read pins every member seen for the first time, kept even when no device is waiting."""
    with owned_workspace(options) as workspace:
        if not workspace.group.joined:
            raise CommandError("this data folder is in no group.")
        workspace.read_group_now()
        waiting = options.author_id in workspace.group.unknown_keys()
        if waiting:
            workspace.group.accept_key(options.author_id)
    if not waiting:
        raise CommandError(f"no device is waiting to be accepted for {options.author_id}.")
    out.write(f"The new device writing as {options.author_id} is accepted.\n")
    return 0


def _status(options: argparse.Namespace, out: TextIO) -> int:
    """JSON: the group, this member, every member as the Group panel lists them, and the notices.
    In no group, the same keys with nothing in them (`NO_GROUP`) and exit status 1, as the other
    group commands have there (and `search` when nothing is found)."""
    workspace = read_workspace(options)
    joined = workspace.group.joined and workspace.group.folder is not None
    json.dump(_group_json(workspace) if joined else NO_GROUP, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return 0 if joined else 1


def _group_json(workspace: Workspace) -> dict[str, Any]:
    group = workspace.group
    notices: list[str] = []
    group.notice.connect(lambda message: notices.append(str(message)))
    workspace.read_group_now()  # the notices are told on standard error as they come, too
    me, info = workspace.notes.identity, group.info
    return {"group": {"id": info.id if info else "", "name": info.name if info else "",
                      "folder": str(group.folder)},
            "me": {"author_id": me.id, "name": me.name, "device": me.device, "color": me.color},
            "members": [_member_json(m) for m in group.members()],
            "unvouched_devices": {author: sorted(keys) for author, keys in group.unknown_keys().items()},
            "notices": notices}


def _member_json(member: Member) -> dict[str, Any]:
    return {"author_id": member.author_id, "name": member.name, "color": member.color,
            "notes": member.notes, "replies": member.replies, "last_activity": member.last_activity,
            "devices": len(member.devices)}
