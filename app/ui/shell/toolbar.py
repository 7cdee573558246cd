"""The main toolbar: the script form, previous/next essay, text size, bookmark, highlight, search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton

from app.ui.shell.actions import Actions


def build_toolbar(commands: Actions, form_box: QComboBox, highlight_menu: QMenu) -> tuple[QToolBar, QLabel]:
    """The toolbar and its "Script:" label (named again on a language change)."""
    toolbar = QToolBar()
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    form_label = QLabel()
    form_label.setContentsMargins(6, 0, 6, 0)
    toolbar.addWidget(form_label)
    toolbar.addWidget(form_box)
    toolbar.addSeparator()
    toolbar.addActions([commands["previous_essay"], commands["next_essay"]])
    toolbar.addSeparator()
    toolbar.addActions([commands["zoom_out"], commands["zoom_in"]])
    toolbar.addSeparator()
    toolbar.addAction(commands["bookmark"])
    highlight = QToolButton()
    highlight.setDefaultAction(commands["highlight"])
    highlight.setMenu(highlight_menu)
    highlight.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    toolbar.addWidget(highlight)
    toolbar.addAction(commands["highlight_note"])
    toolbar.addSeparator()
    toolbar.addAction(commands["search_library"])
    return toolbar, form_label
