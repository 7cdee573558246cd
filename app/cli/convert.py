"""`convert --to SCRIPT`: standard input to standard output in another script (no data folder)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from app.core.script import Script, convert_text, detect_script
from app.core.textio import TextFileError, decode_text


def convert_stream(options: argparse.Namespace, data: bytes, out: TextIO) -> int:
    try:
        text = decode_text(data, "standard input")
    except TextFileError as error:
        print(f"convert: {error}", file=sys.stderr)
        return 1
    source = detect_script(text) if options.source == "auto" else Script(options.source)
    out.write(convert_text(text, source, Script(options.to)))
    return 0
