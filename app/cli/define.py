"""`define WORD`: a word in any script form, from CC-CEDICT, with its readings (no data folder).

`vocabulary export`: My words as CSV for Anki (on the workspace, read-only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from app.core.dictionary import Definition, Dictionary, DictionaryError, Entry, load
from app.core.script import Script, detect_script


def define(options: argparse.Namespace, out: TextIO) -> int:
    """Print each word's entries (or its characters'), in text or JSON; 1 when nothing is known.

    A phrase is split into the longest dictionary words (鍥而不捨，金石可鏤 → 鍥而不捨, 金石, …);
    JSON of one word is that word's object, of several {"text", "words": [...]}."""
    try:
        book = load()
    except DictionaryError as error:
        print(f"define: {error}", file=sys.stderr)
        return 2
    words = book.words_in(options.word)
    if not words:
        print(f"define: no Chinese characters in “{options.word.strip()[:40]}”.", file=sys.stderr)
        return 1
    source = detect_script("".join(words))
    found = [_as_asked(book, word, source) for word in words]
    if options.format == "json":
        shown = definition_json(found[0]) if len(found) == 1 else {
            "text": options.word.strip(), "words": [definition_json(f) for f in found]}
        out.write(json.dumps({**shown, "dictionary": {
            "name": "CC-CEDICT", "date": book.date, "license": "CC BY-SA 4.0"}},
            ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("\n".join(definition_text(f) for f in found))
    return 0 if any(f.found or any(entries for _, entries in f.by_character) for f in found) else 1


def _as_asked(book: Dictionary, word: str, source: Script) -> Definition:
    """Headed, and read, by the dictionary's own spelling in the asked form: 鍥而不舍 (a
    Simplified 舍 among Traditional characters) is 鍥而不捨, read se2 in Cantonese as 捨 is."""
    found = book.lookup(word, source)
    if not found.entries:
        return found
    entry = found.entries[0]
    headword = entry.simplified if source is Script.SIMPLIFIED else entry.traditional
    return found if headword == found.word else book.lookup(headword, source)


def definition_json(found: Definition) -> dict[str, object]:
    return {"word": found.word, "simplified": found.simplified, "traditional": found.traditional,
            "found": found.found, "pinyin": found.pinyin, "zhuyin": found.zhuyin,
            "jyutping": found.jyutping, "entries": [_entry_json(e) for e in found.entries],
            "characters": [{"character": c, "entries": [_entry_json(e) for e in entries]}
                           for c, entries in found.by_character]}


def _entry_json(entry: Entry) -> dict[str, object]:
    return {"traditional": entry.traditional, "simplified": entry.simplified,
            "pinyin": entry.pinyin, "zhuyin": entry.zhuyin, "glosses": list(entry.glosses)}


def definition_text(found: Definition) -> str:
    lines = [f"{found.word}  ({found.other_form()})" if found.other_form() != found.word
             else found.word]
    lines.append(f"  {found.pinyin}   {found.zhuyin}" + (f"   jyutping {found.jyutping}"
                                                      if found.jyutping else ""))
    for entry in found.entries:
        lines += _entry_lines(entry, "  ")
    if not found.found:
        lines.append("  (not in the dictionary; its characters:)")
        for character, entries in found.by_character:
            lines += [f"  {character}"] + [x for e in entries for x in _entry_lines(e, "    ")]
    return "\n".join(lines) + "\n"


def _entry_lines(entry: Entry, indent: str) -> list[str]:
    head = f"{indent}{entry.traditional}|{entry.simplified} [{entry.pinyin}] {entry.zhuyin}"
    return [head] + [f"{indent}  {n}. {gloss}" for n, gloss in enumerate(entry.glosses, 1)]


def export_vocabulary(options: argparse.Namespace, out: TextIO) -> int:
    """My words as CSV (front, back, reading, sentence), to standard output or --output."""
    from app.cli.common import read_workspace  # noqa: PLC0415  (Qt loads from here on)

    workspace = read_workspace(options)
    text = workspace.vocabulary.export_csv()
    if options.output:
        from app.store.atomic import atomic_write_bytes  # noqa: PLC0415

        atomic_write_bytes(Path(options.output), text.encode("utf-8"))
    else:
        out.write(text)
    return 0
