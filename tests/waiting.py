"""Waiting for a condition outside Qt's event loop (real processes, files on disk).

GUI tests wait with qtbot.waitUntil; tests of other processes have no event loop to spin,
so they poll here, with a deadline, and fail with a message when it passes.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    """Return as soon as `condition()` holds; raise AssertionError naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        time.sleep(interval)
