"""The advice read-aloud gives when it cannot read: one fitting message for each case."""

from __future__ import annotations

from app.core.speech_advice import EngineFault, no_engine_message, no_voice_message, restart_advice

NOT_LOADED = EngineFault("speechd", False, "Text to speech engine not initialized")
NOT_REACHED = EngineFault("speechd", True, "Connection to speech-dispatcher failed")


def test_speech_dispatcher_not_installed_says_how_to_install_it() -> None:
    for faults, program in (([NOT_LOADED], False), ([NOT_LOADED], True), ([NOT_REACHED], False)):
        text = str(no_engine_message("linux", faults, speech_dispatcher_installed=program))
        assert text.startswith("Read-aloud needs speech-dispatcher, which is not installed.")
        assert "sudo apt install speech-dispatcher espeak-ng" in text


def test_speech_dispatcher_installed_but_not_reached_says_so_and_what_to_try() -> None:
    text = str(no_engine_message("linux", [NOT_REACHED], speech_dispatcher_installed=True))
    assert text.startswith("speech-dispatcher is installed but could not be started or reached.")
    assert "spd-say test" in text and "Play again" in text
    assert "Install" not in text and "apt" not in text


def test_another_engine_that_failed_to_start_is_named_with_its_error() -> None:
    text = str(no_engine_message("win32", [EngineFault("sapi", True, "COM failed")],
                                 speech_dispatcher_installed=False))
    assert "“sapi” could not be started (COM failed)" in text and "speech-dispatcher" not in text


def test_no_engine_at_all_says_what_to_get_on_each_system() -> None:
    linux = str(no_engine_message("linux", [], speech_dispatcher_installed=False))
    assert linux.startswith("No speech engine was found.") and "sudo apt install speech-dispatcher" in linux
    unloaded = [EngineFault("winrt", False, "")]  # a plugin that did not load: as good as none
    windows = str(no_engine_message("win32", unloaded, speech_dispatcher_installed=False))
    assert windows.startswith("No speech engine was found.") and "Settings" in windows


def test_no_chinese_voice_with_a_working_speech_dispatcher_asks_for_voices_not_for_it() -> None:
    text = str(no_voice_message("linux", engine=True))
    assert text.startswith("No Chinese voice is installed.")
    assert "speech-dispatcher-espeak-ng" in text and "apt install speech-dispatcher " not in text
    assert "Spoken Content" in str(no_voice_message("darwin", engine=True))


def test_an_engine_that_stops_answering_is_restarted_where_that_helps() -> None:
    assert "pkill -x speech-dispatcher" in str(restart_advice("linux"))
    assert "pkill -x speech-dispatcher" in str(restart_advice("freebsd14"))
    for platform in ("win32", "darwin"):
        assert "speech-dispatcher" not in str(restart_advice(platform))
        assert "restart Jiangxin Reader" in str(restart_advice(platform))
