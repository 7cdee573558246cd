"""Translations reach every string, including those translated outside a class's tr()."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

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
