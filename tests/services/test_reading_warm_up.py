"""The warm-up fills the view cache of the library it started with, never a newer library's."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core import view
from app.core.essay_folder import load_library
from app.core.library import Library
from app.core.script import Form
from app.services.persistence import StoreKeeper
from app.services.reading import WARM_UP, ReadingService
from app.store import Store

WAIT_S = 10


def library_of(folder: Path, word: str) -> Library:
    """One collection whose file name, and so whose ids, every version shares."""
    folder.mkdir()
    (folder / "文集.txt").write_text(f"文集\n\n第一篇\n\n{word * 3}。\n\n第二篇\n\n{word}一。",
                                    encoding="utf-8")
    return load_library(folder)


def test_a_library_swapped_in_while_warming_never_gets_views_of_the_old_text(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = library_of(tmp_path / "old", "甲"), library_of(tmp_path / "new", "乙")  # F5 on an edit
    assert [e.id for e in old.essays()] == [e.id for e in new.essays()]
    store = Store(data_dir)
    store.load()
    reading = ReadingService(old, StoreKeeper(store))
    converting, release = threading.Event(), threading.Event()
    real_convert = view.convert

    def held_convert(*args: Any, **kwargs: Any) -> Any:
        if not converting.is_set():  # the first conversion waits until the library is swapped
            converting.set()
            assert release.wait(WAIT_S)
        return real_convert(*args, **kwargs)

    monkeypatch.setattr(view, "convert", held_convert)
    reading.warm_up_in_background()
    qtbot.waitUntil(converting.is_set, timeout=WAIT_S * 1000)
    reading.replace_library(new)
    release.set()
    assert reading.tasks.wait(WARM_UP, timeout=WAIT_S)
    for essay in new.essays():
        for form in Form:
            shown = reading.views.view(essay, form)
            assert shown.essay is essay and "甲" not in shown.text, (essay.id, form)
