"""What the reader shows: an essay converted to a form, with its offset map, cached."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import NamedTuple

from app.core.library import Collection, Essay, Library
from app.core.offsets import OffsetMap
from app.core.script import Form, Script, convert, convert_text


class EssayView(NamedTuple):
    """An essay as displayed: converted title and text, and the canonical⇄display map."""

    essay: Essay
    form: Form
    script: Script
    title: str
    text: str
    offsets: OffsetMap


class ViewCache:
    """Converted essays and titles, so switching back to a form is instant.

    `localize_quotes` writes quotation marks the way the shown script does (「」 for Taiwan
    and Hong Kong, “” for Simplified); a new cache is made when the reader changes that.
    Thread-safe: a background job may fill it while the UI reads from it.
    """

    def __init__(self, library: Library, capacity: int = 128, *, localize_quotes: bool = True) -> None:
        self._library = library
        self.localize_quotes = localize_quotes
        self._capacity = capacity
        self._views: OrderedDict[tuple[str, Form], EssayView] = OrderedDict()
        self._titles: dict[tuple[str, Script, bool], str] = {}
        self._lock = threading.Lock()

    @property
    def library(self) -> Library:
        """The library these views are of (a re-read library gets a cache of its own)."""
        return self._library

    def source_script(self, essay: Essay) -> Script:
        return self._library.collection_of(essay).script

    def localizes(self, form: Form) -> bool:
        """Whether quotation marks are shown the form's way (never in the original)."""
        return self.localize_quotes and form is not Form.ORIGINAL

    def view(self, essay: Essay, form: Form) -> EssayView:
        key = (essay.id, form)
        with self._lock:
            if (cached := self._views.get(key)) is not None:
                self._views.move_to_end(key)
                return cached
        source = self.source_script(essay)
        target = form.target(source)
        body = convert(essay.text, source, target, localize_quotes=self.localizes(form))
        view = EssayView(essay, form, target, self.title(essay.title, source, target, form=form),
                         body.text, body.offsets)
        if self._library.essay(essay.id) != essay:
            return view  # another library's essay (a stale worker's): never cached under its id here
        with self._lock:
            self._views[key] = view
            while len(self._views) > self._capacity:
                self._views.popitem(last=False)
        return view

    def title(self, text: str, source: Script, target: Script, *, form: Form | None = None) -> str:
        """A title or other piece of an essay's text as shown; give `form` for its quotation
        marks (without it they are localized only when the script changes)."""
        quotes = self.localizes(form) if form is not None else self.localize_quotes and source is not target
        key = (text, target, quotes)
        with self._lock:
            if (cached := self._titles.get(key)) is not None:
                return cached
        converted = convert_text(text, source, target, localize_quotes=quotes)
        with self._lock:
            self._titles[key] = converted
        return converted

    def essay_label(self, essay: Essay, form: Form) -> str:
        source = self.source_script(essay)
        return self.title(essay.label, source, form.target(source), form=form)

    def essay_title(self, essay: Essay, form: Form) -> str:
        source = self.source_script(essay)
        return self.title(essay.title, source, form.target(source), form=form)

    def collection_title(self, collection: Collection, form: Form) -> str:
        title = self.title(collection.title, collection.script, form.target(collection.script), form=form)
        return title + self.distinction(collection)

    def distinction(self, collection: Collection) -> str:
        """" · file name" when another collection has the same title (three imports of one
        anthology cannot be told apart otherwise), else nothing: the tree, the print list and
        search results all show it."""
        same = any(other.title == collection.title and other.id != collection.id
                   for other in self._library.collections)
        return f" · {collection.file_name}" if same and collection.file_name else ""
