"""My words: the one owner of the store's "vocabulary" section.

Saved as notes are (the store keeper's debounced atomic save with its backup; the section is
a list saved from live immutable items). Adding and deleting are undo steps on the shared
undo stack, so Edit → Undo brings a deleted word back. Entries the store file holds that
cannot be read are kept as they were and written back, never dropped.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.services.notes import FunctionStep
from app.services.persistence import StoreKeeper

if TYPE_CHECKING:  # the words are read when first needed: their module (checks, CSV) with them
    from app.core.vocabulary import VocabularyItem

log = logging.getLogger(__name__)
SECTION = "vocabulary"


class _Unreadable:
    """A store entry kept as it was (saved back unchanged)."""

    def __init__(self, raw: object) -> None:
        self.raw = raw

    def to_json(self) -> object:
        return self.raw


class VocabularyService(QObject):
    """The member's kept words, in the order they were added; `changed` after every change."""

    changed = Signal()

    def __init__(self, keeper: StoreKeeper, parent: QObject | None = None, *,
                 undo_stack: QUndoStack | None = None, author_id: str = "") -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.author_id = author_id
        key = SECTION  # the store's list as loaded (as the notes service takes its lists), read on first use
        held = keeper.store.data.get(key)
        self._held: list[object] = held if isinstance(held, list) else []
        self._unreadable: list[_Unreadable] = []
        keeper.add_section(SECTION, self._saved, owner=self)

    @cached_property
    def _items(self) -> dict[str, VocabularyItem]:
        """The kept words by id, read from the store's list the first time they are asked for
        (a panel, the dictionary card, a save): the start reads none of them."""
        from app.core.vocabulary import VocabularyItem  # noqa: PLC0415  (see the imports)

        items: dict[str, VocabularyItem] = {}
        for raw in self._held:
            item = VocabularyItem.from_json(raw)
            if item is None or item.id in items:
                self._unreadable.append(_Unreadable(raw))
            else:
                items[item.id] = item
        if self._unreadable:
            log.warning("%d vocabulary entries could not be read; kept as they were",
                        len(self._unreadable))
        return items

    def items(self) -> list[VocabularyItem]:
        return list(self._items.values())

    def get(self, item_id: str) -> VocabularyItem | None:
        return self._items.get(item_id)

    def has(self, essay_id: str, word: str) -> bool:
        return any(i.essay_id == essay_id and i.word == word for i in self._items.values())

    def add(self, item: VocabularyItem) -> bool:
        """Keep `item` (an undo step); False when the list is full."""
        from app.core.vocabulary import MAX_ITEMS  # noqa: PLC0415  (see the imports)

        if len(self._items) >= MAX_ITEMS:
            return False
        self.undo_stack.push(FunctionStep(self.tr("Add to My Words"),
                                   lambda: self._put(item), lambda: self._drop(item.id)))
        return True

    def remove(self, item_id: str) -> None:
        """Delete one item (an undo step; undo puts it back in its place)."""
        item = self._items.get(item_id)
        if item is None:
            return
        order = list(self._items)
        self.undo_stack.push(FunctionStep(self.tr("Delete from My Words"), lambda: self._drop(item_id),
                                   lambda: self._put(item, order)))

    def export_csv(self) -> str:
        from app.core.vocabulary import to_csv  # noqa: PLC0415  (see the imports)

        return to_csv(self._items.values())

    def _put(self, item: VocabularyItem, order: list[str] | None = None) -> None:
        self._items[item.id] = item
        if order is not None:  # back where it was
            self._items = {k: self._items[k] for k in order if k in self._items} | {
                k: v for k, v in self._items.items() if k not in order}
        self._changed()

    def _drop(self, item_id: str) -> None:
        if self._items.pop(item_id, None) is not None:
            self._changed()

    def _changed(self) -> None:
        self.keeper.changed(kept=True)
        self.changed.emit()

    def _saved(self) -> list[object]:
        return [*self._items.values(), *self._unreadable]
