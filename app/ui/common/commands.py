"""What a feature's controller needs of the window's actions: each one by its name."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction


class Commands(Protocol):
    """The window's actions by name (`app.ui.shell.actions.Actions` is one).

    A protocol here, so the feature rooms depend on `common/` and never on the shell that
    assembles them.
    """

    def __getitem__(self, name: str, /) -> QAction: ...
