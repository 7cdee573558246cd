"""Headless commands: the same library and conversion code the window uses, no Qt."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from typing import Any, TextIO

from app.core.export import Notes, export_json, export_markdown
from app.core.library import Library
from app.core.notes import Annotation, Bookmark
from app.core.script import Form, Script, convert_text, detect_script
from app.core.search import LibraryIndex, SearchHit, make_snippet
from app.core.textio import TextFileError, decode_text
from app.core.words import WordModel, analyse_library
from app.paths import cache_dir, data_dir, seeds_dir
from app.store import Store
from app.store.user_library import UserLibrary, load_user_library


def whole_library(data_override: str | None, store: Store | None = None) -> Library:
    """Imported collections and (unless hidden) the samples, as the window lists them."""
    folder = data_dir(data_override)
    if store is None:
        store = Store(folder, read_only=True)
        store.load()
    show_samples = store.prefs.get("show_samples", True) is not False
    return load_user_library(UserLibrary(folder, cache_dir(data_override)), seeds_dir(), show_samples)


def list_essays(options: argparse.Namespace, out: TextIO) -> int:
    library = whole_library(options.data_dir)
    for problem in library.problems:
        print(problem, file=sys.stderr)
    if options.json:
        document = [
            {
                "id": c.id,
                "title": c.title,
                "script": c.script.value,
                "essays": [
                    {"id": e.id, "title": e.title, "chars": e.char_count, "text": e.text}
                    for e in c.essays
                ],
            }
            for c in library.collections
        ]
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for collection in library.collections:
        for essay in collection.essays:
            out.write(f"{collection.title}\t{essay.title}\t{essay.char_count}\n")
    return 0


def convert_stream(options: argparse.Namespace, data: bytes, out: TextIO) -> int:
    try:
        text = decode_text(data, "standard input")
    except TextFileError as error:
        print(f"convert: {error}", file=sys.stderr)
        return 1
    source = detect_script(text) if options.source == "auto" else Script(options.source)
    out.write(convert_text(text, source, Script(options.to)))
    return 0


def print_notes(options: argparse.Namespace, out: TextIO) -> int:
    """The same export as the window's "Export Notes…", read without taking the store's lock."""
    store = Store(data_dir(options.data_dir), read_only=True)
    for message in store.load():
        print(message, file=sys.stderr)
    notes = Notes([a for a in map(Annotation.from_json, store.notes("annotations")) if a.deleted is None],
                  [b for b in map(Bookmark.from_json, store.notes("bookmarks")) if b.deleted is None])
    if options.format == "json":
        out.write(export_json(notes))
        return 0
    form = Form(options.form) if options.form else _stored_form(store.prefs.get("form"))
    language = _language(store.prefs.get("language"))
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    out.write(export_markdown(whole_library(options.data_dir, store), notes, form, language, stamp))
    return 0


def _stored_form(value: object) -> Form:
    return Form(value) if value in {f.value for f in Form} else Form.ORIGINAL


def _language(preference: object) -> str:
    """The interface language without Qt: the preference, else the LANG of the shell."""
    if preference in ("zh_CN", "zh_TW", "en"):
        return str(preference)
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if lang.startswith(("zh_TW", "zh_HK", "zh_MO")) or "Hant" in lang:
        return "zh_TW"
    return "zh_CN" if lang.startswith("zh") else "en"


def search_library(options: argparse.Namespace, out: TextIO) -> int:
    """The window's library search, ranked the same way, as text or JSON; exit 1 on no hit."""
    library = whole_library(options.data_dir)
    model = WordModel(cache_dir(options.data_dir))
    model.load()
    index = LibraryIndex(analyse_library(model, library).values(), model.cut)
    results = [_result(library, index, hit, Form(options.form)) for hit in index.search(options.query)]
    if options.json:
        json.dump(results, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for r in results:
            s = r["snippet"]
            out.write(f"{r['id']}\t{r['title']}\t{s['before']}【{s['match']}】{s['after']}\n")
    return 0 if results else 1


def _result(library: Library, index: LibraryIndex, hit: SearchHit, form: Form) -> dict[str, Any]:
    essay = library.essay(hit.essay_id)
    assert essay is not None  # the index is built from this library
    source = library.collection_of(essay).script
    target = form.target(source)
    span = hit.spans[0] if hit.spans else min(s for t in hit.terms for s in index.find(essay.id, t)[:1])
    snippet = make_snippet(essay.text, source, target, span)
    return {"id": essay.id, "title": convert_text(essay.title, source, target),
            "score": round(hit.score, 3), "matches": len(hit.spans), "offset": span[0],
            "snippet": {"before": snippet.before, "match": snippet.match, "after": snippet.after}}
