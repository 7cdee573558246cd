"""resources/packaging/release.py, the script the release workflow runs, loaded for the tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "packaging" / "release.py"


def load() -> ModuleType:
    found = importlib.util.spec_from_file_location("release", SCRIPT)
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module
