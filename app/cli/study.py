"""The study group's loop on the command line (issue #23): `group share|unshare|digest|progress`,
`assign`, `assignments` and `notes vote|answer|resolve`, on the same study service as the window.

Messages are in the reader's interface language (the app's preference, else the shell's LANG).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QTranslator

from app.cli.common import CommandError, interface_language, owned_workspace, read_workspace
from app.core.digest_export import digest_csv, digest_json, digest_markdown
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.note_form import in_form
from app.core.notes import Annotation
from app.core.script import Form
from app.core.study import Assignment
from app.paths import resources_dir
from app.services.messages import translated
from app.services.study_errors import StudyError
from app.services.workspace import Workspace

SHARED = QT_TRANSLATE_NOOP("StudyCli", "Shared “{title}” with the group ({count} essays, file {file}).")
UNSHARED = QT_TRANSLATE_NOOP("StudyCli", "“{id}” is no longer shared with the group.")
ASSIGNED = QT_TRANSLATE_NOOP("StudyCli", "Posted assignment {id}, due {due}.")
VOTED = QT_TRANSLATE_NOOP("StudyCli", "You agree with {id} (赞同); it has {count} now.")
ALREADY_VOTED = QT_TRANSLATE_NOOP("StudyCli", "You already agree with {id}; a member agrees once.")
WITHDRAWN = QT_TRANSLATE_NOOP("StudyCli", "Your 赞同 on {id} is withdrawn.")
NO_VOTE = QT_TRANSLATE_NOOP("StudyCli", "You had not agreed with {id}.")
ANSWERED = QT_TRANSLATE_NOOP("StudyCli", "{reply} is marked as the answer to {id}.")
UNANSWERED = QT_TRANSLATE_NOOP("StudyCli", "{id} has no answer marked now.")
RESOLVED = QT_TRANSLATE_NOOP("StudyCli", "{id} is marked resolved.")
REOPENED = QT_TRANSLATE_NOOP("StudyCli", "{id} is open again.")
PROGRESS_ON = QT_TRANSLATE_NOOP("StudyCli", "The group can now see how far you have read assigned essays.")
PROGRESS_OFF = QT_TRANSLATE_NOOP("StudyCli", "Your reading progress is no longer shared with the group.")
NO_NOTE = QT_TRANSLATE_NOOP("StudyCli", "There is no note {id} that you can see.")
NO_ESSAY = QT_TRANSLATE_NOOP("StudyCli", "There is no essay {id} (see `list --json`).")
NO_REPLY_GIVEN = QT_TRANSLATE_NOOP("StudyCli", "Give the reply's id, or --clear.")
NO_SUCH_ASSIGNMENT = QT_TRANSLATE_NOOP("StudyCli", "There is no assignment {id}.")
NO_ASSIGNMENTS = QT_TRANSLATE_NOOP("StudyCli", "No assignments yet.")
DUE_LINE = QT_TRANSLATE_NOOP("StudyCli", "{id}  due {due}  {title}  by {author}  your progress {read}%")
FACILITATOR = QT_TRANSLATE_NOOP("StudyCli", "(facilitator)")
NOT_JOINED = QT_TRANSLATE_NOOP("StudyCli", "This data folder is in no group.")


def _say(text: str, **fields: Any) -> str:
    return translated(Message("StudyCli", text, {k: v if isinstance(v, Message) else str(v)
                                                 for k, v in fields.items()}))


_INSTALLED: list[QTranslator] = []  # a translator works only while it lives


def _speak(workspace: Workspace) -> None:
    """Install the interface language's translations (once per process)."""
    language = interface_language(workspace)
    app = QCoreApplication.instance()
    if language == "en" or app is None or _INSTALLED:
        return
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"jiangxin_{language}.qm")):
        QCoreApplication.installTranslator(translator)
        _INSTALLED.append(translator)


@contextmanager
def _changing(options: argparse.Namespace) -> Iterator[Workspace]:
    """The locked workspace, the group read; a refusal of the group's rules said in plain words."""
    with owned_workspace(options) as workspace:
        _speak(workspace)
        if not workspace.group.joined:
            raise CommandError(_say(NOT_JOINED))
        workspace.read_group_now()
        try:
            yield workspace
        except StudyError as error:
            raise CommandError(translated(error.message)) from None


def _reading(options: argparse.Namespace) -> Workspace:
    workspace = read_workspace(options)
    _speak(workspace)
    if not workspace.group.joined:
        raise CommandError(_say(NOT_JOINED))
    workspace.read_group_now()
    return workspace


# -- shared texts ---------------------------------------------------------------------------------

def share(options: argparse.Namespace, out: TextIO) -> int:
    with _changing(options) as workspace:
        shared = workspace.study.share_collection(options.collection_id,
                                                  with_notes=not options.keep_notes_private)
        said = _say(SHARED, title=shared.title, count=len(shared.essays), file=shared.file)
    out.write(said + "\n")
    return 0


def unshare(options: argparse.Namespace, out: TextIO) -> int:
    with _changing(options) as workspace:
        workspace.study.unshare_collection(options.collection_id)
        said = _say(UNSHARED, id=options.collection_id)
    out.write(said + "\n")
    return 0


# -- assignments ---------------------------------------------------------------------------------

def assign(options: argparse.Namespace, out: TextIO) -> int:
    with _changing(options) as workspace:
        for essay_id in options.essay_ids:
            if workspace.library.essay(essay_id) is None:
                raise CommandError(_say(NO_ESSAY, id=essay_id))
        posted = workspace.study.post_assignment(options.essay_ids, options.due, options.question,
                                                 options.title)
        said = _say(ASSIGNED, id=posted.id, due=posted.due)
    out.write(said + "\n")
    return 0


def list_assignments(options: argparse.Namespace, out: TextIO) -> int:
    """Every assignment, soonest due first, with who posted it and the reader's own progress."""
    workspace = _reading(options)
    study = workspace.study
    names = {m.author_id: m.name for m in workspace.group.members()}
    entries = [_assignment_json(a, workspace, names) for a in study.assignments()]
    if options.format == "json":
        json.dump({"facilitator": study.facilitator, "share_progress": study.share_progress,
                   "assignments": entries}, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if not entries:
        out.write(_say(NO_ASSIGNMENTS) + "\n")
    for entry in entries:
        author = entry["author"] + (" " + _say(FACILITATOR) if entry["by_facilitator"] else "")
        out.write(_say(DUE_LINE, id=entry["id"], due=entry["due"], title=entry["title"], author=author,
                       read=round(entry["my_progress"] * 100)) + "\n")
        out.writelines(f"  {essay}\n" for essay in entry["essays"])
        out.writelines(f"  ? {question}\n" for question in entry["questions"])
    return 0


def _assignment_json(assignment: Assignment, workspace: Workspace, names: dict[str, str]) -> dict[str, Any]:
    study = workspace.study
    return {"id": assignment.id, "title": assignment.title, "due": assignment.due,
            "essays": list(assignment.essays), "questions": list(assignment.questions),
            "author_id": assignment.author_id,
            "author": names.get(assignment.author_id, assignment.author_id),
            "by_facilitator": assignment.author_id == study.facilitator,
            "my_progress": round(study.my_progress(assignment), 3),
            "progress": {essay: study.progress(essay) for essay in assignment.essays}}


# -- 赞同, answers, resolved ---------------------------------------------------------------------

def note_marks(options: argparse.Namespace, out: TextIO) -> int:
    """`notes vote|answer|resolve`."""
    with _changing(options) as workspace:
        note = _note(workspace, options.note_id)
        said = {"vote": _vote, "answer": _answer, "resolve": _resolve}[options.notes_command](
            workspace, note, options)
    out.write(said + "\n")
    return 0


def _note(workspace: Workspace, note_id: str) -> Annotation:
    note = workspace.notes.annotation(note_id)
    if note is None:
        raise CommandError(_say(NO_NOTE, id=note_id))
    return note


def _vote(workspace: Workspace, note: Annotation, options: argparse.Namespace) -> str:
    study = workspace.study
    if options.withdraw:
        return _say(WITHDRAWN if study.withdraw_vote(note) else NO_VOTE, id=note.id)
    if not study.vote(note):
        return _say(ALREADY_VOTED, id=note.id)
    return _say(VOTED, id=note.id, count=study.votes(note))


def _answer(workspace: Workspace, note: Annotation, options: argparse.Namespace) -> str:
    if options.clear:
        workspace.study.mark_answer(note, None)
        return _say(UNANSWERED, id=note.id)
    if not options.reply_id:
        raise CommandError(_say(NO_REPLY_GIVEN))
    reply = _note(workspace, options.reply_id)
    workspace.study.mark_answer(note, reply)
    return _say(ANSWERED, id=note.id, reply=reply.id)


def _resolve(workspace: Workspace, note: Annotation, options: argparse.Namespace) -> str:
    workspace.study.set_resolved(note, not options.reopen)
    return _say(REOPENED if options.reopen else RESOLVED, id=note.id)


def progress_switch(options: argparse.Namespace, out: TextIO) -> int:
    with _changing(options) as workspace:
        workspace.study.share_progress = options.switch == "on"
        said = _say(PROGRESS_ON if options.switch == "on" else PROGRESS_OFF)
    out.write(said + "\n")
    return 0


# -- the digest ----------------------------------------------------------------------------------

def print_digest(options: argparse.Namespace, out: TextIO) -> int:
    """The digest of the essays given (or an assignment's, or every essay with group notes)."""
    workspace = _reading(options)
    study, library = workspace.study, workspace.library
    essays = list(options.essay_ids)
    if options.assignment:
        found = [a for a in study.assignments() if a.id == options.assignment]
        if not found:
            raise CommandError(_say(NO_SUCH_ASSIGNMENT, id=options.assignment))
        essays += found[0].essays
    if not essays:
        essays = [e for e in workspace.notes.annotated_essays() if library.essay(e) is not None]
    texts = {e: essay.text for e in essays if (essay := library.essay(e)) is not None}
    form = Form(options.form) if options.form else Form.ORIGINAL
    digest = study.digest(essays, texts, since=options.since)

    def convert(text: str) -> str:
        return in_form(text, form)

    if options.format == "json":
        json.dump(digest_json(digest, convert), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif options.format == "csv":
        out.write(digest_csv(digest, convert))
    else:
        titles = {e: convert(essay.title) for e in essays if (essay := library.essay(e)) is not None}
        out.write(digest_markdown(digest, titles, interface_language(workspace), convert))
    return 0
