"""The menu bar: which declared actions go in which menu, in what order.

This module arranges the actions that `actions.py` declares, and titles the menus (with the
window's strings: they are translated in its context).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar

from app.core.notes import COLORS
from app.core.script import Form
from app.ui.shell.actions import QT_TRANSLATE_NOOP, Actions


class Menus(NamedTuple):
    """The window's menus, so features can add their commands to the right one."""

    file: QMenu
    edit: QMenu
    highlight: QMenu
    view: QMenu
    theme: QMenu
    language: QMenu
    ruby: QMenu
    script: QMenu
    go: QMenu
    help: QMenu


# Menus' titles, in the order of its fields
_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
           QT_TRANSLATE_NOOP("MainWindow", "Highlight in Col&our"), QT_TRANSLATE_NOOP("MainWindow", "&View"),
           QT_TRANSLATE_NOOP("MainWindow", "&Theme"), QT_TRANSLATE_NOOP("MainWindow", "Lan&guage"),
           QT_TRANSLATE_NOOP("MainWindow", "&Readings"), QT_TRANSLATE_NOOP("MainWindow", "&Script"),
           QT_TRANSLATE_NOOP("MainWindow", "&Go"), QT_TRANSLATE_NOOP("MainWindow", "&Help"))


def retitle(menus: Menus) -> None:
    """The menus' titles in the interface's language."""
    for menu, title in zip(menus, _TITLES, strict=True):
        menu.setTitle(QCoreApplication.translate("MainWindow", title))


def build_menus(bar: QMenuBar, a: Actions) -> Menus:
    """Fill `bar` with the window's menus (untitled until `retitle`)."""
    file = _menu(bar, ["import", None, "print", "export_pdf", "export_notes", "export_obsidian",
                       "reload_library", "merge_changes", None,
                       "quit"], a)
    edit = _menu(bar, ["undo", "redo", None, "copy", "paste_essay", None, "bookmark", "highlight",
                       "highlight_note", "ask_question", "mark_confused"], a)
    highlight = _submenu(edit, [f"highlight_{color}" for color in COLORS], a)
    _add(edit, ["snap_words", None, "find", "find_next", "find_previous", "search_library", None,
                "look_up", "add_word", "look_up_on_hover", None, "display_name"], a)
    view = _menu(bar, ["zoom_in", "zoom_out", "zoom_reset", None], a)
    theme = _submenu(view, ["theme_system", "theme_light", "theme_dark"], a)
    language = _submenu(view, ["language_system", "language_zh_CN", "language_zh_TW", "language_en"], a)
    _add(view, [None, "vertical_text"], a)
    ruby = _submenu(view, ["ruby_off", "ruby_rare", "ruby_all", None, "reading_pinyin", "reading_zhuyin",
                           "reading_jyutping"], a)
    _add(view, [None, "read_aloud", "read_aloud_stop", "read_aloud_loop"], a)
    _add(view, [None, "toggle_library", "show_samples", "notes_panel", "bookmarks_panel", "essay_panel",
                "vocabulary_panel", "full_screen"], a)
    script = bar.addMenu("")
    script.addActions([a.form_action(form) for form in Form])
    _add(script, [None, "next_form", "localize_quotes"], a)
    go = _menu(bar, ["back", "forward", None, "previous_essay", "next_essay"], a)
    help_menu = _menu(bar, ["shortcuts", "about"], a)
    if not bar.isNativeMenuBar():  # macOS's (or a desktop's global) menu bar has its own keys
        # F10 opens the first menu, as on Windows and GTK desktops: Qt leaves the key unbound
        QShortcut(QKeySequence("F10"), bar.window(), lambda: bar.setActiveAction(bar.actions()[0]))
    return Menus(file, edit, highlight, view, theme, language, ruby, script, go, help_menu)


def _menu(bar: QMenuBar, names: list[str | None], a: Actions) -> QMenu:
    menu = bar.addMenu("")
    _add(menu, names, a)
    return menu


def _submenu(menu: QMenu, names: list[str | None], a: Actions) -> QMenu:
    submenu = menu.addMenu("")
    _add(submenu, names, a)
    return submenu


def _add(menu: QMenu, names: list[str | None], a: Actions) -> None:
    """Actions by name, None for a separator."""
    for name in names:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(a[name])
