"""Text that UTF-8 can hold: lone surrogates (U+D800–U+DFFF) replaced.

A lone surrogate reaches a note through a store or group file holding a JSON escape such as
"\\udc80", or a command-line argument that was not valid UTF-8. Python keeps it in a str, but
UTF-8 cannot encode it and Qt's text layout drops it (which shifts every glyph after it), so
text leaving the app (files, the terminal, printed pages) has it replaced first.
"""

from __future__ import annotations

import re

LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_safe(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD (the character every viewer shows as �)."""
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text
