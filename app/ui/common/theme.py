"""Light and dark themes: the system's by default, or the reader's choice."""

from __future__ import annotations

from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class ReaderColors(NamedTuple):
    """Colours of the reading page, warmer than the window around it."""

    paper: str
    ink: str
    muted: str
    accent: str


LIGHT = ReaderColors(paper="#fbf8f1", ink="#2b2620", muted="#8a8174", accent="#a4442f")
DARK = ReaderColors(paper="#1f1d1a", ink="#ddd6ca", muted="#8f877b", accent="#d98a6c")


# Highlight colours: soft on paper, and see-through on the dark page so text stays legible.
HIGHLIGHTS = {
    "yellow": "#f5dd6b",
    "green": "#b3df9c",
    "blue": "#a6cdf2",
    "pink": "#f4b0c4",
    "purple": "#cfb8ee",
}


DARK_HIGHLIGHT_SHARE = 0.3  # of the highlight colour mixed into the dark page


def highlight_color(name: str, dark: bool) -> QColor:
    """The highlight behind text: as is on paper, a deep shade on the dark page.

    Light ink stays readable on the dark shade (contrast above 4.5:1); the shade is opaque
    so it looks the same over the find marks and the selection.
    """
    color = QColor(HIGHLIGHTS.get(name, HIGHLIGHTS["yellow"]))
    if not dark:
        return color
    paper, share = QColor(DARK.paper), DARK_HIGHLIGHT_SHARE
    return QColor(*(round(mine * share + page * (1 - share)) for mine, page in (
        (color.red(), paper.red()), (color.green(), paper.green()), (color.blue(), paper.blue()))))


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def is_dark(theme: str) -> bool:
    return system_is_dark() if theme == "system" else theme == "dark"


def reader_colors(theme: str) -> ReaderColors:
    return DARK if is_dark(theme) else LIGHT


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with our palette: the same look on Windows, macOS and Linux.

    The dark theme outlines check boxes and radio buttons (see outlined_style); that style
    and its Qt classes load only when the window first turns dark. It stays when the window
    turns light again, where it draws exactly as Fusion does. Which style is in place is
    kept on the application, not asked of `app.style()`: Python's QStyle class alone takes
    25 ms to build.
    """
    dark = is_dark(theme)
    style = app.property(_STYLE)
    if dark and style != "outlined":
        from app.ui.common.outlined_style import ReaderStyle  # noqa: PLC0415

        app.setStyle(ReaderStyle())
        app.setProperty(_STYLE, "outlined")
    elif style is None:
        app.setStyle("Fusion")
        app.setProperty(_STYLE, "fusion")
    palette = _dark_palette() if dark else _light_palette()
    app.setPalette(palette)
    keeper = ThemeKeeper.of(app)
    keeper.keep(palette, app.font())
    # setStyle fills Qt's per-class fonts from the platform theme again (menus, labels, lists
    # in the desktop's face, without our CJK faces): put ours back
    keeper.restore()


def refresh_standard_icons(window: QWidget) -> None:
    """After a change of theme: Qt's own buttons (the toolbar's », the panels' float and close)
    keep the icons they were made with, drawn for the palette of then."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_STYLE) == "outlined":  # Fusion's suit light
        from app.ui.common import outlined_style  # noqa: PLC0415  (see apply_theme)

        outlined_style.refresh_standard_icons(window)


_STYLE = "jiangxinStyle"  # the application's dynamic property naming the style we set
_KEEPER = "_jiangxin_theme_keeper"  # the ThemeKeeper, on the application's Python object


def with_fusion(argv: list[str]) -> list[str]:
    """QApplication's arguments choosing Fusion as it is created (what apply_theme sets):
    `setStyle("Fusion")` later would build Python's QStyle class for its return value."""
    return [*argv[:1], "-style", "Fusion", *argv[1:]]


def note_fusion(app: QApplication) -> None:
    """Tell apply_theme that `app` was created with Fusion (see with_fusion)."""
    app.setProperty(_STYLE, "fusion")


_LIGHT_ROLES = {
    QPalette.ColorRole.Window: "#efebe3",
    QPalette.ColorRole.WindowText: "#2b2620",
    QPalette.ColorRole.Base: "#fbf8f1",
    QPalette.ColorRole.AlternateBase: "#f3eee4",
    QPalette.ColorRole.Text: "#2b2620",
    QPalette.ColorRole.Button: "#e9e4da",
    QPalette.ColorRole.ButtonText: "#2b2620",
    QPalette.ColorRole.Highlight: "#c9b79a",
    QPalette.ColorRole.HighlightedText: "#1a1611",
    QPalette.ColorRole.ToolTipBase: "#fffdf6",
    QPalette.ColorRole.ToolTipText: "#2b2620",
    QPalette.ColorRole.PlaceholderText: "#8a8174",
    QPalette.ColorRole.Link: "#a4442f",
}
_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2a2824",
    QPalette.ColorRole.WindowText: "#ddd6ca",
    QPalette.ColorRole.Base: "#1f1d1a",
    QPalette.ColorRole.AlternateBase: "#26231f",
    QPalette.ColorRole.Text: "#ddd6ca",
    QPalette.ColorRole.Button: "#34312c",
    QPalette.ColorRole.ButtonText: "#ddd6ca",
    QPalette.ColorRole.Highlight: "#6b5a43",
    QPalette.ColorRole.HighlightedText: "#fff8ec",
    QPalette.ColorRole.ToolTipBase: "#34312c",
    QPalette.ColorRole.ToolTipText: "#ddd6ca",
    QPalette.ColorRole.PlaceholderText: "#8f877b",
    QPalette.ColorRole.Link: "#d98a6c",
}


def _light_palette() -> QPalette:
    return _palette(_LIGHT_ROLES, disabled="#a39a8d")


def _dark_palette() -> QPalette:
    return _palette(_DARK_ROLES, disabled="#6d665c")


def _palette(roles: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


# Classes a platform theme gives palettes and fonts of their own (QApplicationPrivate's lists):
# a GTK theme's are light and in its own face, whatever the application chose.
THEMED_CLASSES = ("QToolButton", "QAbstractButton", "QCheckBox", "QRadioButton", "QHeaderView",
                  "QAbstractItemView", "QMessageBoxLabel", "QTabBar", "QLabel", "QGroupBox", "QMenu",
                  "QMenuBar", "QTextEdit", "QLineEdit", "QPushButton", "QStatusBar", "QTipLabel",
                  "QDockWidgetTitle", "QComboMenuItem")
# PySide takes a class name as str at run time, though its stubs say bytes (bytes fail)
_QT: Any = QApplication


class ThemeKeeper(QObject):
    """Puts our palette and font back when something else replaces them.

    Qt refills palettes and fonts from the platform theme when the desktop reports a theme
    change (a GTK or portal settings signal, a new window on some desktops) or when a style is
    set: the window would turn light, in the desktop's larger face, until the next change.
    The check runs once the event loop turns, so Qt's own update (which refills the per-class
    palettes after announcing the new one) finishes first. Signals, not an event filter on
    the application: that would pass every event of the program through Python.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.palette, self.font = QPalette(app.palette()), QFont(app.font())
        self._resolved = QPalette(app.palette())  # ours as Qt completed it: compared in C++
        self._check = QTimer(self, singleShot=True, interval=0)
        self._check.timeout.connect(self.restore)
        app.paletteChanged.connect(self._check.start)
        app.fontChanged.connect(self._check.start)
        app.styleHints().colorSchemeChanged.connect(self._check.start)

    @classmethod
    def of(cls, app: QApplication) -> ThemeKeeper:
        """The application's keeper, made on first use. Kept on the application's Python object:
        `findChild` would wrap every child of the application, its style too, and building
        Python's QStyle class for it costs 7 ms at start."""
        keeper = getattr(app, _KEEPER, None)
        if not isinstance(keeper, cls) or not shiboken6.isValid(keeper):
            keeper = cls(app)
            setattr(app, _KEEPER, keeper)
        return keeper

    def keep(self, palette: QPalette, font: QFont) -> None:
        self.palette, self.font = QPalette(palette), QFont(font)
        self._resolved = QPalette(self.app.palette())

    def restore(self) -> bool:
        """Whether anything had to be put back."""
        restored = False
        if not self._palette_is_ours():
            self.app.setPalette(self.palette)  # also clears the per-class palettes
            self._resolved = QPalette(self.app.palette())
            restored = True
        if not self._font_is_ours():
            self.app.setFont(self.font)  # also clears the per-class fonts
            restored = True
        return restored

    def _palette_is_ours(self) -> bool:
        return all(palette == self._resolved for palette in (
            self.app.palette(), *(_QT.palette(name) for name in THEMED_CLASSES)))

    def _font_is_ours(self) -> bool:
        # QFont's == looks at the first family only: the CJK faces behind it are ours too
        return all(font == self.font and font.families() == self.font.families() for font in (
            self.app.font(), *(_QT.font(name) for name in THEMED_CLASSES)))
