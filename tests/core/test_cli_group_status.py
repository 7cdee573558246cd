"""`group status`, run as a script runs it: JSON on standard output in a group and out of one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def app(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
                          env={**os.environ, "LANG": "C.UTF-8"})


def status(data: Path) -> tuple[int, dict[str, Any]]:
    result = app(data, "group", "status")
    assert "Traceback" not in result.stderr
    return result.returncode, json.loads(result.stdout)  # JSON whatever the answer


def test_status_says_in_json_when_there_is_no_group_and_exits_1_as_the_group_commands_do(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, document = status(data)
    assert code == 1
    assert document == {"group": None, "me": None, "members": [], "unvouched_devices": {}, "notices": []}
    refused = app(data, "group", "color", "#2f9e44")  # what the other group commands do in no group
    assert refused.returncode == code and "no group" in refused.stderr


def test_status_in_a_group_and_after_leaving_it(tmp_path: Path) -> None:
    data, folder = tmp_path / "data", tmp_path / "shared"
    assert app(data, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice").returncode == 0
    code, document = status(data)
    assert code == 0
    assert document["group"]["name"] == "讀書會" and document["me"]["name"] == "Alice"
    assert [member["name"] for member in document["members"]] == ["Alice"]
    assert app(data, "group", "leave", "--keep").returncode == 0
    code, document = status(data)
    assert code == 1 and document["group"] is None and document["members"] == []
