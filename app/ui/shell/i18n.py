"""The interface language: Simplified Chinese, Traditional Chinese or English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

UI_LANGUAGES = ("zh_CN", "zh_TW", "en")
_TRADITIONAL_TERRITORIES = {QLocale.Country.Taiwan, QLocale.Country.HongKong,
                            QLocale.Country.Macao}


def resolve_language(preference: str, locale: QLocale | None = None) -> str:
    """The UI language for a preference ("system" follows the system locale)."""
    if preference in UI_LANGUAGES:
        return preference
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = (locale.script() == QLocale.Script.TraditionalHanScript
                   or locale.territory() in _TRADITIONAL_TERRITORIES)
    return "zh_TW" if traditional else "zh_CN"


def interface_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow: the system's when it speaks the interface
    language (keeping its region's formats), else the interface language's own."""
    system = system or QLocale.system()
    if resolve_language("system", system) == language:
        return system
    return QLocale("en_US" if language == "en" else language)


class Translations:
    """Installs the app's and Qt's own translators; Qt then sends LanguageChange."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        self._app = app
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to `language`; False when its translation file is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(interface_locale(language))
        if language == "en":
            return True
        ours = QTranslator(self._app)
        if not ours.load(str(self._folder / f"jiangxin_{language}.qm")):
            return False
        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        self._install(ours)
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
