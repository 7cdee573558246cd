"""Typed access to the user's preferences kept in the store."""

from __future__ import annotations

import math
from typing import Any

from app.core.dialects import Dialect
from app.core.notes import COLORS
from app.core.script import Form
from app.services.persistence import StoreKeeper

DEFAULT_FONT_SIZE = 16
MIN_FONT_SIZE, MAX_FONT_SIZE = 12, 40
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "zh_CN", "zh_TW", "en")
DIALECTS = tuple(d.value for d in Dialect)


class Preferences:
    """Reads tolerate bad values (falling back to defaults); writes schedule a save."""

    def __init__(self, keeper: StoreKeeper) -> None:
        self._section = keeper.sections.claim("prefs", self)  # the one owner of the preferences

    def _get(self, key: str, default: Any) -> Any:
        return self._section.get(key, default)

    def _set(self, key: str, value: Any) -> None:
        self._section.set(key, value)

    @property
    def form(self) -> Form:
        try:
            return Form(self._get("form", Form.ORIGINAL.value))
        except ValueError:
            return Form.ORIGINAL

    @form.setter
    def form(self, form: Form) -> None:
        self._set("form", form.value)

    @property
    def font_size(self) -> int:
        size = self._get("font_size", DEFAULT_FONT_SIZE)
        if not isinstance(size, int) or isinstance(size, bool):
            return DEFAULT_FONT_SIZE
        return min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE)

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._set("font_size", min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE))

    def _choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self._get(key, choices[0])
        return value if value in choices else choices[0]

    @property
    def theme(self) -> str:
        return self._choice("theme", THEMES)

    @theme.setter
    def theme(self, theme: str) -> None:
        self._set("theme", theme if theme in THEMES else THEMES[0])

    @property
    def language(self) -> str:
        return self._choice("language", LANGUAGES)

    @language.setter
    def language(self, language: str) -> None:
        self._set("language", language if language in LANGUAGES else LANGUAGES[0])

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        """A remembered pick among `choices` (the first when unset or unknown)."""
        return self._choice(key, choices)

    def set_choice(self, key: str, value: str, choices: tuple[str, ...]) -> None:
        self._set(key, value if value in choices else choices[0])

    def window_state(self, key: str) -> str:
        value = self._get(key, "")
        return value if isinstance(value, str) else ""

    def set_window_state(self, key: str, value: str) -> None:
        self._set(key, value)

    @property
    def last_essay(self) -> str | None:
        value = self._get("last_essay", None)
        return value if isinstance(value, str) else None

    @last_essay.setter
    def last_essay(self, essay_id: str) -> None:
        self._set("last_essay", essay_id)

    @property
    def snap_words(self) -> bool:
        """Highlights widen to whole words (on unless the reader turned it off)."""
        return self._get("snap_words", True) is not False

    @snap_words.setter
    def snap_words(self, on: bool) -> None:
        self._set("snap_words", bool(on))

    @property
    def localize_quotes(self) -> bool:
        """Quotation marks shown the way the chosen script writes them (on unless turned off)."""
        return self._get("localize_quotes", True) is not False

    @localize_quotes.setter
    def localize_quotes(self, on: bool) -> None:
        self._set("localize_quotes", bool(on))

    @property
    def highlight_color(self) -> str:
        """The colour of the last highlight, used by "Highlight" (Ctrl+Shift+H)."""
        color = self._get("highlight_color", COLORS[0])
        return color if color in COLORS else COLORS[0]

    @highlight_color.setter
    def highlight_color(self, color: str) -> None:
        self._set("highlight_color", color if color in COLORS else COLORS[0])

    @property
    def show_samples(self) -> bool:
        """The essays shipped with the app are listed (until the reader hides them)."""
        return self._get("show_samples", True) is not False

    @show_samples.setter
    def show_samples(self, on: bool) -> None:
        self._set("show_samples", bool(on))

    def flag(self, key: str, default: bool) -> bool:
        """A remembered on/off switch of the window (a pane shown, a panel's scope)."""
        value = self._get(key, default)
        return value if isinstance(value, bool) else default

    def set_flag(self, key: str, on: bool) -> None:
        self._set(key, bool(on))

    @property
    def last_folder(self) -> str:
        """The folder of the last file chosen in a file dialog ("" before the first)."""
        value = self._get("last_folder", "")
        return value if isinstance(value, str) else ""

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._set("last_folder", folder)

    @property
    def speech_dialect(self) -> Dialect:
        """Read aloud in Mandarin, Cantonese, or as the script suggests (AUTO)."""
        return Dialect(self._choice("speech_dialect", DIALECTS))

    @speech_dialect.setter
    def speech_dialect(self, dialect: Dialect) -> None:
        self._set("speech_dialect", Dialect(dialect).value)

    @property
    def speech_rate(self) -> float:
        """Read-aloud speed, -1.0 to 1.0 (0: the voice's own pace)."""
        rate = self._get("speech_rate", 0.0)
        if not isinstance(rate, (int, float)) or isinstance(rate, bool) or math.isnan(rate):
            return 0.0
        return max(-1.0, min(1.0, float(rate)))

    @speech_rate.setter
    def speech_rate(self, rate: float) -> None:
        self._set("speech_rate", round(max(-1.0, min(1.0, rate)), 2))
