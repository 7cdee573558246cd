"""What the window's own process holds once the word index is ready (a real start, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.services.word_worker import cache_folder

ROOT = Path(__file__).resolve().parents[2]

# Start the window on a fresh data folder, wait for the word index, report, close.
START_AND_REPORT = """
import argparse, sys
from PySide6.QtWidgets import QApplication
from app.ui.shell.application import build_window

window = build_window(argparse.Namespace(data_dir=sys.argv[1], smoke=False, open=None))
app = QApplication.instance()

def ready():
    words = window.words_ui.words
    print("keywords:", bool(words.keywords(window.reading.current.id)), flush=True)
    print("jieba in the window's process:", "jieba" in sys.modules, flush=True)
    window.close()

window.words_ui.words.ready.connect(ready)
window.words_ui.words.failed.connect(lambda reason: (print("failed:", reason), window.close()))
window.show()
sys.exit(app.exec())
"""


def test_the_window_never_loads_jieba_itself(tmp_path: Path) -> None:
    """jieba's dictionary (about 100 MB) lives in the short-lived worker, never in the window."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", START_AND_REPORT, str(tmp_path / "data")],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=180,
                          check=False)  # its output says what went wrong
    assert "keywords: True" in done.stdout, done.stdout + done.stderr  # the words were cut…
    assert done.returncode == 0, done.stdout + done.stderr  # and the window closed normally
    assert any(cache_folder(tmp_path / "data" / "cache").glob("*.json"))  # …by the worker
    assert "jieba in the window's process: False" in done.stdout
