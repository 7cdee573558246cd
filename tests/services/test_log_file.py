"""The windowed app's log file (no console to warn on): opened at its first record, so a start
that logs nothing never loads logging.handlers; what is logged lands in the user's log folder,
formatted, and the file is rotated at 1 MB."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.log_file import LogFile

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, logging, sys
sys.stderr = None  # a windowed app has no console
from app.__main__ import _configure_output
from app.paths import log_file
_configure_output()
loaded_at_start = 'logging.handlers' in sys.modules
logging.getLogger('app.test').warning('无法打开 %s', '笔记.json')
for number in range(int(sys.argv[1])):
    logging.getLogger('app.test').warning('%d %s', number, 'x' * 1000)
print(json.dumps([loaded_at_start, 'logging.handlers' in sys.modules, str(log_file())]))
"""


def run_windowed(home: Path, records: int = 0) -> tuple[bool, bool, Path]:
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state"),
           "LOCALAPPDATA": str(home / "local")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(records)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    loaded_at_start, loaded_after, path = json.loads(done.stdout.splitlines()[-1])
    return loaded_at_start, loaded_after, Path(path)


def test_the_log_file_opens_at_its_first_record(tmp_path: Path) -> None:
    loaded_at_start, loaded_after, log = run_windowed(tmp_path)
    assert (loaded_at_start, loaded_after) == (False, True)
    assert str(log).startswith(str(tmp_path))
    line = log.read_text(encoding="utf-8").splitlines()[0]
    assert line.endswith("WARNING app.test: 无法打开 笔记.json")


def test_a_long_log_is_rotated(tmp_path: Path) -> None:
    _, _, log = run_windowed(tmp_path, records=1200)  # 1.2 MB
    assert log.with_name(log.name + ".1").is_file()
    assert log.stat().st_size < 1_000_000


def test_an_unwritable_log_or_a_bad_record_never_reaches_the_code_that_logged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = LogFile(tmp_path)  # a folder where the file should be: it cannot be opened
    blocked.emit(logging.LogRecord("app", logging.WARNING, __file__, 1, "lost %s", ("x",), None))
    log = LogFile(tmp_path / "jiangxin-reader.log")
    log.setFormatter(logging.Formatter("%(message)s"))
    log.emit(logging.LogRecord("app", logging.WARNING, __file__, 1, "%d notes", ("many",), None))
    log.emit(logging.LogRecord("app", logging.WARNING, __file__, 1, "%d notes", (3,), None))
    log.close()
    blocked.close()
    assert (tmp_path / "jiangxin-reader.log").read_text(encoding="utf-8") == "3 notes\n"
    assert "TypeError" in capsys.readouterr().err  # told the logging way, not raised
