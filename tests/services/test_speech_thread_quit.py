"""Quitting while the speech engine's thread is busy ends the process (a real one: the fault
is a process that never ends)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Quit while the engine's thread runs Python holding one of Python's locks (an import's, a log
# handler's): the window needs that lock afterwards. The thread stays there until the quit has
# waited for it twice and found it running (long enough for a quit that ends such a thread by
# force to do so), then lets go: no sleep decides it.
SCRIPT = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.services.speech_thread import EngineThread, start_engine_thread
from tests.speech_stub import MANDARIN, StubEngine

app = QApplication(sys.argv)
held = threading.Lock()
inside = threading.Event()  # the engine's thread runs Python, holding `held`
waited_twice = threading.Event()
timed_out = []
wait = EngineThread.wait

def counted_wait(thread, *limit):
    ended = wait(thread, *limit)
    if not ended:
        timed_out.append(True)
        if len(timed_out) == 2:
            waited_twice.set()
    return ended

EngineThread.wait = counted_wait

def opener(parent):
    with held:
        inside.set()
        waited_twice.wait(30)
    return StubEngine([MANDARIN], parent), None

start_engine_thread(opener, lambda engine, problem: None)
poll = QTimer(interval=10)
poll.timeout.connect(lambda: inside.is_set() and app.quit())
poll.start()
app.exec()
with held:
    print("ended", flush=True)
"""


def quit_while_opening() -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:  # a hang is for ever: the deadline only fails on one, however loaded the machine
        return subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=environment,
                              capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the process never ended: the engine's thread was ended holding a lock")


def test_quitting_while_the_engine_thread_runs_python_ends_the_process() -> None:
    done = quit_while_opening()
    assert done.returncode == 0 and "ended" in done.stdout, done.stdout + done.stderr
