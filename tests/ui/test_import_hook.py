"""PySide's import hook no longer reads every module's source at start-up (see app/ui/__init__)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import app.ui  # noqa: F401  (sets the hook's answer)


def test_a_module_imported_after_the_window_code_is_not_read_as_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "late_module_for_hook.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    scope: dict[str, object] = {}
    exec("import late_module_for_hook", scope)  # an import statement, as every module makes
    imported = scope["late_module_for_hook"]
    try:
        assert imported.VALUE == 1  # type: ignore[attr-defined]
        assert str(module) not in linecache.cache  # the hook's inspect.getsource would put it there
    finally:
        sys.modules.pop("late_module_for_hook", None)
