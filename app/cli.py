"""Headless commands: the same library and conversion code the window uses, no Qt."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from app.core.library import load_library
from app.core.script import Script, convert_text, detect_script
from app.core.textio import TextFileError, decode_text
from app.paths import seeds_dir


def list_essays(options: argparse.Namespace, out: TextIO) -> int:
    library = load_library(seeds_dir())
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
