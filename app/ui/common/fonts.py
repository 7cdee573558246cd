"""CJK fonts chosen for the displayed script, from what the system has."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

from app.core.script import Script

# Ming/Song (serif) faces read best in long text; sans faces follow as fallbacks. The
# regional variant matters: 骨, 角, 述 are drawn differently in SC, TC and HK glyphs.
# Noto / Source Han first, then each system's own faces: macOS (Songti, PingFang), Windows
# (SimSun, YaHei, MingLiU, JhengHei), other Linux fonts. A Chinese Windows may list its fonts
# under their Chinese names, so those follow the English ones.
_SC = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "宋体",
       "NSimSun", "新宋体", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"]
_TC = ["Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "新細明體", "MingLiU",
       "細明體", "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei",
       "微軟正黑體"]
_HK = ["Noto Serif CJK HK", "Source Han Serif HC", "Noto Sans CJK HK", "Source Han Sans HC",
       "PingFang HK", "MingLiU_HKSCS", "細明體_HKSCS", *_TC]
READER_FAMILIES: dict[Script, list[str]] = {
    Script.SIMPLIFIED: _SC,
    Script.TRADITIONAL: _TC,
    Script.TAIWAN: _TC,
    Script.HONGKONG: _HK,
}
_UI_SANS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei UI", "微软雅黑",
            "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei UI", "微軟正黑體"]


@cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def available(families: list[str]) -> list[str]:
    installed = _installed()
    return [family for family in families if family in installed]


def reader_font(script: Script, point_size: int) -> QFont:
    """The reading face for `script`; Qt falls back through the list per character."""
    font = QFont()
    families = available(READER_FAMILIES[script]) + available(_SC + _TC)
    if families:
        font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSize(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    script_glyphs(font)
    return font


def script_glyphs(font: QFont) -> QFont:
    """Draw each face's own regional glyphs, whatever the system language.

    Text shaping applies the OpenType `locl` feature for the *system* language, so under
    LANG=zh_CN the TC face turns 骨 and its centred punctuation into SC forms (and under
    zh_TW the SC face into TC). The faces are already chosen per script; turn `locl` off.
    """
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def ui_font(base: QFont) -> QFont:
    """The system UI font with CJK sans faces behind it, so labels never show tofu."""
    font = QFont(base)
    extra = available(_UI_SANS)
    if extra:
        font.setFamilies([base.family(), *extra])
    return font


def has_cjk_font() -> bool:
    """Whether any installed face draws Chinese: without one every character is an empty box.

    A face the app already looks for answers at once; asking the font database by writing
    system checks every installed face (some milliseconds at each start)."""
    if available(_SC + _TC + _HK):
        return True
    return any(QFontDatabase.families(system) for system in (
        QFontDatabase.WritingSystem.SimplifiedChinese, QFontDatabase.WritingSystem.TraditionalChinese))


def missing_font_message() -> str:
    return QCoreApplication.translate(
        "Fonts", "No Chinese font is installed, so Chinese text shows as empty boxes. Install one "
        "(for example Noto Sans CJK: the package fonts-noto-cjk on Debian and Ubuntu) and restart.")
