"""Back and Forward: the places a reader jumped from, like a browser's history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.reading import ReadingService
from app.ui.reader.view import ReaderView

Place = tuple[str, int]  # essay id, canonical offset at the top of the pane
LIMIT = 100


class History(QObject):
    """Remembers where the reader was before each jump.

    Opening another essay (from the tree, a search result, a note, a bookmark or a related
    essay) is a jump by itself; a jump inside the same essay is announced with `mark()`
    just before it. Scrolling is not a jump.
    """

    changed = Signal()

    def __init__(self, reading: ReadingService, reader: ReaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reading, self._reader = reading, reader
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._last: Place | None = None  # the place shown, kept up to date while reading
        self._travelling = False
        reader.top_offset_changed.connect(self._moved)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def here(self) -> Place | None:
        view = self._reader.view
        return (view.essay.id, self._reader.top_offset()) if view is not None else None

    def mark(self) -> None:
        """A jump inside or out of this essay is about to happen: remember this place."""
        self._push(self.here())
        self._last = None  # the essay change that may follow is already remembered

    def back(self) -> None:
        self._travel(self._back, self._forward)

    def forward(self) -> None:
        self._travel(self._forward, self._back)

    def _travel(self, source: list[Place], target: list[Place]) -> None:
        if not source:
            return
        here = self.here()
        if here is not None:
            target.append(here)
        essay_id, offset = source.pop()
        self._travelling = True
        try:
            self._reading.open_essay(essay_id)
            self._reader.scroll_to_offset(offset)
        finally:
            self._travelling = False
        self._last = self.here()
        self.changed.emit()

    def _moved(self, offset: int) -> None:
        view = self._reader.view
        if view is None:
            return
        essay_id = view.essay.id
        if self._last is not None and self._last[0] != essay_id and not self._travelling:
            self._push(self._last)
        self._last = (essay_id, offset)

    def _push(self, place: Place | None) -> None:
        if place is None or self._travelling or (self._back and self._back[-1] == place):
            return
        self._back = [*self._back, place][-LIMIT:]
        self._forward.clear()
        self.changed.emit()
