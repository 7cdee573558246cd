"""The tabs under the tabbed side panels: every name readable, no arrows, where there is room;
the longest names shortened first when the panel is a little narrow; on a small screen every
tab still reachable and the current one in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabBar, QToolButton
from pytestqt.qtbot import QtBot

from app.ui.common.docks import in_front
from app.ui.shell.dock_tabs import cap_width
from app.ui.shell.main_window import DOCK_WIDTH, MainWindow

EVERY_PANEL = ["annotations_dock", "bookmarks_dock", "members_dock", "search_dock", "essay_dock",
               "vocabulary_dock", "assignments_dock"]


def panel_tabs(window: MainWindow) -> QTabBar:
    """The bar of the tabbed side panels (the window keeps a spare, empty one too)."""
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.count() > 1
            and bar.isVisible()]
    assert len(bars) == 1
    return bars[0]


def in_sight(bar: QTabBar, index: int) -> bool:
    return bar.rect().contains(bar.tabRect(index))


def arrows_shown(bar: QTabBar) -> bool:
    return any(button.isVisible() for button in bar.findChildren(QToolButton))


def every_panel_open(qtbot: QtBot, window: MainWindow, size: tuple[int, int], language: str) -> QTabBar:
    window.commands[f"language_{language}"].trigger()
    window.resize(*size)
    window.column_keeper.give_back(EVERY_PANEL)  # as a large screen does at start
    qtbot.waitUntil(lambda: all(not window.findChild(QDockWidget, name).isHidden() for name in EVERY_PANEL))
    qtbot.waitUntil(lambda: any(bar.count() == len(EVERY_PANEL) and bar.isVisible()
                                for bar in window.findChildren(QTabBar)))
    return panel_tabs(window)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_with_room_every_tab_name_is_whole_and_in_sight(qtbot: QtBot, window: MainWindow,
                                                        language: str) -> None:
    """At 2560x1440 the panels' tabs scrolled: "Notes" out of sight behind arrows."""
    bar = every_panel_open(qtbot, window, (1800, 1100), language)
    qtbot.waitUntil(lambda: all(in_sight(bar, i) for i in range(bar.count())))
    assert not arrows_shown(bar)
    for i in range(bar.count()):  # whole names: each tab as wide as its name asks
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
    assert window.column_keeper.spare() >= 0  # and the text keeps its whole column
    bar.setCurrentIndex(bar.count() - 1)
    assert all(in_sight(bar, i) for i in range(bar.count()))


def test_tab_names_never_take_width_from_the_text(qtbot: QtBot, window: MainWindow) -> None:
    """A 1400x900 screen: the reading pane has no margins to spare, so the panels keep their
    width (the names are shortened or scroll) and every line of the text keeps its length."""
    bar = every_panel_open(qtbot, window, (1000, 700), "en")
    qtbot.wait(50)
    assert window.column_keeper.spare() < 0 and window.column_keeper.room() > 0
    assert bar.width() <= DOCK_WIDTH
    assert all(bar.tabRect(i).width() > 0 for i in range(bar.count()))


def test_a_panel_a_little_narrow_shortens_the_longest_names_first(qtbot: QtBot, window: MainWindow) -> None:
    bar = every_panel_open(qtbot, window, (1800, 1100), "en")
    qtbot.waitUntil(lambda: not arrows_shown(bar))
    whole = {bar.tabText(i): bar.tabRect(i).width() for i in range(bar.count())}
    [front] = [dock for dock in window.findChildren(QDockWidget) if in_front(dock)]
    window.resizeDocks([front], [bar.width() - 10], Qt.Orientation.Horizontal)  # the reader narrows it
    qtbot.waitUntil(lambda: bar.elideMode() == Qt.TextElideMode.ElideRight)
    qtbot.waitUntil(lambda: all(in_sight(bar, i) for i in range(bar.count())))
    widths = {bar.tabText(i): bar.tabRect(i).width() for i in range(bar.count())}
    assert widths["Notes"] == whole["Notes"] and widths["Essay"] == whole["Essay"]  # short: whole
    assert widths["Assignments"] < whole["Assignments"]  # the longest gives way
    assert bar.tabToolTip(bar.count() - 1) == "Assignments"  # the whole name, on pointing at it


def test_a_panel_widened_only_part_way_is_widened_the_rest_when_the_window_grows(
        qtbot: QtBot, window: MainWindow) -> None:
    """A window opened at a middling size has room for part of the names; maximised, the rest."""
    bar = every_panel_open(qtbot, window, (1250, 800), "en")
    qtbot.wait(50)
    assert arrows_shown(bar) or bar.elideMode() == Qt.TextElideMode.ElideRight  # not whole yet
    window.resize(2400, 1300)
    qtbot.waitUntil(lambda: all(in_sight(bar, i) for i in range(bar.count())) and not arrows_shown(bar))
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)


def test_a_panel_the_reader_narrowed_after_a_part_way_widening_stays_narrow(
        qtbot: QtBot, window: MainWindow) -> None:
    bar = every_panel_open(qtbot, window, (1250, 800), "en")
    qtbot.wait(50)
    assert arrows_shown(bar) or bar.elideMode() == Qt.TextElideMode.ElideRight  # widened part way
    [front] = [dock for dock in window.findChildren(QDockWidget) if in_front(dock)]
    narrowed = front.width() - 20
    window.resizeDocks([front], [narrowed], Qt.Orientation.Horizontal)  # the reader narrows it
    window.resize(1260, 800)  # a little more room: not taken back from the reader
    qtbot.wait(100)
    assert front.width() == narrowed


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_a_small_screen_every_tab_is_reachable_and_the_current_one_in_sight(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    bar = every_panel_open(qtbot, window, (800, 600), language)
    assert bar.usesScrollButtons()  # the arrows reach the ones out of sight
    for i in [*range(bar.count()), 0]:  # the reader picks each panel in turn
        bar.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: in_sight(bar, i))
    window.resize(820, 620)  # and the current one stays in sight as the window changes
    qtbot.waitUntil(lambda: in_sight(bar, bar.currentIndex()))


def test_the_widest_a_tab_may_be() -> None:
    assert cap_width([50, 60, 100], 210) is None  # all fit whole
    assert cap_width([50, 60, 100], 190) == 80  # only the longest is cut
    assert cap_width([50, 60, 100], 150) == 50  # the two longer ones share what is left
    assert cap_width([50, 60, 100], 90) == 30  # everyone alike
