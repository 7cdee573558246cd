"""The library service without a window: sources, lookups, removal and update."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.core.library import SAMPLES
from app.paths import seeds_dir
from app.services.library import LibraryService
from app.services.persistence import StoreKeeper
from app.services.preferences import Preferences
from app.store import Store
from app.store.user_library import UserLibrary


@pytest.fixture
def service(qapp: object, data_dir: Path) -> LibraryService:
    store = Store(data_dir)
    store.load()
    keeper = StoreKeeper(store)
    return LibraryService(seeds_dir(), UserLibrary(data_dir, data_dir / "cache"), Preferences(keeper),
                          QUndoStack())


def test_a_source_folder_is_a_read_only_group_with_prefixed_stable_ids(
        service: LibraryService, tmp_path: Path) -> None:
    service.load()
    essays = tmp_path / "group" / "essays"
    essays.mkdir(parents=True)
    (essays / "第一周.txt").write_text("第一周\n\n篇1\n\n读。\n\n篇2\n\n写。", encoding="utf-8")
    changes: list[object] = []
    service.library_changed.connect(changes.append)
    service.add_source("group:g1", "g1-", essays, "读书会")
    assert service.library.essay("g1-第一周#2") is None  # read in the background
    service.wait()
    assert [c.id for c in service.library.collections if c.group == "group:g1"] == ["g1-第一周"]
    assert service.library.essay("g1-第一周#2") is not None
    assert service.group_title("group:g1") == "读书会"
    assert not service.is_user_collection("g1-第一周")  # never copied, never removable
    assert list((tmp_path / "group" / "essays").iterdir()) == [essays / "第一周.txt"]
    service.remove_source("group:g1")
    assert service.library.essay("g1-第一周#2") is None
    assert len(changes) == 2


def test_update_from_a_changed_file_keeps_the_id(qtbot: QtBot, service: LibraryService,
                                                 tmp_path: Path) -> None:
    service.load()
    path = tmp_path / "a.txt"
    path.write_text("甲\n\n第一章\n\n旧的。\n\n第二章\n\n二。", encoding="utf-8")
    with qtbot.waitSignal(service.import_finished, timeout=20_000):
        service.import_files([path])
    other = tmp_path / "renamed.md"
    other.write_text("# 甲\n\n## 第一章\n\n新的。\n", encoding="utf-8")
    with qtbot.waitSignal(service.import_finished, timeout=20_000) as finished:
        service.update_collection("my-a", other)
    [outcome] = finished.args[0]  # type: ignore[index]
    assert outcome.status == "updated"
    assert service.library.essay("my-a#1").text == "新的。"  # type: ignore[union-attr]
    assert service.manifest("my-a").original_name == "renamed.md"  # type: ignore[union-attr]


def test_hiding_samples_leaves_only_the_users_collections(service: LibraryService) -> None:
    service.load()
    assert {c.group for c in service.library.collections} == {SAMPLES}
    service.set_show_samples(False)
    assert service.library.collections == []
    service.set_show_samples(True)
    assert len(service.library.collections) == 2


def test_a_source_removed_while_it_is_read_does_not_come_back(
        service: LibraryService, tmp_path: Path) -> None:
    service.load()
    essays = tmp_path / "essays"
    essays.mkdir()
    (essays / "一.txt").write_text("一\n\n篇\n\n读。", encoding="utf-8")
    service.add_source("group:g1", "g1-", essays, "读书会")
    service.remove_source("group:g1")
    service.wait()
    assert not [c for c in service.library.collections if c.group == "group:g1"]
    service.add_source("group:g1", "g1-", essays, "读书会")
    (essays / "二.txt").write_text("二\n\n篇\n\n写。", encoding="utf-8")
    service.add_source("group:g1", "g1-", essays, "读书会")  # a change: the newer read wins
    service.wait()
    assert [c.id for c in service.library.collections if c.group == "group:g1"] == ["g1-一", "g1-二"]
