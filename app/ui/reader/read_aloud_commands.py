"""Read-aloud's commands, wired before its controller exists.

The controller, the player and the speech modules under them load at the first read-aloud
command, not with the window: a reader who never listens spares every start their imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.services.preferences import Preferences
from app.services.reading import ReadingService
from app.ui.common.commands import Commands
from app.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from app.services.read_aloud import ReadAloud
    from app.ui.reader.read_aloud import ReadAloudController


class ReadAloudCommands(QObject):
    """Play/Pause, Stop and A–B repeat, handed to the controller, which is made at the first."""

    def __init__(self, parent: QObject, player: Callable[[], ReadAloud], reading: ReadingService,
                 reader: ReaderView, *, place_bar: Callable[[QWidget], None], commands: Commands,
                 prefs: Preferences) -> None:
        """`player`: the workspace's player, itself made when first asked for."""
        super().__init__(parent)
        self._made: ReadAloudController | None = None
        self._parts = (player, reading, reader, place_bar, prefs)
        commands["read_aloud"].triggered.connect(self._play_pause)
        commands["read_aloud_stop"].triggered.connect(self._stop)
        commands["read_aloud_loop"].triggered.connect(self._loop_step)
        # connected here, before the window's own slots (as the controller's were when it was
        # made with the window): a new essay stops the reading before its view is laid out
        reading.essay_changed.connect(self._essay_changed)
        reading.form_changed.connect(self._form_changed)

    @property
    def controller(self) -> ReadAloudController:
        if self._made is None:
            from app.ui.reader.read_aloud import ReadAloudController  # noqa: PLC0415  (on first use)

            player, reading, reader, place_bar, prefs = self._parts
            self._made = ReadAloudController(self, player(), reading, reader, place_bar=place_bar,
                                             prefs=prefs)
        return self._made

    def _play_pause(self) -> None:
        self.controller.play_pause()

    def _stop(self) -> None:
        if self._made is not None:  # nothing read yet: nothing to stop, nothing to load
            self._made.stop()

    def _loop_step(self) -> None:
        self.controller.loop_step()

    def _essay_changed(self, _essay_id: str) -> None:
        if self._made is not None:
            self._made.stop_for_new_essay()

    def _form_changed(self, _form: str) -> None:
        if self._made is not None:
            self._made.follow_form()
