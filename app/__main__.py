"""`python -m app`: the window, or a headless command (list, convert)."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402  (the start time is taken before anything else loads)
import logging  # noqa: E402
import logging.handlers  # noqa: E402
import sys  # noqa: E402

from app import APP_NAME, __version__  # noqa: E402
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
                                    help="print every note and bookmark (Markdown or JSON)")
    exporting.add_argument("--format", choices=["md", "json"], default="md")
    exporting.add_argument("--form", choices=[form.value for form in Form],
                           help="script form of the quotes (default: the one chosen in the app)")
    searching = commands.add_parser("search", parents=[common],
                                    help="search the library (a query in any script), best first")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true", help="print JSON")
    searching.add_argument("--form", choices=[form.value for form in Form], default=Form.ORIGINAL.value,
                           help="script form of titles and snippets (default: as written)")
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    options.data_dir = getattr(options, "data_dir", None)
    _configure_output()
    if options.command == "list":
        from app.cli import list_essays
        return list_essays(options, sys.stdout)
    if options.command == "convert":
        from app.cli import convert_stream
        return convert_stream(options, sys.stdin.buffer.read(), sys.stdout)
    if options.command == "notes":
        from app.cli import print_notes
        return print_notes(options, sys.stdout)
    if options.command == "search":
        from app.cli import search_library
        return search_library(options, sys.stdout)
    from app.ui.application import run_gui  # Qt loads only for the window
    return run_gui(options, STARTED)


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
    sys.exit(main())
