"""macOS moves About, Settings and Quit to the application menu by their roles; nothing else moves."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.ui.shell.actions import SPECS
from app.ui.shell.main_window import MainWindow

Role = QAction.MenuRole
APP_MENU = {"about": Role.AboutRole, "display_name": Role.PreferencesRole, "quit": Role.QuitRole}


def test_about_settings_and_quit_carry_their_mac_roles(window: MainWindow) -> None:
    for name, role in APP_MENU.items():
        action = window.commands[name]
        assert action.menuRole() == role
        assert any(action in menu.actions() for menu in window.menuBar().findChildren(QMenu))
    window.commands["about"].trigger()
    assert window.dialogs.shown[-1][0] == "about"


def test_no_other_action_is_moved_by_a_guess_from_its_text(window: MainWindow) -> None:
    others = [spec.name for spec in SPECS if spec.name not in APP_MENU]
    assert others and all(window.commands[name].menuRole() == Role.NoRole for name in others)


def test_settings_takes_the_systems_settings_shortcut(window: MainWindow) -> None:
    wanted = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)  # ⌘, on macOS; none elsewhere
    assert window.commands["display_name"].shortcuts() == wanted
