"""View → Vertical Text and View → Readings: the reader's choices, remembered in the preferences."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.ruby import MODES, SYSTEMS
from app.services.preferences import Preferences
from app.ui.common.commands import Commands
from app.ui.reader.vertical_view import VerticalReaderView


class WritingController(QObject):
    """Applies the remembered writing direction and readings, and follows the View menu."""

    def __init__(self, reader: VerticalReaderView, commands: Commands, prefs: Preferences,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._commands, self._prefs = reader, commands, prefs
        commands["vertical_text"].setChecked(prefs.flag("vertical", False))
        commands[f"ruby_{prefs.choice('ruby', MODES)}"].setChecked(True)
        commands[f"reading_{prefs.choice('ruby_reading', SYSTEMS)}"].setChecked(True)
        commands["vertical_text"].toggled.connect(self._set_vertical)
        for mode in MODES:
            commands[f"ruby_{mode}"].triggered.connect(lambda _=False, m=mode: self._set_ruby(m, None))
        for system in SYSTEMS:
            commands[f"reading_{system}"].triggered.connect(lambda _=False, s=system: self._set_ruby(None, s))
        self.apply()

    def apply(self) -> None:
        """Show the reader the way the preferences say."""
        self._reader.set_ruby(self._prefs.choice("ruby", MODES), self._prefs.choice("ruby_reading", SYSTEMS))
        self._reader.set_vertical(self._prefs.flag("vertical", False))

    def _set_vertical(self, on: bool) -> None:
        self._prefs.set_flag("vertical", on)
        self._reader.set_vertical(on)

    def _set_ruby(self, mode: str | None, system: str | None) -> None:
        if mode is not None:
            self._prefs.set_choice("ruby", mode, MODES)
        if system is not None:
            self._prefs.set_choice("ruby_reading", system, SYSTEMS)
        self.apply()
