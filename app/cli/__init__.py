"""The command line: one module per command family, every one on the same Workspace as the window.

`library` (list, search, import), `notes` (notes, annotate), `group`, `study` (assignments, votes,
answers, shared texts, the digest), `convert` and `handout`.
Modules load only for the command that runs, so `convert` and `--help` stay quick.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO, cast

if TYPE_CHECKING:
    from app.cli.common import Handler


def run_command(options: argparse.Namespace) -> int:
    """Run the headless command `options.command`; its exit status."""
    command = options.command
    if command == "convert":
        from app.cli.convert import convert_stream  # noqa: PLC0415

        return convert_stream(options, sys.stdin.buffer.read(), sys.stdout)
    from app.cli.common import data_dir_usable, run  # noqa: PLC0415  (Qt loads from here on)

    if not data_dir_usable(options, writes=_writes(options)):
        return 2
    if command in ("notes", "annotate", "group", "assign", "assignments"):
        _guard_terminal()
    return run(_handler(options), options, sys.stdout)


def _writes(options: argparse.Namespace) -> bool:
    """Whether the command writes into the data folder (search: only its cache, in a given folder)."""
    return {"list": False, "handout": False, "assignments": False, "search": options.data_dir is not None,
            "notes": getattr(options, "notes_command", None) is not None}.get(options.command, True)


STUDY_NOTES = ("vote", "answer", "resolve")


def _handler(options: argparse.Namespace) -> Handler:
    command = options.command
    if command in ("list", "search", "import"):
        from app.cli import library  # noqa: PLC0415

        return {"list": library.list_essays, "search": library.search_library,
                "import": library.import_files}[command]
    if command == "group":
        from app.cli.group import group_command  # noqa: PLC0415

        return group_command
    if command in ("assign", "assignments") or getattr(options, "notes_command", None) in STUDY_NOTES:
        from app.cli import study  # noqa: PLC0415

        return {"assign": study.assign, "assignments": study.list_assignments}.get(command, study.note_marks)
    if command == "handout":
        from app.cli.handout import write_handout  # noqa: PLC0415

        return write_handout
    from app.cli import notes  # noqa: PLC0415

    if command == "annotate":
        return notes.annotate
    return {"import": notes.import_notes, "delete": notes.delete_note}.get(
        getattr(options, "notes_command", None) or "", notes.print_notes)


def _guard_terminal() -> None:
    """Note text must never drive the terminal (escape sequences), on either stream."""
    from app.core.terminal import ControlFreeWriter  # noqa: PLC0415

    sys.stdout = cast(TextIO, ControlFreeWriter(sys.stdout))
    if sys.stderr is not None:
        sys.stderr = cast(TextIO, ControlFreeWriter(sys.stderr))
