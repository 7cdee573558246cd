"""Running the app as a real process and reading what it prints, with deadlines."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class AppProcess:
    """`python -m tests.faults.driver` (or any module), its output collected line by line."""

    def __init__(self, *args: str, module: str = "tests.faults.driver",
                 env: dict[str, str] | None = None) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.lines: list[tuple[float, str]] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = 60) -> None:
        """Until a printed line contains `text`; fails with everything printed so far."""
        deadline = time.monotonic() + timeout
        while not any(text in line for _, line in self.lines):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {text!r} in time; output:\n{self.output()}")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(f"exited before {text!r}; output:\n{self.output()}")
            self.lines.append((time.monotonic(), line))

    def finish(self, timeout: float = 60) -> int:
        code = self.process.wait(timeout)
        while (line := self._queue.get(timeout=timeout)) is not None:
            self.lines.append((time.monotonic(), line))
        return code

    def added(self) -> list[tuple[float, int]]:
        """(when, how many) for each "added N" line: notes the window certainly holds."""
        return [(when, int(line.split()[1])) for when, line in self.lines if line.startswith("added ")]

    def output(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)


def stored_notes(folder: Path) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = json.loads((folder / "store.json").read_text("utf-8"))["annotations"]
    return notes
