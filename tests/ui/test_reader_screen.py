"""What the reader shows on a real X server is the text, after every kind of scroll (issue 21)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb screen: the offscreen platform never scrolls pixels the way X does."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (tests/run.sh installs the xvfb package)")
    read, write = os.pipe()
    command = ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"]
    server = subprocess.Popen(command, pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        display = numbers.readline().strip()  # Xvfb writes its number once it accepts clients
    try:
        if not display:
            pytest.skip("Xvfb did not start")
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_every_scroll_shows_the_text_itself(x_display: str) -> None:
    """Wheel, page and jump moves in several essays and forms, with own and others' highlights:
    each time the pixels on screen equal a fresh paint of the same place."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display,
                   "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("screen_check.py"))],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all the same" in done.stdout
