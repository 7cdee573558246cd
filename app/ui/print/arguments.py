"""The `handout` command's arguments, Qt-free so `python -m app --help` stays fast."""

from __future__ import annotations

import argparse

from app.core.handout import WhoseNotes
from app.core.script import Form

PAPERS = ("a4", "letter")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("essay_ids", nargs="+", metavar="ESSAY_ID",
                        help="essays to print, in order (ids as printed by `list --json`)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--form", choices=[f.value for f in Form],
                        help="script form (default: the one chosen in the app)")
    parser.add_argument("--notes", choices=[w.value for w in WhoseNotes], default=WhoseNotes.GROUP.value,
                        help="whose notes to print: mine, the whole group's, or none (default: group)")
    parser.add_argument("--sheet", action="store_true", help="add a discussion sheet of the notes")
    parser.add_argument("--sheet-tag", default="", metavar="TAG",
                        help="gather the discussion sheet from notes with this tag (implies --sheet)")
    parser.add_argument("--paper", choices=PAPERS, help="paper size (default: from the locale)")
