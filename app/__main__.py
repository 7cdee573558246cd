"""`python -m app`: the window, or a headless command (list, convert)."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402  (the start time is taken before anything else loads)
import logging  # noqa: E402
import logging.handlers  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import TextIO, cast  # noqa: E402

from app import APP_NAME, __version__  # noqa: E402
from app.core.notes import COLORS  # noqa: E402
from app.core.script import Form, Script  # noqa: E402

SCRIPTS = [script.value for script in Script]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep preferences and notes in DIR instead of the user data folder")
    parser = argparse.ArgumentParser(prog="python -m app", parents=[common],
                                     description=f"{APP_NAME}: read Chinese essays in any script.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, render the first essay, print the time taken, exit")
    parser.add_argument("--open", metavar="ESSAY_ID",
                        help="open this essay (ids as printed by `list --json`)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("list", parents=[common], help="list every essay of the library")
    listing.add_argument("--json", action="store_true", help="print JSON with the canonical text")
    converting = commands.add_parser("convert", parents=[common],
                                     help="convert standard input to standard output")
    converting.add_argument("--to", required=True, choices=SCRIPTS)
    converting.add_argument("--from", dest="source", default="auto", choices=["auto", *SCRIPTS])
    exporting = commands.add_parser("notes", parents=[common],
                                    help="print every note and bookmark (Markdown, JSON or W3C JSON-LD)")
    exporting.add_argument("--format", choices=["md", "json", "jsonld"], default="md")
    exporting.add_argument("--form", choices=[form.value for form in Form],
                           help="script form of the quotes (default: the one chosen in the app)")
    note_commands = exporting.add_subparsers(dest="notes_command", metavar="ACTION")
    note_commands.add_parser("import", parents=[common], help="import W3C JSON-LD notes (idempotent)"
                             ).add_argument("file")
    note_commands.add_parser("delete", parents=[common], help="delete one of your notes"
                             ).add_argument("note_id")
    annotating = commands.add_parser("annotate", parents=[common],
                                     help="highlight the first match of --quote, or reply to a note")
    annotating.add_argument("essay_id", nargs="?")
    annotating.add_argument("--quote", help="the passage, in any script form")
    annotating.add_argument("--note")
    annotating.add_argument("--color", choices=COLORS, default=COLORS[0])
    annotating.add_argument("--tags", help="tags separated by commas or spaces")
    annotating.add_argument("--private", action="store_true", help="do not share with the group")
    annotating.add_argument("--reply-to", metavar="NOTE_ID")
    grouping = commands.add_parser("group", parents=[common], help="a study group's shared folder")
    group_commands = grouping.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    creating = group_commands.add_parser("create", parents=[common], help="make DIR a group folder, join it")
    joining = group_commands.add_parser("join", parents=[common], help="join the group in DIR")
    for sub in (creating, joining):
        sub.add_argument("folder", metavar="DIR")
        sub.add_argument("--member", required=True, metavar="NAME", help="your name in the group")
    creating.add_argument("--name", required=True, help="the group's name")
    group_commands.add_parser("status", parents=[common], help="the group, its members, notices (JSON)")
    group_commands.add_parser("leave", parents=[common], help="leave the group; your notes stay")
    searching = commands.add_parser("search", parents=[common],
                                    help="search the library (a query in any script), best first")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true", help="print JSON")
    searching.add_argument("--form", choices=[form.value for form in Form], default=Form.ORIGINAL.value,
                           help="script form of titles and snippets (default: as written)")
    handout = commands.add_parser("handout", parents=[common],
                                  help="write essays with their notes as a PDF handout")
    from app.ui.print.arguments import add_arguments
    add_arguments(handout)
    importing = commands.add_parser("import", parents=[common],
                                    help="import essay files or folders into your library")
    importing.add_argument("paths", nargs="+", metavar="PATH",
                           help=".txt, .md, .html, .docx or .epub files, or folders of them")
    importing.add_argument("--update", action="store_true",
                           help="a file named like an earlier import replaces that collection's text")
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    options.data_dir = getattr(options, "data_dir", None)
    _configure_output()
    try:
        return _run(options)
    except BrokenPipeError:
        # `python -m app list | head`: the reader went away; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(options: argparse.Namespace) -> int:
    if options.command in ("list", "import"):
        return _library_command(options)
    if options.command == "convert":
        from app.cli import convert_stream
        return convert_stream(options, sys.stdin.buffer.read(), sys.stdout)
    if options.command in ("notes", "annotate", "group"):
        return _notes_command(options) if _data_dir_usable(options) else 2
    if options.command == "search":
        from app.cli import search_library
        return search_library(options, sys.stdout) if _data_dir_usable(options) else 2
    if options.command == "handout":
        from app.ui.print.command import write_handout
        return write_handout(options)
    from app.ui.shell.application import run_gui  # Qt loads only for the window
    return run_gui(options, STARTED)


def _data_dir_usable(options: argparse.Namespace) -> bool:
    """A command that reads or writes the data folder says plainly why it cannot."""
    from app.paths import DataDirError, check_data_dir, data_dir
    writes = {"notes": getattr(options, "notes_command", None) is not None,
              "search": options.data_dir is not None}.get(options.command, True)  # search: its cache
    try:
        check_data_dir(data_dir(options.data_dir), writable=writes)
    except DataDirError as error:
        print(f"{options.command}: {error}", file=sys.stderr)
        return False
    return True


def _library_command(options: argparse.Namespace) -> int:
    if options.command == "import":
        if not _data_dir_usable(options):
            return 2
        from app.cli_import import main_import
        return main_import(options)
    from app.cli import list_essays
    return list_essays(options, sys.stdout)


def _notes_command(options: argparse.Namespace) -> int:
    from app import cli_group
    from app.cli import print_notes
    from app.core.terminal import ControlFreeWriter
    # Note text must never drive the terminal (escape sequences), on either stream.
    sys.stdout = cast(TextIO, ControlFreeWriter(sys.stdout))
    if sys.stderr is not None:
        sys.stderr = cast(TextIO, ControlFreeWriter(sys.stderr))
    if options.command == "group":
        return cli_group.run(cli_group.group_command, options, sys.stdout)
    if options.command == "annotate":
        return cli_group.run(cli_group.annotate, options, sys.stdout)
    actions = {"import": cli_group.import_notes, "delete": cli_group.delete_note}
    if options.notes_command in actions:
        return cli_group.run(actions[options.notes_command], options, sys.stdout)
    if options.format in ("json", "jsonld"):
        return cli_group.run(cli_group.list_notes, options, sys.stdout)
    return print_notes(options, sys.stdout)


def _configure_output() -> None:
    """UTF-8 on every console; a windowed app (no console) logs to the user's log folder."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler())
    if getattr(sys, "frozen", False) or sys.stderr is None:
        from app.paths import log_file
        try:
            handlers.append(logging.handlers.RotatingFileHandler(
                log_file(), maxBytes=1_000_000, backupCount=2, encoding="utf-8"))
        except OSError:
            pass  # no writable log folder: the app still runs
    logging.basicConfig(level=logging.WARNING, handlers=handlers or [logging.NullHandler()],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app starts its word worker through itself
    sys.exit(main())
