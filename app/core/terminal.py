"""Text from notes, written to a terminal, never drives the terminal.

A note can hold ESC or C1 control characters (U+009B is a one-character CSI): printed as they
are, they could clear the screen, retitle the window or fake output. Every control character
except newline and tab is written as a visible `\\u001b` escape instead, and so is a lone
surrogate (from a damaged file), which the terminal's UTF-8 cannot carry at all. Inside JSON
strings that escape means the same character, so JSON output stays exact.
"""

from __future__ import annotations

import re
from typing import TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def neutralise_controls(text: str) -> str:
    """`text` with each control character (but newline and tab) as a `\\uXXXX` escape."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class ControlFreeWriter:
    """Wraps an output stream so that nothing written through it carries a control character."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(neutralise_controls(text))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
