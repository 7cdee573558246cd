"""The advice read-aloud gives when it cannot read: one fitting message for each case."""

from __future__ import annotations

from app.core.messages import Code, Message
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
    assert "spd-say test" in text and "press Try again" in text
    assert "Install" not in text and "apt" not in text


def test_another_engine_that_failed_to_start_is_named_with_its_error() -> None:
    text = str(no_engine_message("win32", [EngineFault("sapi", True, "COM failed")],
                                 speech_dispatcher_installed=False))
    assert "sapi could not be started (COM failed)" in text and "speech-dispatcher" not in text


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


PLATFORMS = ("linux", "freebsd14", "win32", "darwin")


def what_to_install() -> list[Message]:
    return [no_voice_message(platform, engine=engine) for platform in PLATFORMS for engine in (False, True)]


def every_advice() -> list[Message]:
    """Each message the bar may show, on each system."""
    faults = [[], [NOT_LOADED], [NOT_REACHED], [EngineFault("sapi", True, "COM failed")]]
    return ([no_engine_message(platform, fault, speech_dispatcher_installed=program)
             for platform in PLATFORMS for fault in faults for program in (False, True)]
            + what_to_install()
            + [restart_advice(platform) for platform in PLATFORMS])


def parts(message: Message) -> tuple[list[str], list[str]]:
    """The texts for translators of `message` and of the messages inside it, and its fields
    shown as code."""
    texts, found = [message.text], []
    for field in message.fields.values():
        if isinstance(field, Message):
            inner_texts, inner_found = parts(field)
            texts += inner_texts
            found += inner_found
        elif isinstance(field, Code):
            found.append(field)
    return texts, found


def test_what_to_install_ends_by_quitting_the_app_and_starting_it_again() -> None:
    """"Open the reader again" could mean the reading view: a new plugin or voice is found only
    by the application started anew."""
    for message in what_to_install():
        assert str(message).endswith("then quit Jiangxin Reader and start it again."), str(message)
    assert not any("open the reader" in str(message) for message in every_advice())


def test_commands_are_code_fields_never_in_curly_quotes() -> None:
    """Chinese fonts draw “ ” full-width around a command; the bar shows code apart instead, and
    translators cannot break a command that is not part of their text."""
    shown = set()
    for message in every_advice():
        assert not any(mark in str(message) for mark in "“”‘’"), str(message)
        texts, found = parts(message)
        shown.update(found)
        assert not any(command in text for command in ("sudo", "spd-say", "pkill") for text in texts)
    assert {"spd-say test", "pkill -x speech-dispatcher", "sudo apt install speech-dispatcher espeak-ng",
            "sudo apt install espeak-ng speech-dispatcher-espeak-ng", "sapi"} <= shown
