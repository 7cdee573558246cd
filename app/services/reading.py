"""The reading state: which essay is open, in which form, and where the reader is.

Converting every essay to the chosen form ahead of the reader (the warm-up) runs through Tasks
on the library and view cache it was started with: a library swapped in meanwhile (F5, a
group's essays/ arriving) gets a warm-up of its own, so no cache ever holds a view of another library's text.

Only the chosen form's dictionaries are held (the others are some 20 MB the reader may never
use): switching to a form whose tables are not loaded reads them off the window's thread first,
and the text follows the choice once they are in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.core import script
from app.core.library import Essay, Library
from app.core.script import Form
from app.core.view import EssayView, ViewCache
from app.services.persistence import StoreKeeper
from app.services.preferences import Preferences
from app.services.tasks import Task, Tasks

WARM_UP = "warm-up"  # the key of the warm-up's tasks
FORM_TABLES = "form-tables"  # the key of loading a newly chosen form's dictionaries


class ReadingService(QObject):
    """Owns the open essay and the chosen form; the window follows its signals."""

    essay_changed = Signal(str)  # essay id
    form_changed = Signal(str)  # Form value
    form_pending = Signal(str)  # a chosen form's dictionaries are being read ("": no longer)
    library_changed = Signal()

    def __init__(self, library: Library, keeper: StoreKeeper, parent: QObject | None = None, *,
                 prefs: Preferences | None = None, tasks: Tasks | None = None) -> None:
        """`prefs`: the workspace's preferences (the only owner of them); `tasks`: its runner."""
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else Tasks(self)
        self.library = library
        self.keeper = keeper
        self.prefs = prefs or Preferences(keeper)
        self._places = keeper.sections.claim("reading", self)  # where each essay was left
        self.views = ViewCache(library, localize_quotes=self.prefs.localize_quotes)
        self._form = self.prefs.form
        self._pending: Form | None = None  # chosen, its dictionaries still being read
        self._current: Essay | None = None
        self._stopped = False
        # The essay last read, when it is not in the library yet (a group's essays/ is read in
        # the background): opened when it arrives, unless the reader chose another meanwhile.
        last = self.prefs.last_essay
        self._awaited = last if last and library.essay(last) is None else None

    @property
    def form(self) -> Form:
        return self._form

    @property
    def current(self) -> Essay | None:
        return self._current

    def set_form(self, form: Form) -> None:
        """Show `form`: at once when its dictionaries are in memory, else once they are read."""
        self.tasks.cancel(FORM_TABLES)  # the latest choice wins
        if form is self._form:
            self._set_pending(None)
            return
        needed = script.directions(self._sources(), form)
        if all(map(script.loaded, needed)):
            self._show_form(form)
            return
        self._set_pending(form)
        # shown even if reading failed: the view then converts (and reports) on demand
        self.tasks.run(lambda task: script.warm_up(task.cancelled, needed), key=FORM_TABLES,
                       done=lambda _none: self._show_form(form), failed=lambda _error: self._show_form(form))

    def _set_pending(self, form: Form | None) -> None:
        if form is not self._pending:
            self._pending = form
            self.form_pending.emit(form.value if form is not None else "")

    def _show_form(self, form: Form) -> None:
        self._set_pending(None)
        if form is self._form:
            return
        self._form = form
        self.prefs.form = form
        self.form_changed.emit(form.value)
        self._warm_up_again()

    def _sources(self) -> set[script.Script]:
        return {collection.script for collection in self.library.collections}

    def set_localize_quotes(self, on: bool) -> None:
        """Show quotation marks the chosen script's way (「」 or “”), or as written."""
        if on is self.views.localize_quotes:
            return
        self.prefs.localize_quotes = on
        self.views = ViewCache(self.library, localize_quotes=on)
        self._warm_up_again()
        self.form_changed.emit(self._form.value)  # everything shown in the form is redrawn

    def open_essay(self, essay_id: str) -> bool:
        """Open an essay by id; False when the library has no such essay."""
        essay = self.library.essay(essay_id)
        if essay is None:
            return False
        if self._awaited is not None and essay.id != self._first_in_library():
            self._awaited = None  # the reader's own choice (not the stand-in) wins
        if essay is not self._current:
            self._current = essay
            if self._awaited is None:
                self.prefs.last_essay = essay.id
            self.essay_changed.emit(essay.id)
        return True

    def replace_library(self, library: Library) -> None:
        """Swap in a re-read library; the open essay stays open if it still exists."""
        current = self._current.id if self._current else None
        self.library = library
        self.views = ViewCache(library, localize_quotes=self.views.localize_quotes)
        self._warm_up_again()
        self._current = None
        self.library_changed.emit()
        essay_id = current if current and library.essay(current) else self.first_essay_id()
        if self._awaited is not None and library.essay(self._awaited) is not None:
            essay_id = self._awaited
        if essay_id is not None:
            self.open_essay(essay_id)

    def first_essay_id(self) -> str | None:
        """The essay to open at start: the last one read, else the first in the library."""
        last = self.prefs.last_essay
        if last and self.library.essay(last):
            return last
        return self._first_in_library()

    def _first_in_library(self) -> str | None:
        essays = self.library.essays()
        return essays[0].id if essays else None

    def current_view(self) -> EssayView | None:
        return self.views.view(self._current, self._form) if self._current else None

    def position(self, essay_id: str) -> int:
        """Where the reader left this essay, as a canonical offset."""
        place = self._places.get(essay_id, {})
        offset = place.get("offset", 0) if isinstance(place, dict) else 0
        return offset if isinstance(offset, int) else 0

    def remember_position(self, offset: int) -> None:
        if self._current is None or self.position(self._current.id) == offset:
            return
        self._places.set(self._current.id, {
            "offset": offset,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
        })

    def warm_up_in_background(self) -> Task | None:
        """Load dictionaries and convert every essay ahead of the reader (off the UI thread)."""
        if self._stopped:
            return None
        library, views = self.library, self.views  # the pair it fills, whatever is swapped in later
        form = self._form
        return self.tasks.run(lambda task: _warm_up(library, views, form, task.cancelled), key=WARM_UP)

    def _warm_up_again(self) -> None:
        """A new view cache: a warm-up under way goes on in it instead (the older one stops)."""
        if self.tasks.active(WARM_UP):
            self.warm_up_in_background()

    def stop_background(self) -> None:
        """Stop filling caches (the window is closing)."""
        self._stopped = True
        self.tasks.cancel(WARM_UP)


def _warm_up(library: Library, views: ViewCache, form: Form, stopped: Callable[[], bool]) -> None:
    """In the worker: the cache only speeds things up (the UI converts on demand), so a failure
    is logged by Tasks and nothing more."""
    script.warm_up(stopped, script.directions({c.script for c in library.collections}, form))
    for essay in library.essays():
        if stopped():
            return
        views.view(essay, form)
