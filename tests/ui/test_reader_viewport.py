"""The reader's viewport is made in Python (see app.ui.reader.view): it must behave as the
viewport QTextEdit makes for itself, and the text must lay out whatever the order of calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui.reader.view import ReaderView

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def viewport_setup(viewport: QWidget) -> dict[str, object]:
    return {"name": viewport.objectName(), "background": viewport.backgroundRole(),
            "filled": viewport.autoFillBackground(),
            "cursor": viewport.cursor().shape(), "tracking": viewport.hasMouseTracking(),
            "drops": viewport.acceptDrops(),
            "touch": viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)}


def test_the_reader_viewport_is_set_up_as_qtextedit_sets_up_its_own(qtbot: QtBot) -> None:
    plain = QTextEdit()
    plain.setReadOnly(True)
    plain.setTextInteractionFlags(SELECTABLE)
    reader = ReaderView()
    for view in (plain, reader):
        qtbot.addWidget(view)
        view.show()  # Qt finishes a viewport's set-up (touch, gestures) as it is shown
        qtbot.waitExposed(view)
    assert viewport_setup(reader.viewport()) == viewport_setup(plain.viewport())
    assert reader.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor  # selectable text


def test_a_reader_lays_out_and_paints_before_any_essay(qtbot: QtBot) -> None:
    """Resized and shown before its first essay (a window restoring its size does this): the
    empty document lays out for the viewport in place, not the one QTextEdit made and dropped."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.show()
    qtbot.waitExposed(reader)
    QApplication.processEvents()
    reader.resize(500, 400)
    assert reader.grab().width() == 500
    assert reader.document().documentLayout().paintDevice() is reader.viewport()
