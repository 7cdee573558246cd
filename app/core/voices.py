"""Which of the system's voices reads an essay: Mandarin, or Cantonese for Hong Kong text.

Voices are described by their language and territory codes (as QLocale gives them), so the
choice is plain Python and the same on every system.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.dialects import Dialect
from app.core.script import Script

CONTEXT = "ReadAloud"
CANTONESE_TERRITORIES = frozenset({"HK", "MO"})
# Mandarin voices whose territory matches the script read its words the local way.
TERRITORY_OF_SCRIPT = {Script.SIMPLIFIED: ("CN", "SG"), Script.TRADITIONAL: ("TW", "CN"),
                       Script.TAIWAN: ("TW", "CN"), Script.HONGKONG: ("TW", "CN")}


class Voice(NamedTuple):
    """One voice of the speech engine: `key` is the engine's own handle for it."""

    key: int
    name: str
    language: str  # ISO 639 code: zh, cmn, yue …
    territory: str = ""  # ISO 3166 code: CN, TW, HK …

    @property
    def dialect(self) -> Dialect | None:
        """Mandarin or Cantonese, or None for a voice that reads no Chinese."""
        language = self.language.lower()
        if language == "yue" or (language == "zh" and self.territory.upper() in CANTONESE_TERRITORIES):
            return Dialect.CANTONESE
        if language in ("zh", "cmn"):
            return Dialect.MANDARIN
        return None


class VoicePick(NamedTuple):
    """The voice chosen (None: no Chinese voice at all) and whether it is the one wanted."""

    voice: Voice | None
    wanted: Dialect
    substitute: bool = False  # Cantonese was wanted but only Mandarin is installed


def language_from_name(name: str) -> str:
    """A language code from a voice's name, for voices whose language the engine could not
    name (speech-dispatcher reports espeak-ng's "cmn" Mandarin with an unknown locale)."""
    lowered = name.lower()
    if "cantonese" in lowered:
        return "yue"
    if "mandarin" in lowered:
        return "cmn"
    return ""


def wanted_dialect(script: Script, preference: Dialect) -> Dialect:
    """Cantonese for Hong Kong text unless the reader chose otherwise; Mandarin for the rest."""
    if preference is not Dialect.AUTO:
        return preference
    return Dialect.CANTONESE if script is Script.HONGKONG else Dialect.MANDARIN


def choose_voice(voices: list[Voice], script: Script, preference: Dialect = Dialect.AUTO) -> VoicePick:
    """The best voice for text in `script`: the wanted dialect, else Mandarin, else none."""
    wanted = wanted_dialect(script, preference)
    cantonese = [v for v in voices if v.dialect is Dialect.CANTONESE]
    mandarin = [v for v in voices if v.dialect is Dialect.MANDARIN]
    if wanted is Dialect.CANTONESE and cantonese:
        return VoicePick(cantonese[0], wanted)
    if mandarin:
        territories = TERRITORY_OF_SCRIPT[script]
        mandarin.sort(key=lambda v: territories.index(v.territory) if v.territory in territories else 9)
        return VoicePick(mandarin[0], wanted, substitute=wanted is Dialect.CANTONESE)
    if cantonese:  # a reader with only a Cantonese voice still hears the essay
        return VoicePick(cantonese[0], wanted, substitute=True)
    return VoicePick(None, wanted)

