"""A note's signature when the reader gave no name: a person's name from the system, never an
account's such as "root"; from the command line as from the window."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core import notes
from app.core.notes import person_name, unnamed_author

ROOT = Path(__file__).resolve().parents[2]


def _system(monkeypatch: pytest.MonkeyPatch, login: str, gecos: str) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: login)
    monkeypatch.setattr(notes.pwd, "getpwuid", lambda _uid: SimpleNamespace(pw_gecos=gecos))


@pytest.mark.skipif(sys.platform == "win32", reason="no passwd database")
@pytest.mark.parametrize(("login", "gecos", "expected"), [
    ("root", "root", None),
    ("admin", "", None),
    ("Administrator", "", None),
    ("1000", "", None),
    ("root", "Li Wei,,,", "Li Wei"),  # the account's full name is a person's
    ("wangfang", "王芳,Room 3,,", "王芳"),
    ("liwei", "", "liwei"),  # a login name that is a person's is offered
    ("user", "User", None),
])
def test_only_a_persons_name_is_taken_from_the_system(monkeypatch: pytest.MonkeyPatch, login: str,
                                                     gecos: str, expected: str | None) -> None:
    _system(monkeypatch, login, gecos)
    assert person_name() == expected


def test_a_reader_without_a_name_is_me_in_their_language(monkeypatch: pytest.MonkeyPatch) -> None:
    assert unnamed_author("en") == "Me"
    assert unnamed_author("zh_CN") == unnamed_author("zh_TW") == "我"
    monkeypatch.setenv("LC_ALL", "zh_TW.UTF-8")
    assert unnamed_author("system") == "我"


def test_a_note_made_on_the_command_line_is_not_signed_root(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "store.json").write_text(json.dumps({"schema": 1, "prefs": {"language": "zh_CN"}}), "utf-8")
    env = {**os.environ, "LOGNAME": "root", "USER": "root"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60, env=env, check=False)

    listing = json.loads(run("list", "--json").stdout)
    essay = listing[0]["essays"][0]
    made = run("annotate", essay["id"], "--quote", essay["text"][5:12], "--note", "好")
    assert made.returncode == 0, made.stderr
    [note] = json.loads(run("notes", "--format", "json").stdout)["annotations"]
    real = person_name() if os.environ.get("LOGNAME") == "root" else None
    assert note["author"] != "root"
    assert note["author"] in {"我", real}
