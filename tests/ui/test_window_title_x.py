"""The title bar follows the interface's language at once (View → Language), on a real X server:
Qt adds the application's name to the title only when the title is handed to X."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_reader_screen import x_display  # noqa: F401  (the Xvfb fixture)

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import argparse, subprocess, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.shell.application import build_window

window = build_window(argparse.Namespace(data_dir=sys.argv[1], smoke=False, open=None))
app = QApplication.instance()

def title_bar():
    app.sync()  # the title reaches the X server before it is read back
    done = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
                          capture_output=True, text=True, check=True)
    return done.stdout.split(" = ", 1)[1].strip()

def switch():
    print("before", title_bar(), flush=True)
    window.commands["language_zh_TW"].trigger()
    QTimer.singleShot(200, switched)

def switched():
    print("after", title_bar(), flush=True)
    window.close()

window.reader.first_presented.connect(lambda: QTimer.singleShot(200, switch))
window.show()
sys.exit(app.exec())
"""


def test_the_title_bar_speaks_the_new_language(x_display: str, tmp_path: Path) -> None:  # noqa: F811
    if shutil.which("xprop") is None:
        pytest.skip("xprop is not installed (tests/run.sh installs the x11-utils package)")
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    titles = dict(line.split(" ", 1) for line in done.stdout.splitlines()
                  if line.startswith(("before", "after")))
    assert titles["before"].endswith(' — Jiangxin Reader"'), titles
    assert titles["after"].endswith(' — 匠心閱讀"'), titles
