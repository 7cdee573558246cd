"""The reader started as `python -m app --data-dir DIR` starts it, in a process of its own
(offscreen), with a test's hook on the window once it is built: for what only a real start
shows (which modules load before the first frame, what happens right after it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PREAMBLE = """
import json, os, sys
from PySide6 import QtGui
from PySide6.QtCore import QTimer
from app import __main__ as entry
from app.ui.shell import application
build = application.build_window
def built(options):
    window = build(options)
    hook(window)
    return window
application.build_window = built
"""


def started_app(data_dir: Path, hook: str) -> object:
    """Run the app with `hook` (Python source defining `hook(window)`, which prints one JSON line
    and ends the process or closes the window); what it printed, read back."""
    script = f"{PREAMBLE}\n{hook}\nentry.main(['--data-dir', {str(data_dir)!r}])\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])
