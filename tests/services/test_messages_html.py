"""Messages shown as rich text: built here, every part escaped, commands as code."""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment

from app.core.messages import QT_TRANSLATE_NOOP, Code, say
from app.services.messages import translated, translated_html

OUTER = QT_TRANSLATE_NOOP("ReadAloud", "Run {command} & see ({error}). {how}")
INNER = QT_TRANSLATE_NOOP("ReadAloud", "Then {command} <again>.")


def test_commands_are_code_and_everything_else_is_escaped(qapp: object) -> None:
    message = say("ReadAloud", OUTER, command=Code("spd-say test"), error="<b>no</b> 'sound'",
                  how=say("ReadAloud", INNER, command=Code("pkill -x a<b")))
    html = translated_html(message)
    assert html == ("Run <code>spd-say test</code> &amp; see (&lt;b&gt;no&lt;/b&gt; &#x27;sound&#x27;). "
                    "Then <code>pkill -x a&lt;b</code> &lt;again&gt;.")
    # shown, it reads as the plain message: no markup of the engine's or a translator's is obeyed
    assert QTextDocumentFragment.fromHtml(html).toPlainText() == translated(message) == str(message)
