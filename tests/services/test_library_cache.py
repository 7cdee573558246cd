"""The parsed sample and group folders are cached between starts, and the cache never lies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.core import library as library_module
from app.core.library import Library
from app.services.library import LibraryService
from app.services.persistence import StoreKeeper
from app.services.preferences import Preferences
from app.store import Store
from app.store.user_library import UserLibrary

ESSAYS = "工匠精神\n\n篇1\n\n专注于每一个细节。\n\n篇2\n\n精益求精，追求卓越。"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "工匠.txt").write_text(ESSAYS, encoding="utf-8")
    return folder


def start(seeds: Path, data_dir: Path, *, smoke: bool = False) -> Library:
    """What the window's start-up does with the library: a fresh service, one load."""
    store = Store(data_dir, read_only=smoke)
    store.load()
    user = UserLibrary(data_dir, data_dir / "cache", cache_read_only=smoke)
    return LibraryService(seeds, user, Preferences(StoreKeeper(store)), QUndoStack()).load()


def texts(library: Library) -> list[str]:
    return [essay.text for essay in library.essays()]


def cache_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "cache" / "parsed").glob("*.json"))


def refuse_to_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed although the cache holds the file")

    monkeypatch.setattr(library_module, "build_collection", refuse)


def test_a_second_start_reads_the_samples_from_the_cache(
        qapp: object, seeds: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = start(seeds, data_dir)
    assert texts(first) == ["专注于每一个细节。", "精益求精，追求卓越。"]
    assert len(cache_files(data_dir)) == 1
    refuse_to_parse(monkeypatch)
    second = start(seeds, data_dir)
    assert second.collections == first.collections and not second.problems


def test_an_edited_file_is_parsed_again_not_taken_from_the_stale_cache(
        qapp: object, seeds: Path, data_dir: Path) -> None:
    start(seeds, data_dir)
    (seeds / "工匠.txt").write_text(ESSAYS.replace("细节", "零件"), encoding="utf-8")
    assert texts(start(seeds, data_dir))[0] == "专注于每一个零件。"


def test_a_renamed_file_keeps_its_own_title_and_id(qapp: object, seeds: Path, data_dir: Path) -> None:
    untitled = ESSAYS.partition("\n\n")[2]  # no title line: the file name gives the title
    (seeds / "工匠.txt").write_text(untitled, encoding="utf-8")
    start(seeds, data_dir)
    (seeds / "工匠.txt").rename(seeds / "匠心.txt")
    [collection] = start(seeds, data_dir).collections
    assert (collection.id, collection.title) == ("匠心", "匠心")


@pytest.mark.parametrize("damage", [b"", b"{\"format\": 1, \"ess", b"\xff\xfe not json",
                                    b'{"format": 1, "title": 5, "script": "simplified", '
                                    b'"essays": [[1, "heading", "label", 7]]}',
                                    b"[1, 2, 3]"])
def test_a_damaged_cache_is_ignored_and_written_anew(
        qapp: object, seeds: Path, data_dir: Path, damage: bytes) -> None:
    expected = start(seeds, data_dir)
    [cached] = cache_files(data_dir)
    cached.write_bytes(damage)
    again = start(seeds, data_dir)
    assert again.collections == expected.collections and not again.problems
    assert cached.read_bytes() != damage  # repaired for the next start


def test_a_file_with_damaged_bytes_is_reported_at_every_start(
        qapp: object, seeds: Path, data_dir: Path) -> None:
    (seeds / "工匠.txt").write_bytes(ESSAYS.encode("utf-8").replace("细".encode(), b"\xe7\xbb"))
    for _ in range(2):
        assert any("damaged" in str(problem) for problem in start(seeds, data_dir).problems)


def test_a_smoke_run_reads_the_cache_but_writes_none(
        qapp: object, seeds: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start(seeds, data_dir, smoke=True)
    assert cache_files(data_dir) == []
    start(seeds, data_dir)
    refuse_to_parse(monkeypatch)
    assert texts(start(seeds, data_dir, smoke=True))[0] == "专注于每一个细节。"
