"""What the read-aloud bar tells a reader when nothing can be read aloud, and what to do.

The services gather what Qt's speech engines reported (which engine, whether its plugin
loaded, its error); the advice is chosen here, the same on every system. Each case has its
own advice: telling a reader whose speech-dispatcher is installed to install it sends them
the wrong way.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.messages import QT_TRANSLATE_NOOP, Code, Message, say
from app.core.voices import CONTEXT

SPEECH_DISPATCHER = "speechd"  # Qt's name for its speech-dispatcher engine (Linux, BSD)
# Commands are fields, not part of the text: translators leave them alone, and the bar shows
# them as code. "Quit and start again": a plugin or voice installed meanwhile is found only then.
INSTALL_SPEECHD = Code("sudo apt install speech-dispatcher espeak-ng")
INSTALL_VOICES = Code("sudo apt install espeak-ng speech-dispatcher-espeak-ng")
TRY_SPEECHD = Code("spd-say test")
STOP_SPEECHD = Code("pkill -x speech-dispatcher")

HOW_ON_WINDOWS = QT_TRANSLATE_NOOP(
    "ReadAloud", "Add one in Settings → Time & language → Speech → Add voices (Chinese), then quit "
                 "Jiangxin Reader and start it again.")
HOW_ON_MACOS = QT_TRANSLATE_NOOP(
    "ReadAloud", "Add one in System Settings → Accessibility → Spoken Content → System voice → Manage "
                 "Voices (Chinese), then quit Jiangxin Reader and start it again.")
HOW_ON_LINUX = QT_TRANSLATE_NOOP(
    "ReadAloud", "Install speech-dispatcher and espeak-ng (for example: {command}), then quit Jiangxin "
                 "Reader and start it again.")
# speech-dispatcher works but has no module with Chinese voices: espeak-ng's has Mandarin and Cantonese
VOICE_ON_LINUX = QT_TRANSLATE_NOOP(
    "ReadAloud", "Install espeak-ng's voices for speech-dispatcher (for example: {command}), then quit "
                 "Jiangxin Reader and start it again.")
NO_CHINESE_VOICE = QT_TRANSLATE_NOOP("ReadAloud", "No Chinese voice is installed. {how}")
NO_ENGINE = QT_TRANSLATE_NOOP("ReadAloud", "No speech engine was found. {how}")
SPEECHD_NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "ReadAloud", "Read-aloud needs speech-dispatcher, which is not installed. {how}")
SPEECHD_NOT_REACHED = QT_TRANSLATE_NOOP(
    "ReadAloud", "speech-dispatcher is installed but could not be started or reached. Run {command} in a "
                 "terminal to start it and see what goes wrong, then press Try again.")
ENGINE_NOT_STARTED = QT_TRANSLATE_NOOP(
    "ReadAloud", "The speech engine {engine} could not be started ({error}). Press Try again, or check the "
                 "system's speech settings.")
RESTART_SPEECHD = QT_TRANSLATE_NOOP(
    "ReadAloud", "If it happens again, restart speech-dispatcher (in a terminal: {command}; it starts again "
                 "by itself).")
RESTART_APP = QT_TRANSLATE_NOOP("ReadAloud", "If it happens again, restart Jiangxin Reader.")


class EngineFault(NamedTuple):
    """One of the system's speech engines that could not be opened, as Qt reported it."""

    name: str  # Qt's name for it: "speechd", "sapi", "flite" …
    loaded: bool  # its plugin loaded and then failed to start; False: the plugin could not load
    error: str  # the engine's own words ("Connection to speech-dispatcher failed")


def _uses_speech_dispatcher(platform: str) -> bool:
    """Whether `platform` (sys.platform) reads aloud through speech-dispatcher."""
    return not platform.startswith("win") and platform != "darwin"


def how_to_add_voice(platform: str) -> Message:
    """Where a reader on `platform` (sys.platform) whose engine works gets a Chinese voice."""
    if platform.startswith("win"):
        return say(CONTEXT, HOW_ON_WINDOWS)
    if platform == "darwin":
        return say(CONTEXT, HOW_ON_MACOS)
    return say(CONTEXT, VOICE_ON_LINUX, command=INSTALL_VOICES)


def how_to_get_engine(platform: str) -> Message:
    """What a reader on `platform` without any speech engine installs."""
    if _uses_speech_dispatcher(platform):
        return say(CONTEXT, HOW_ON_LINUX, command=INSTALL_SPEECHD)
    return how_to_add_voice(platform)


def no_voice_message(platform: str, *, engine: bool) -> Message:
    """What the bar says when it cannot read Chinese: no Chinese voice in a working `engine`,
    or no engine at all; and how to fix that."""
    if engine:
        return say(CONTEXT, NO_CHINESE_VOICE, how=how_to_add_voice(platform))
    return say(CONTEXT, NO_ENGINE, how=how_to_get_engine(platform))


def no_engine_message(platform: str, faults: list[EngineFault], *,
                      speech_dispatcher_installed: bool) -> Message:
    """Why none of the system's engines could be opened, from what each reported.

    speech-dispatcher's plugin loads only with its library, and then fails to start when its
    daemon cannot be reached: installed (its program is there) and not answering is a
    different case from not installed."""
    speechd = next((fault for fault in faults if fault.name == SPEECH_DISPATCHER), None)
    if speechd is not None:
        if speechd.loaded and speech_dispatcher_installed:
            return say(CONTEXT, SPEECHD_NOT_REACHED, command=TRY_SPEECHD)
        return say(CONTEXT, SPEECHD_NOT_INSTALLED, how=say(CONTEXT, HOW_ON_LINUX, command=INSTALL_SPEECHD))
    started = next((fault for fault in faults if fault.loaded), None)
    if started is not None:
        return say(CONTEXT, ENGINE_NOT_STARTED, engine=Code(started.name), error=started.error)
    return no_voice_message(platform, engine=False)


def restart_advice(platform: str) -> Message:
    """What to do when the engine stops answering again after a retry: a stuck speech-dispatcher
    serves every program until restarted (it starts again at the next connection)."""
    if _uses_speech_dispatcher(platform):
        return say(CONTEXT, RESTART_SPEECHD, command=STOP_SPEECHD)
    return say(CONTEXT, RESTART_APP)
