"""`python -m app`: the window, or a headless command (see app/cli)."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402  (the start time is taken before anything else loads)
import gc  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

from app.cli.parser import parse_arguments  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    options = parse_arguments(sys.argv[1:] if argv is None else argv)
    options.data_dir = getattr(options, "data_dir", None)
    _configure_output()
    try:
        return _run(options)
    except BrokenPipeError:
        # `python -m app list | head`: the reader went away; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(options: argparse.Namespace) -> int:
    if options.command is not None:
        from app.cli import run_command

        return run_command(options)
    collector_off_for_the_window()
    from app.ui.shell.application import run_gui  # Qt's widgets load only for the window

    return run_gui(options, STARTED)


def collector_off_for_the_window() -> None:
    """Called before the window's modules load: the cycle collector is off from here on.

    The start makes some 50,000 objects the collector tracks, nearly all living as long as
    the window; collections walking them as they came took 10-15 ms before the first frame.
    The window's own collector (services.collector) runs the collections from its first
    turn, and `build_window` freezes what the start made, so they are not walked again.
    """
    gc.disable()


def _configure_output() -> None:
    """UTF-8 on every console; a windowed app (no console) logs to the user's log folder."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler())
    if getattr(sys, "frozen", False) or sys.stderr is None:
        from app.log_file import LogFile  # only a windowed app logs to a file
        from app.paths import log_file
        try:
            handlers.append(LogFile(log_file()))
        except OSError:
            pass  # no writable log folder: the app still runs
    logging.basicConfig(level=logging.WARNING, handlers=handlers or [logging.NullHandler()],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # only a bundle needs it: spare every other start its import
        import multiprocessing

        multiprocessing.freeze_support()  # the frozen app starts its word worker through itself
    sys.exit(main())
