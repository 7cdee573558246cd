"""The handout dialog on a small screen, and whose notes it offers in and out of a group."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen, QStandardItemModel
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.core.script import Form
from app.core.whose_notes import WhoseNotes
from app.ui.print.dialog import EssayEntry, HandoutDialog

ENTRIES = [EssayEntry("", "合集")] + [EssayEntry(f"c#{n}", f"篇{n}") for n in range(40)]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The window a dialog opens over (held here: pytest-qt holds its widgets weakly)."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


def dialog_on(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, room: QRect, parent: QWidget) -> HandoutDialog:
    """The dialog, shown over `parent`, on a screen whose free area is `room`."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(room))
    dialog = HandoutDialog("Print", ENTRIES, {"c#3"}, form=Form.ORIGINAL, me="", parent=parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("height", [570, 400])  # an 800×600 screen less its panel; a tiny one
def test_the_buttons_stay_on_a_short_screen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, height: int,
                                            parent: QWidget) -> None:
    dialog = dialog_on(qtbot, monkeypatch, QRect(0, 0, 800, height), parent)
    assert dialog.height() <= height - 40  # room left for the window manager's title bar
    assert dialog.width() <= 800
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        button = dialog.buttons.button(which)
        assert button.isVisible()
        place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert dialog.rect().contains(place), (place, dialog.rect())
    # the options scroll instead: all of them can still be reached
    scroll = dialog.findChild(QScrollArea, "HandoutOptions")
    assert scroll is not None and scroll.isAncestorOf(dialog.reading)
    assert not scroll.isAncestorOf(dialog.buttons)


def test_a_large_screen_shows_it_as_before(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           parent: QWidget) -> None:
    dialog = dialog_on(qtbot, monkeypatch, QRect(0, 0, 1920, 1040), parent)
    assert (dialog.width(), dialog.height()) == (520, 620)
    scroll = dialog.findChild(QScrollArea, "HandoutOptions")
    assert scroll is not None and not scroll.verticalScrollBar().isVisible()


def group_choice_enabled(dialog: HandoutDialog) -> bool:
    model = dialog.whose.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(dialog.whose.findData(WhoseNotes.GROUP.value))
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def test_out_of_a_group_the_notes_are_the_readers_own(qtbot: QtBot) -> None:
    alone = HandoutDialog("Print", ENTRIES, {"c#1"}, form=Form.ORIGINAL, me="me", in_group=False)
    member = HandoutDialog("Print", ENTRIES, {"c#1"}, form=Form.ORIGINAL, me="me", in_group=True)
    qtbot.addWidget(alone)
    qtbot.addWidget(member)
    assert alone.choice().options.whose == WhoseNotes.MINE and not group_choice_enabled(alone)
    assert member.choice().options.whose == WhoseNotes.GROUP and group_choice_enabled(member)


def test_the_window_offers_the_group_notes_only_in_a_group(qtbot: QtBot, open_window, monkeypatch,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    window = open_window()
    seen: list[str] = []

    def answer(dialog: HandoutDialog) -> int:
        seen.append(str(dialog.whose.currentData()))
        return HandoutDialog.DialogCode.Rejected.value

    monkeypatch.setattr(HandoutDialog, "exec", answer)
    window.print_ui.ask_choice("Print")
    window.group_ui.group.create(tmp_path / "shared", "讀書會", "Alice")
    assert window.group_ui.group.joined
    window.print_ui.ask_choice("Print")
    assert seen == [WhoseNotes.MINE.value, WhoseNotes.GROUP.value]
