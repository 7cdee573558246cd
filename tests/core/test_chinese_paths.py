"""A user named 张三 (with a space in the folder name) keeps notes, cache and log like anyone else.

These run on Linux, Windows and macOS in the release workflow: each system encodes paths its own way.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.essay_folder import load_library
from app.core.notes import new_annotation
from app.paths import cache_dir, data_dir, seeds_dir
from app.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
USER = "用户 张三"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          timeout=120, check=False, env={**os.environ, "PYTHONUTF8": "1"})


def test_the_store_saves_and_loads_in_a_chinese_folder(tmp_path: Path) -> None:
    folder = data_dir(str(tmp_path / USER / "匠心阅读"))
    folder.mkdir(parents=True)
    store = Store(folder)
    store.load()
    store.prefs["form"] = "taiwan"
    store.profile["name"] = "张三"
    store.save()
    again = Store(folder)
    assert again.load() == []
    assert again.prefs["form"] == "taiwan" and again.profile["name"] == "张三"
    assert (tmp_path / USER / "匠心阅读" / "store.json").is_file()


def test_the_command_line_reads_notes_and_caches_words_under_a_chinese_data_dir(tmp_path: Path) -> None:
    folder = tmp_path / USER / "数据"
    folder.mkdir(parents=True)
    essay = load_library(seeds_dir()).collections[1].essays[0]
    note = new_annotation(essay.id, essay.text, 0, 6, color="green", author="张三", note="好")
    (folder / "store.json").write_text(json.dumps(
        {"schema": 2, "annotations": [note.to_json()], "bookmarks": []}), encoding="utf-8")

    exported = run("notes", "--format", "json", "--data-dir", str(folder))
    assert exported.returncode == 0, exported.stderr.decode("utf-8", "replace")
    assert json.loads(exported.stdout)["annotations"][0]["author"] == "张三"

    found = run("search", "黨員幹部", "--data-dir", str(folder))
    assert found.returncode == 0, found.stderr.decode("utf-8", "replace")
    assert "党员干部" in found.stdout.decode("utf-8")
    assert cache_dir(str(folder)) == folder / "cache"
    assert (folder / "cache" / "jieba.cache").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the shell for these folders")
def test_the_user_folders_and_the_log_work_under_a_chinese_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / USER
    for variable, sub in (("XDG_DATA_HOME", "share"), ("XDG_CACHE_HOME", "cache"),
                          ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    from app.log_file import LogFile
    from app.paths import log_file

    for folder in (data_dir(), cache_dir(), log_file().parent):
        assert USER in str(folder)
    handler = LogFile(log_file())  # the windowed app's own
    handler.emit(logging.LogRecord("app", logging.WARNING, __file__, 1, "无法打开 %s", ("笔记.json",), None))
    handler.close()
    assert "无法打开 笔记.json" in log_file().read_text(encoding="utf-8")
