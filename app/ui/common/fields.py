"""Text fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def clear_button_once_typed(field: QLineEdit) -> None:
    """Give `field` its clear button with its first text.

    An empty field shows no clear button anyway, and enabling one makes Qt look its icon up
    in the desktop's icon theme (6 ms, at the first field): not for the window's first frame.
    """
    def enable(text: str) -> None:
        if text:
            field.textChanged.disconnect(enable)
            field.setClearButtonEnabled(True)

    field.textChanged.connect(enable)
