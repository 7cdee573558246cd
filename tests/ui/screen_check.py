"""Run on a real X server: is what the reader shows after each scroll the text itself?

Started by test_reader_screen.py in a process of its own (the test session's Qt is
offscreen). It reads back the pixels the X server holds for the reader's text area
and compares them with a fresh render of the same place; prints one line per
mismatch and exits 1 if there was any, 2 on a Qt warning.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QPoint, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.essay_folder import load_library
from app.core.library import Essay
from app.core.script import Form
from app.core.view import ViewCache
from app.paths import seeds_dir
from app.ui.reader.highlights import Highlight
from app.ui.reader.view import ReaderView

FORMS = (Form.ORIGINAL, Form.SIMPLIFIED, Form.TAIWAN)
WARNINGS: list[str] = []


def record_warning(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        WARNINGS.append(message)


def settle() -> None:
    """Let every pending paint reach the X server (a grab is a round trip: it comes after)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def on_screen(reader: ReaderView) -> QImage:
    """The text area's pixels as the X server holds them (not a new paint)."""
    viewport = reader.viewport()
    corner = viewport.mapTo(reader.window(), QPoint(0, 0))
    shot = viewport.screen().grabWindow(reader.window().winId(), corner.x(), corner.y(),
                                        viewport.width(), viewport.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def fresh(reader: ReaderView) -> QImage:
    """The same place painted anew."""
    return reader.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def wheel(reader: ReaderView, notches: int) -> None:
    viewport = reader.viewport()
    inside = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(inside, QPointF(viewport.mapToGlobal(inside.toPoint())), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def key(reader: ReaderView, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> Callable[[], None]:
    return lambda: QTest.keyClick(reader, which, modifier)


def steps(reader: ReaderView, essay: Essay) -> list[tuple[str, Callable[[], None]]]:
    """Wheel, page and jump moves, as a reader makes them."""
    middle = len(essay.text) // 2
    moves: list[tuple[str, Callable[[], None]]] = [("wheel up", lambda: wheel(reader, 1))]
    moves += [(f"wheel down {n}", lambda: wheel(reader, -1)) for n in range(6)]
    moves += [("PgDn", key(reader, Qt.Key.Key_PageDown)), ("PgDn", key(reader, Qt.Key.Key_PageDown)),
              ("PgUp", key(reader, Qt.Key.Key_PageUp)),
              ("jump to the middle", lambda: reader.reveal(middle)),
              ("wheel down", lambda: wheel(reader, -1)),
              ("Ctrl+Home", key(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)),
              ("wheel down", lambda: wheel(reader, -1)),
              ("narrower", lambda: reader.resize(reader.width() - 37, reader.height())),
              ("wheel up", lambda: wheel(reader, 1)),
              ("Ctrl+End", key(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)),
              ("wheel up", lambda: wheel(reader, 1))]
    return moves


def highlights(essay: Essay) -> list[Highlight]:
    """Own highlights and another member's notes, spread through the essay."""
    step = max(len(essay.text) // 7, 40)
    marks = [Highlight(f"own{n}", start, start + 30, ("yellow", "pink", "green")[n % 3])
             for n, start in enumerate(range(5, len(essay.text) - 30, step))]
    marks += [Highlight(f"theirs{n}", start, start + 25, "blue", owner_color="#3366cc")
              for n, start in enumerate(range(step // 2, len(essay.text) - 25, step))]
    return marks


def many_highlights(essay: Essay) -> list[Highlight]:
    """A highlight every few characters: more than the reader hands Qt at once."""
    return [Highlight(f"many{n}", start, start + 4, ("yellow", "pink", "green")[n % 3])
            for n, start in enumerate(range(3, len(essay.text) - 4, 9))]


def check(essay: Essay, form: Form, start: int, views: ViewCache,
          marks: Callable[[Essay], list[Highlight]] = highlights) -> list[str]:
    """A reader opened at `start` (as a new window restores the place), then moved about."""
    reader = ReaderView()
    reader.resize(900, 600)
    reader.show()
    QTest.qWaitForWindowExposed(reader)
    reader.show_view(views.view(essay, form), start)
    reader.set_highlights(marks(essay))
    settle()
    wrong = []
    for name, move in steps(reader, essay):
        move()
        settle()
        if on_screen(reader) != fresh(reader):
            wrong.append(f"{essay.title} {form.value} from {start}: {name} "
                         f"(at {reader.verticalScrollBar().value()})")
    reader.close()
    reader.deleteLater()
    return wrong


def main() -> int:
    qInstallMessageHandler(record_warning)
    app = QApplication(sys.argv)
    library = load_library(seeds_dir())
    views = ViewCache(library)
    essays = sorted(library.essays(), key=lambda e: len(e.text), reverse=True)[:3]
    wrong = [line for essay in essays for form in FORMS for start in (60, len(essay.text) // 3)
             for line in check(essay, form, start, views)]
    wrong += check(essays[0], Form.ORIGINAL, 60, views, many_highlights)  # only those in sight drawn
    app.processEvents()
    print("\n".join(wrong + [f"Qt: {w}" for w in WARNINGS]) or "all the same", flush=True)
    return 2 if WARNINGS else int(bool(wrong))


if __name__ == "__main__":
    sys.exit(main())
