"""Each part of store.json has one owner, edited through it; asking never writes (DESIGN §3)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.persistence import StoreKeeper
from app.services.preferences import Preferences
from app.services.sections import SectionTaken
from app.services.workspace import Access, Folders, Workspace
from app.store import Store

APP = Path(__file__).resolve().parents[2] / "app"


def workspace_on(folder: Path) -> Workspace:
    return Workspace(Folders(folder, folder / "cache"), Access(read_group_later=True))


def test_a_section_has_one_owner(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.load()
    keeper = StoreKeeper(store)
    Preferences(keeper)
    with pytest.raises(SectionTaken, match="prefs"):
        Preferences(keeper)  # a second editor of the same preferences is a bug, found at once
    keeper.add_section("annotations", list, owner=keeper)
    with pytest.raises(SectionTaken, match="annotations"):
        keeper.sections.claim("annotations", object())


def test_the_workspace_gives_every_section_to_its_service(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = workspace_on(tmp_path)
    sections = workspace.keeper.sections
    owners = {key: sections.owner(key) for key in
              ("prefs", "reading", "profile", "group", "annotations", "bookmarks")}
    assert owners == {"prefs": "Preferences", "reading": "ReadingService", "profile": "Profile",
                      "group": "GroupService", "annotations": "NotesService", "bookmarks": "NotesService"}
    assert workspace.close()


def test_asking_never_changes_the_document(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "store.json").write_text(json.dumps({"schema": 3, "prefs": {"form": "taiwan"}}),
                                         encoding="utf-8")
    workspace = workspace_on(tmp_path)
    before = copy.deepcopy(workspace.store.data)
    first = workspace.notes.identity
    assert workspace.notes.identity == first and first.id and first.device  # made once, at open
    assert workspace.prefs.form.value == "taiwan" and workspace.prefs.font_size > 0
    assert workspace.reading.position("no-such-essay") == 0
    assert not workspace.group.share_new_notes and workspace.notes.author is None
    assert workspace.store.data == before
    assert not workspace.keeper.unsaved  # opening and asking schedule no save
    workspace.prefs.font_size = 20  # a change does
    assert workspace.keeper.unsaved and workspace.store.data["prefs"]["font_size"] == 20
    assert workspace.close()
    saved = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    assert saved["profile"]["author_id"] == first.id  # the ids made at open went with that save


def test_no_service_or_window_edits_the_store_behind_its_owner() -> None:
    """Only the store itself, the keeper and the section registry touch the document; the notes
    service reads its two lists once, at start."""
    allowed = {APP / "services" / "persistence.py", APP / "services" / "sections.py"}
    reaching = re.compile(r"store\.(data|prefs|reading|profile|notes\()")
    offenders = [f"{path.relative_to(APP)}:{n}" for folder in ("services", "ui", "cli")
                 for path in (APP / folder).rglob("*.py") if path not in allowed
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if reaching.search(line) and "held = keeper.store.data.get(key)" not in line]
    assert offenders == []
