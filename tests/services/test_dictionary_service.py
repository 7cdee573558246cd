"""The dictionary loads off the window's thread on the first lookup, and says when it cannot."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.dictionary import Definition, DictionaryError
from app.core.script import Script
from app.services.dictionary import DictionaryService


def small_dictionary(folder: Path) -> Path:
    path = folder / "cedict.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("#! date=2024-02-03T00:00:00Z\n長大 长大 [zhang3 da4] /to grow up/\n")
    return path


def test_nothing_loads_until_the_first_lookup_which_is_answered_after_loading(
        qtbot: QtBot, tmp_path: Path) -> None:
    service = DictionaryService(path=small_dictionary(tmp_path))
    assert not service.loaded and not service.tasks.active()
    answers: list[Definition] = []
    threads: list[threading.Thread] = []
    with qtbot.waitSignal(service.ready):
        service.lookup("長大", Script.HONGKONG, lambda found: (answers.append(found),
                                                               threads.append(threading.current_thread())))
    qtbot.waitUntil(lambda: bool(answers))
    assert answers[0].entries[0].glosses == ("to grow up",) and answers[0].simplified == "长大"
    assert threads == [threading.main_thread()]  # delivered on the window's thread
    assert service.date == "2024-02-03"


def test_a_dictionary_that_cannot_be_read_is_said_once_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(b"\x1f\x8b garbage")
    service = DictionaryService(path=broken)
    with qtbot.waitSignal(service.failed) as failed:
        service.lookup("長大", None, lambda _found: pytest.fail("no answer without a dictionary"))
    assert "cannot read the dictionary" in failed.args[0]
    assert service.error and not service.loaded
    service.load_in_background()  # not tried again and again
    assert not service.tasks.active()
    with pytest.raises(DictionaryError):
        service.lookup_now("長大")
