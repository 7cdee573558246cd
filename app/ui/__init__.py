"""Widgets: the main window, essay tree, reader pane and their actions."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (loads PySide's import hook, set right below)


def _no_source_scan() -> None:
    """Spare every later import a read of its source file.

    PySide's import hook reads each newly imported module's source (inspect.getsource) to see
    whether it names PySide6, for its opt-in `__feature__` switches (snake_case, true_property).
    The app uses none of them, so every module may be taken as "uses PySide with no features",
    which is what the scan would decide for ours anyway; it cost some 20 ms of CPU at start-up
    and held every source file in linecache. A PySide without that hook is left as it is.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda _module: True)  # noqa: B010  (a private name)


_no_source_scan()
