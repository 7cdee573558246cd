"""Keys in vertical text, as a vertical reader expects: down a column, then leftwards.

Pure answers about a page, so the pane only applies them: where a key scrolls to, and where
Shift+arrow moves the selection's end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.vertical_page import VerticalPage

K = Qt.Key
NONE, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
SELECTION_KEYS = (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right)


def scroll_for_key(page: VerticalPage, key: Qt.Key, modifiers: Qt.KeyboardModifier,
                   scroll: float) -> float | None:
    """Where `key` scrolls the page to; None when it is not a scrolling key."""
    if key in (K.Key_Home, K.Key_End) and modifiers in (NONE, CTRL):
        return 0.0 if key == K.Key_Home else page.max_scroll
    if modifiers != NONE:
        return None
    steps = {K.Key_Left: page.pitch, K.Key_Down: page.pitch, K.Key_Right: -page.pitch,
             K.Key_Up: -page.pitch, K.Key_PageDown: page.page_step(), K.Key_Space: page.page_step(),
             K.Key_PageUp: -page.page_step()}
    return scroll + steps[key] if key in steps else None


def extended(page: VerticalPage, display: int, key: Qt.Key) -> int:
    """Shift+Down/Up: a character on or back; Shift+Left/Right: a column on or back."""
    if key in (K.Key_Down, K.Key_Up):
        display += 1 if key == K.Key_Down else -1
    else:
        display = page.across_column(display, forward=key == K.Key_Left)
    length = page.body.cells[-1].end if page.body.cells else 0
    return min(max(display, 0), length)
