"""`list`, `search` and `import`: the library as the window shows it, group essays included."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from app.cli.common import CommandError, owned_workspace, read_workspace
from app.core.library import Library
from app.core.script import Form
from app.core.search_results import SearchResult, search_results
from app.services.workspace import Workspace, deliver_results
from app.store.user_library import Outcome


def list_essays(options: argparse.Namespace, out: TextIO) -> int:
    """One line per essay (collection, title, characters), or JSON with the canonical text."""
    library = read_workspace(options).library
    if options.json:
        json.dump(_library_json(library), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for collection in library.collections:
        for essay in collection.essays:
            out.write(f"{collection.title}\t{essay.title}\t{essay.char_count}\n")
    return 0


def _library_json(library: Library) -> list[dict[str, Any]]:
    return [{"id": c.id, "title": c.title, "script": c.script.value,
             "essays": [{"id": e.id, "title": e.title, "chars": e.char_count, "text": e.text}
                        for e in c.essays]}
            for c in library.collections]


def search_library(options: argparse.Namespace, out: TextIO) -> int:
    """The window's library search, ranked and shown the same way, as text or JSON; exit 1 on no hit."""
    workspace = read_workspace(options, caches=True)
    workspace.words.start(workspace.library)  # as it is now, the group's essays read in
    if not workspace.words.wait():
        raise CommandError("the word index could not be built (see the messages above).")
    index = workspace.words.index
    assert index is not None  # wait() said it is ready
    results = search_results(index, workspace.reading.views, options.query, Form(options.form))
    if options.json:
        json.dump([_result_json(r) for r in results], out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for r in results:
            s = r.snippet
            line = f"{s.before}【{s.match}】{s.after}" if s else ""
            out.write(f"{r.essay_id}\t{r.title}\t{line}\n")
    return 0 if results else 1


def _result_json(result: SearchResult) -> dict[str, Any]:
    s = result.snippet
    return {"id": result.essay_id, "title": result.title, "score": round(result.score, 3),
            "matches": result.matches, "offset": result.offset,
            "snippet": {"before": s.before if s else "", "match": s.match if s else "",
                        "after": s.after if s else ""}}


def import_files(options: argparse.Namespace, out: TextIO) -> int:
    """One line per new collection (id, title, essays) on `out`; each failure on standard error.

    Exit 1 when any file failed; the others are imported all the same."""
    with owned_workspace(options) as workspace:
        outcomes = _import(workspace, [Path(p) for p in options.paths], update=options.update)
    failed = False
    for outcome in outcomes:
        collection = outcome.collection
        if outcome.status in ("added", "updated") and collection is not None:
            note = "" if outcome.status == "added" else "\t(updated)"
            out.write(f"{collection.id}\t{collection.title}\t{len(collection.essays)}{note}\n")
        elif outcome.status == "failed":
            failed = True
            print(f"import: {outcome.message}", file=sys.stderr)
        else:
            hint = " (add --update to replace it)" if outcome.status == "skipped" else ""
            print(f"import: {outcome.message}{hint}", file=sys.stderr)
    return 1 if failed else 0


def _import(workspace: Workspace, paths: list[Path], *, update: bool) -> list[Outcome]:
    """The window's import (in the background), waited for; `update`: a file named like an
    earlier import replaces that collection's text, as if the reader agreed for each."""
    library = workspace.library_service
    outcomes: list[Outcome] = []
    library.import_finished.connect(outcomes.extend)
    names = {p.name for p in library.importable(paths)} if update else set()
    library.import_files(paths, update_names=names)
    library.wait()
    deliver_results()
    return outcomes
