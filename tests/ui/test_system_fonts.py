"""The reader finds each system's own Chinese faces when Noto / Source Han are not installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.core.script import Script
from app.ui.common import fonts

WINDOWS_EN = {"SimSun", "Microsoft YaHei", "PMingLiU", "MingLiU", "MingLiU_HKSCS", "Microsoft JhengHei"}
WINDOWS_ZH = {"宋体", "微软雅黑", "新細明體", "細明體", "細明體_HKSCS", "微軟正黑體"}  # a Chinese Windows
MACOS = {"Songti SC", "Songti TC", "PingFang SC", "PingFang TC", "PingFang HK"}


def first_choice(script: Script, installed: set[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(fonts, "_installed", lambda: frozenset(installed))
    return fonts.reader_font(script, 18).families()[0]


@pytest.mark.parametrize(("installed", "expected"), [
    (WINDOWS_EN, {Script.SIMPLIFIED: "SimSun", Script.TAIWAN: "PMingLiU", Script.HONGKONG: "MingLiU_HKSCS"}),
    (WINDOWS_ZH, {Script.SIMPLIFIED: "宋体", Script.TAIWAN: "新細明體", Script.HONGKONG: "細明體_HKSCS"}),
    (MACOS, {Script.SIMPLIFIED: "Songti SC", Script.TAIWAN: "Songti TC", Script.HONGKONG: "PingFang HK"}),
])
def test_each_system_reads_in_its_own_ming_or_song_face_per_script(
    qapp: QApplication, installed: set[str], expected: dict[Script, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for script, family in expected.items():
        assert first_choice(script, installed, monkeypatch) == family


def test_noto_and_source_han_stay_the_first_choice(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    noto = {"Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK HK"}
    everything = WINDOWS_EN | WINDOWS_ZH | MACOS | noto
    assert first_choice(Script.SIMPLIFIED, everything, monkeypatch) == "Noto Serif CJK SC"
    assert first_choice(Script.TRADITIONAL, everything, monkeypatch) == "Noto Serif CJK TC"
    assert first_choice(Script.HONGKONG, everything, monkeypatch) == "Noto Serif CJK HK"
    for families in fonts.READER_FAMILIES.values():
        assert families[0].startswith("Noto Serif CJK") and families[1].startswith("Source Han Serif")


def test_labels_fall_back_to_a_system_sans_face(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_installed", lambda: frozenset(WINDOWS_ZH))
    assert fonts.ui_font(qapp.font()).families()[1:] == ["微软雅黑", "微軟正黑體"]


def test_a_known_chinese_face_answers_has_cjk_font_without_the_font_database(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(fonts, "_installed", lambda: frozenset({"DejaVu Sans", "Noto Serif CJK TC"}))
    monkeypatch.setattr(QFontDatabase, "families", lambda *_args: pytest.fail("asked the font database"))
    assert fonts.has_cjk_font()
