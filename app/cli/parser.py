"""The command line's arguments: every command and its options, in one parser."""

from __future__ import annotations

import argparse

from app import APP_NAME, __version__
from app.core.notes import COLORS, KINDS
from app.core.script import Form, Script
from app.core.whose_notes import WhoseNotes

SCRIPTS = [script.value for script in Script]
PAPERS = ("a4", "letter")
# the commands build_parser adds (a test keeps the two in step)
COMMANDS = frozenset({"annotate", "assign", "assignments", "convert", "define", "group", "handout",
                      "import", "list", "notes", "search", "vocabulary"})


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The options of `python -m app ARGS`. Arguments that name no command and ask no help are
    the window's: they are read by the top parser alone, since building every command's parser
    costs each start of the window some milliseconds; anything else gets the whole parser."""
    if COMMANDS.isdisjoint(argv) and not {"-h", "--help"} & set(argv):
        parser, _common = _top_parser()
        parser.set_defaults(command=None)
        return parser.parse_args(argv)
    return build_parser().parse_args(argv)


def _top_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The window's options, and the options every command shares (`common`)."""
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
    return parser, common


def build_parser() -> argparse.ArgumentParser:
    parser, common = _top_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("list", parents=[common], help="list every essay of the library")
    listing.add_argument("--json", action="store_true", help="print JSON with the canonical text")
    converting = commands.add_parser("convert", parents=[common],
                                     help="convert standard input to standard output")
    converting.add_argument("--to", required=True, choices=SCRIPTS)
    converting.add_argument("--from", dest="source", default="auto", choices=["auto", *SCRIPTS])
    defining = commands.add_parser("define", parents=[common],
                                   help="a word in any script form, from CC-CEDICT, with pinyin, "
                                        "zhuyin and jyutping")
    defining.add_argument("word")
    defining.add_argument("--format", choices=["text", "json"], default="text")
    vocabulary = commands.add_parser("vocabulary", parents=[common], help="My words")
    vocabulary_commands = vocabulary.add_subparsers(dest="vocabulary_command", metavar="ACTION",
                                                    required=True)
    exporting_words = vocabulary_commands.add_parser(
        "export", parents=[common], help="My words as CSV for Anki (front, back, reading, sentence)")
    exporting_words.add_argument("--format", choices=["csv"], default="csv")
    exporting_words.add_argument("-o", "--output", metavar="FILE.csv",
                                 help="write to FILE.csv (default: standard output)")
    _notes_commands(commands, common)
    _group_commands(commands, common)
    _assignment_commands(commands, common)
    searching = commands.add_parser("search", parents=[common],
                                    help="search the library (a query in any script), best first")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true", help="print JSON")
    searching.add_argument("--form", choices=[form.value for form in Form], default=Form.ORIGINAL.value,
                           help="script form of titles and snippets (default: as written)")
    handout = commands.add_parser("handout", parents=[common],
                                  help="write essays with their notes as a PDF handout")
    _handout_arguments(handout)
    importing = commands.add_parser("import", parents=[common],
                                    help="import essay files or folders into your library")
    importing.add_argument("paths", nargs="+", metavar="PATH",
                           help=".txt, .md, .html, .docx or .epub files, or folders of them")
    importing.add_argument("--update", action="store_true",
                           help="a file named like an earlier import replaces that collection's text")
    return parser


def _handout_arguments(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument("--vertical", action="store_true",
                        help="print the essays in vertical columns, right to left (直排); notes follow")
    parser.add_argument("--ruby", choices=("rare", "all"), default=None,
                        help="print readings over rare characters or every character")
    parser.add_argument("--reading", choices=("pinyin", "zhuyin", "jyutping"), default="pinyin",
                        help="how readings are written (default: pinyin)")
    parser.add_argument("--paper", choices=PAPERS, help="paper size (default: from the locale)")



def _notes_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    """`notes` (listing, import, delete) and `annotate`."""
    exporting = commands.add_parser("notes", parents=[common],
                                    help="print every note and bookmark (Markdown, JSON or W3C JSON-LD), "
                                         "or export them for Readwise (CSV) or Obsidian (a folder)")
    exporting.add_argument("--format", choices=["md", "json", "jsonld", "readwise", "obsidian"], default="md")
    exporting.add_argument("-o", "--output", metavar="DIR",
                           help="the folder Obsidian's files go in (one Markdown file per essay)")
    exporting.add_argument("--form", choices=[form.value for form in Form],
                           help="script form of the quotes, and of note and reply text when given "
                                "(default: quotes in the form chosen in the app, notes as written)")
    note_commands = exporting.add_subparsers(dest="notes_command", metavar="ACTION")
    importing_notes = note_commands.add_parser("import", parents=[common],
                                               help="import W3C JSON-LD notes (idempotent)")
    importing_notes.add_argument("file")
    importing_notes.add_argument("--as-mine", action="store_true",
                                 help="import notes by other authors as your own (else they are skipped)")
    note_commands.add_parser("delete", parents=[common], help="delete one of your notes"
                             ).add_argument("note_id")
    _study_note_commands(note_commands, common)
    annotating = commands.add_parser("annotate", parents=[common],
                                     help="highlight the first match of --quote, or reply to a note")
    annotating.add_argument("essay_id", nargs="?")
    annotating.add_argument("--quote", help="the passage, in any script form")
    annotating.add_argument("--note")
    annotating.add_argument("--color", choices=COLORS, default=COLORS[0])
    annotating.add_argument("--tags", help="tags separated by commas or spaces")
    annotating.add_argument("--private", action="store_true", help="do not share with the group")
    annotating.add_argument("--reply-to", metavar="NOTE_ID")
    annotating.add_argument("--kind", choices=KINDS,
                            help="what the note is (default: a comment with --note, else a highlight)")


def _study_note_commands(note_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         common: argparse.ArgumentParser) -> None:
    """`notes vote|answer|resolve`: the group's 赞同 and the asker's marks."""
    voting = note_commands.add_parser("vote", parents=[common], help="give a note 赞同 (+1), once")
    voting.add_argument("note_id")
    voting.add_argument("--withdraw", action="store_true", help="take your 赞同 back")
    answering = note_commands.add_parser("answer", parents=[common],
                                         help="mark a reply as the answer to your question")
    answering.add_argument("note_id")
    answering.add_argument("reply_id", nargs="?", help="the reply (leave out with --clear)")
    answering.add_argument("--clear", action="store_true", help="no reply is the answer any more")
    resolving = note_commands.add_parser("resolve", parents=[common], help="mark your question resolved")
    resolving.add_argument("note_id")
    resolving.add_argument("--reopen", action="store_true", help="open it again")


def _assignment_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         common: argparse.ArgumentParser) -> None:
    """`assign` and `assignments`."""
    assigning = commands.add_parser("assign", parents=[common], help="post a reading to the group")
    assigning.add_argument("essay_ids", nargs="+", metavar="ESSAY_ID")
    assigning.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    assigning.add_argument("--question", action="append", default=[], metavar="TEXT",
                           help="a question for the readers (may be given again)")
    assigning.add_argument("--title", default="", help="what the reading is called")
    listing = commands.add_parser("assignments", parents=[common],
                                  help="the group's assignments, soonest due first, with your progress")
    listing.add_argument("--format", choices=["text", "json"], default="text")


def _group_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    """`group create|join|status|leave|color|trust`."""
    grouping = commands.add_parser("group", parents=[common], help="a study group's shared folder")
    group_commands = grouping.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    creating = group_commands.add_parser("create", parents=[common], help="make DIR a group folder, join it")
    joining = group_commands.add_parser("join", parents=[common], help="join the group in DIR")
    for sub in (creating, joining):
        sub.add_argument("folder", metavar="DIR")
        sub.add_argument("--member", required=True, metavar="NAME", help="your name in the group")
    creating.add_argument("--name", required=True, help="the group's name")
    group_commands.add_parser("status", parents=[common], help="the group, its members, notices (JSON; "
                              "in no group \"group\" is null and the exit status 1)")
    leaving = group_commands.add_parser("leave", parents=[common],
                                        help="leave the group; your notes stay here")
    whose = leaving.add_mutually_exclusive_group(required=True)
    whose.add_argument("--withdraw", action="store_true", help="take your shared notes out of the group")
    whose.add_argument("--keep", action="store_true", help="leave your shared notes for the group")
    group_commands.add_parser("color", parents=[common], help="the colour the group shows you in"
                              ).add_argument("color", metavar="#RRGGBB")
    group_commands.add_parser("trust", parents=[common],
                              help="accept the new device writing as a member (group status names it)"
                              ).add_argument("author_id", metavar="AUTHOR_ID")
    _group_study_commands(group_commands, common)


def _group_study_commands(group_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                          common: argparse.ArgumentParser) -> None:
    """`group share|unshare|digest|progress`."""
    sharing = group_commands.add_parser("share", parents=[common],
                                        help="share one of your imported collections with the group")
    sharing.add_argument("collection_id", metavar="COLLECTION_ID")
    sharing.add_argument("--keep-notes-private", action="store_true",
                         help="your notes follow the text but stay private")
    group_commands.add_parser("unshare", parents=[common], help="take a text you shared out of the group"
                              ).add_argument("collection_id", metavar="COLLECTION_ID")
    digest = group_commands.add_parser("digest", parents=[common],
                                       help="open questions, 不懂 hot spots, answers, top comments, "
                                            "what is new")
    digest.add_argument("essay_ids", nargs="*", metavar="ESSAY_ID",
                        help="the essays (default: every essay with group notes)")
    digest.add_argument("--assignment", metavar="ID", help="the essays of this assignment")
    digest.add_argument("--format", choices=["md", "csv", "json"], default="md")
    digest.add_argument("--form", choices=[form.value for form in Form],
                        help="script form of note text and quotes (default: as written)")
    digest.add_argument("--since", metavar="TIME", help="what counts as new (default: when you last looked)")
    progress = group_commands.add_parser("progress", parents=[common],
                                         help="let the group see how far you read assigned essays "
                                              "(off by default)")
    progress.add_argument("switch", choices=["on", "off"])
