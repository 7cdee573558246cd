"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.essay_folder import load_library  # noqa: E402
from app.core.library import Library  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.services.collector import collect_due  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def every_form_loaded() -> None:
    """Every direction's dictionaries read once for the session, so a form switch in a test
    is shown at once (the window reads a form's tables in the background when first chosen;
    tests/services/test_form_tables.py covers that with tables of its own)."""
    from app.core import script

    script.warm_up()


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As in the app (app/services/collector.py): cycles are freed between tests on this
    thread, never by a worker's allocations in the middle of one."""
    thresholds = gc.get_threshold()
    gc.disable()
    yield
    collect_due(thresholds)


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(seeds_dir())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def word_index(library: Library, tmp_path_factory: pytest.TempPathFactory) -> object:
    """jieba loaded once for the session, the seed library segmented and indexed."""
    from app.core.search import LibraryIndex
    from app.core.words import WordModel, analyse_library

    model = WordModel(tmp_path_factory.mktemp("jieba-cache"))
    model.load()
    return LibraryIndex(analyse_library(model, library).values(), model.cut)
