"""Services tests build QObjects without a window to own them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def collect_left_objects() -> Iterator[None]:
    """What a test leaves in reference cycles (a service and the slots bound to it) is collected
    here, on the main thread: a collection that happens to start in a worker during the next
    test would destroy its timers there ('Timers cannot be stopped from another thread')."""
    yield
    gc.collect()
