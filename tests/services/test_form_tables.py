"""Only the chosen form's dictionaries are held; another form's are read off the window's
thread when it is first chosen, and the text follows once they are in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core import script
from app.core.library import Library
from app.core.script import DIRECTIONS, Form
from app.core.tables import TableSource
from app.services.persistence import StoreKeeper
from app.services.reading import FORM_TABLES, WARM_UP, ReadingService
from app.store import Store

WAIT_S = 20


@pytest.fixture
def fresh_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables nobody has read yet (the session's are all loaded)."""
    monkeypatch.setattr(script, "TABLES", TableSource())


def reading_on(library: Library, data_dir: Path) -> ReadingService:
    store = Store(data_dir)
    store.load()
    return ReadingService(library, StoreKeeper(store))


def needed(library: Library, form: Form) -> set[tuple[script.Script, script.Script]]:
    return script.directions({c.script for c in library.collections}, form)


def test_the_warm_up_reads_only_the_chosen_forms_dictionaries(
        qtbot: QtBot, fresh_tables: None, library: Library, data_dir: Path) -> None:
    reading = reading_on(library, data_dir)
    reading.set_form(Form.TAIWAN)
    assert reading.tasks.wait(FORM_TABLES, timeout=WAIT_S)
    reading.warm_up_in_background()
    assert reading.tasks.wait(WARM_UP, timeout=WAIT_S)
    wanted = needed(library, Form.TAIWAN)
    assert wanted and all(map(script.loaded, wanted))
    others = set(DIRECTIONS) - wanted - script.towards(script.Script.SIMPLIFIED)
    assert not any(map(script.loaded, others)), sorted(d for d in others if script.loaded(d))


def test_a_form_whose_tables_are_not_read_follows_once_they_are(
        qtbot: QtBot, fresh_tables: None, library: Library, data_dir: Path) -> None:
    reading = reading_on(library, data_dir)
    reading.open_essay(library.essays()[0].id)
    original = reading.current_view()
    assert original is not None
    with qtbot.waitSignal(reading.form_changed, timeout=WAIT_S * 1000) as changed:
        reading.set_form(Form.SIMPLIFIED)
        assert reading.form is Form.ORIGINAL  # the window goes on showing the text meanwhile
    assert changed.args == [Form.SIMPLIFIED.value]
    assert reading.form is Form.SIMPLIFIED and reading.prefs.form is Form.SIMPLIFIED
    assert all(map(script.loaded, needed(library, Form.SIMPLIFIED)))
    shown = reading.current_view()
    assert shown is not None and shown.text != original.text


def test_choosing_back_before_the_tables_are_read_changes_nothing(
        qtbot: QtBot, fresh_tables: None, library: Library, data_dir: Path) -> None:
    reading = reading_on(library, data_dir)
    changes: list[str] = []
    reading.form_changed.connect(changes.append)
    reading.set_form(Form.HONGKONG)
    reading.set_form(Form.ORIGINAL)
    reading.tasks.wait(timeout=WAIT_S)
    qtbot.wait(50)
    assert reading.form is Form.ORIGINAL and changes == []


def test_a_form_with_its_tables_in_memory_is_shown_at_once(
        qtbot: QtBot, library: Library, data_dir: Path) -> None:
    reading = reading_on(library, data_dir)  # the session's tables: every direction read
    reading.set_form(Form.TRADITIONAL)
    assert reading.form is Form.TRADITIONAL

