"""The command line with hostile note text and unusable data folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.essay_folder import load_library
from app.core.notes import new_annotation
from app.core.terminal import neutralise_controls
from app.paths import seeds_dir
from tests.core.test_cli import run

HOSTILE = "\x1b]0;pwned\x07\x1b[2J清屏\x9b31m\r假的"


@pytest.mark.parametrize("form", ["md", "json"])
def test_the_notes_command_never_writes_escape_sequences(tmp_path: Path, form: str) -> None:
    essay = load_library(seeds_dir()).collections[1].essays[0]
    note = new_annotation(essay.id, essay.text, 0, 6, color="blue", author=HOSTILE, note=HOSTILE,
                          tags=(HOSTILE,))
    (tmp_path / "store.json").write_text(json.dumps(
        {"schema": 2, "annotations": [note.to_json()], "bookmarks": []}), encoding="utf-8")
    result = run("notes", "--format", form, "--data-dir", str(tmp_path))
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert not any(ch in out for ch in "\x1b\x07\x9b\r")
    assert "清屏" in out
    if form == "json":  # the escapes mean the very same characters: the data stays exact
        assert json.loads(out)["annotations"][0]["note"] == HOSTILE


def test_neutralising_keeps_newlines_and_tabs() -> None:
    assert neutralise_controls("a\n\tb\x1bc") == "a\n\tb\\u001bc"


def test_a_lone_surrogate_is_written_as_its_escape_not_a_traceback() -> None:
    # A store or group file may hold "\udc80"; a UTF-8 terminal cannot take it as it is.
    out = neutralise_controls(json.dumps({"note": "名\udc80字"}, ensure_ascii=False))
    out.encode("utf-8")
    assert json.loads(out) == {"note": "名\udc80字"}


@pytest.mark.parametrize("command", [["notes"], ["notes", "--format", "json"], ["search", "工匠"]])
def test_a_blocked_data_folder_is_named_on_the_command_line(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "file").write_text("in the way")
    result = run(*command, "--data-dir", str(tmp_path / "file" / "data"))
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert "is a file" in err or "in the way" in err
    assert "Traceback" not in err and not result.stdout
