"""Translations reach every string, including those translated outside a class's tr()."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.common.quit_guard import QuitChoice, QuitGuard

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def simplified(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(I18N / "jiangxin_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_quit_dialog_buttons_and_handout_pages_are_translated(simplified: None) -> None:
    assert QCoreApplication.translate("Dialogs", "Quit Without Saving") == "不保存并退出"
    assert QCoreApplication.translate("Handout", "Discussion sheet") == "讨论单"


def test_the_unexpected_error_message_is_translated(simplified: None) -> None:
    message = QCoreApplication.translate(
        "Application", "Something went wrong ({error}); your notes are safe. Details are in the log.")
    assert message.startswith("出了点问题")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_string_is_filed_under_a_variable_name(language: str) -> None:
    """`window.tr(...)` outside a class is filed by lupdate under "window", but looked up at run
    time under the object's class name, so it is never translated."""
    source = (I18N / f"jiangxin_{language}.ts").read_text(encoding="utf-8")
    contexts = re.findall(r"<name>([^<]*)</name>", source)
    assert [name for name in contexts if not name[:1].isupper()] == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_sits_in_the_context_it_is_looked_up_in(language: str) -> None:
    """A string filed under no context is never found at run time: lupdate does that to
    translate() calls it cannot read the context of."""
    source = (I18N / f"jiangxin_{language}.ts").read_text(encoding="utf-8")
    assert "<name></name>" not in source
    assert not re.search(r'type="unfinished"', source)


def test_messages_from_code_without_qt_are_shown_translated(simplified: None) -> None:
    """The core says things in English (command line, log); the window says them translated."""
    from app.core.group import NOT_WHOLE
    from app.core.member_file import DAMAGED, group_message
    from app.services.messages import translated

    message = group_message(NOT_WHOLE, file="members/a/b.json", reason=group_message(DAMAGED))
    assert str(message) == ("members/a/b.json is skipped until it is whole (it is incomplete or damaged); "
                            "it may still be arriving.")
    assert translated(message) == ("members/a/b.json 暂时跳过，直到它完整为止（文件不完整或已损坏）；"
                                   "它可能仍在同步中。")


def test_an_import_error_is_shown_translated(simplified: None) -> None:
    from app.core.importers import ImportFailed, read_document
    from app.services.messages import translated

    with pytest.raises(ImportFailed) as caught:
        read_document("课本.pdf", b"%PDF-1.7")
    assert "cannot be imported" in str(caught.value)
    assert translated(caught.value.message).startswith("课本.pdf：不能导入 .pdf 文件")


def _lrelease() -> str:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    found = str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("Qt's lrelease is not installed")
    return found


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_compiled_translations_are_those_of_the_ts_files(language: str, tmp_path: Path) -> None:
    """A stale .qm once left the dictionary in English in a Chinese interface: the committed .qm
    must be exactly what lrelease makes of the committed .ts, every entry finished."""
    fresh = tmp_path / f"{language}.qm"
    made = subprocess.run([_lrelease(), str(I18N / f"jiangxin_{language}.ts"), "-qm", str(fresh)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert made.returncode == 0, made.stderr
    assert " 0 unfinished" in made.stdout
    assert fresh.read_bytes() == (I18N / f"jiangxin_{language}.qm").read_bytes(), (
        "run pyside6-lrelease on the .ts files and commit the .qm")


class _FailingKeeper:
    """A store that cannot be written (a full disk)."""

    last_error = "No space left on device"

    def flush(self) -> bool:
        return False


class _Refusing:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def unsaved_changes(self, title: str, text: str) -> QuitChoice:
        self.asked.append((title, text))
        return QuitChoice.CANCEL


def test_the_quit_dialog_is_translated(simplified: None) -> None:
    dialogs = _Refusing()
    assert not QuitGuard(_FailingKeeper(), dialogs).may_close()  # type: ignore[arg-type]
    [(title, text)] = dialogs.asked
    assert title == "更改未保存"
    assert text.startswith("无法保存你最近的更改：No space left on device")
    assert "重试" in text
