"""The command line: one module per command family, every one on the same Workspace as the window.

`library` (list, search, import), `notes` (notes, annotate), `group`, `study` (assignments, votes,
answers, shared texts, the digest), `convert`, `handout`, `define` and `vocabulary`.
Modules load only for the command that runs, so `convert` and `--help` stay quick.
"""

from __future__ import annotations

import argparse
import importlib
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
    if command == "define":  # the dictionary only: no data folder, no Qt
        from app.cli.define import define  # noqa: PLC0415

        _guard_terminal()  # glosses are data from outside
        return define(options, sys.stdout)
    from app.cli.common import data_dir_usable, run  # noqa: PLC0415  (Qt loads from here on)

    if not data_dir_usable(options, writes=_writes(options)):
        return 2
    if command in ("notes", "annotate", "group", "vocabulary", "assign", "assignments"):
        _guard_terminal()
    return run(_handler(options), options, sys.stdout)


def _writes(options: argparse.Namespace) -> bool:
    """Whether the command writes into the data folder (search: only its cache, in a given folder)."""
    return {"list": False, "handout": False, "vocabulary": False, "assignments": False,
            "search": options.data_dir is not None,
            "notes": getattr(options, "notes_command", None) is not None}.get(options.command, True)


STUDY_NOTES = ("vote", "answer", "resolve")


# Each command's module and function, imported only when that command runs.
_HANDLERS = {"list": ("library", "list_essays"), "search": ("library", "search_library"),
             "import": ("library", "import_files"), "group": ("group", "group_command"),
             "vocabulary": ("define", "export_vocabulary"), "assign": ("study", "assign"),
             "assignments": ("study", "list_assignments"), "handout": ("handout", "write_handout"),
             "annotate": ("notes", "annotate")}
_NOTES_HANDLERS = {"import": ("notes", "import_notes"), "delete": ("notes", "delete_note"),
                   **{name: ("study", "note_marks") for name in STUDY_NOTES}}


def _handler(options: argparse.Namespace) -> Handler:
    where = _HANDLERS.get(options.command) or _NOTES_HANDLERS.get(
        getattr(options, "notes_command", None) or "", ("notes", "print_notes"))
    module = importlib.import_module(f"app.cli.{where[0]}")
    return cast("Handler", getattr(module, where[1]))


def _guard_terminal() -> None:
    """Note text must never drive the terminal (escape sequences), on either stream."""
    from app.core.terminal import ControlFreeWriter  # noqa: PLC0415

    sys.stdout = cast(TextIO, ControlFreeWriter(sys.stdout))
    if sys.stderr is not None:
        sys.stderr = cast(TextIO, ControlFreeWriter(sys.stderr))
