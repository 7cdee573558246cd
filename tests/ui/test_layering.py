"""The ui's rooms depend on common ground, not on the shell that assembles them; messages go
through one status service (DESIGN §1)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
SHELL = UI / "shell"
# Only the window's layout code reaches for the status bar itself: it adds the permanent
# widgets and hands the message area to the status service.
STATUS_BAR_CALLERS = {("shell/main_window.py", "_build_layout")}


def _package_of(path: Path) -> list[str]:
    """The package a relative import in `path` starts from, e.g. ["app", "ui", "notes"]."""
    return list(path.relative_to(UI.parents[1]).parent.parts)


def _imported(source: str, package: list[str]) -> Iterator[str]:
    """Every module a source imports, anywhere in it (functions, TYPE_CHECKING blocks)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)  # `from app.ui import shell`


def _calls_to_status_bar(path: Path) -> Iterator[str]:
    """The name of each function (or "<module>") that calls `.statusBar()`."""
    def visit(node: ast.AST, function: str) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from visit(child, child.name)
                continue
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "statusBar"):
                yield function
            yield from visit(child, function)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), "<module>")


def test_only_the_shell_imports_the_shell() -> None:
    offenders = sorted(
        f"{path.relative_to(UI)} imports {name}"
        for path in UI.rglob("*.py") if SHELL not in path.parents
        for name in _imported(path.read_text(encoding="utf-8"), _package_of(path))
        if name == "app.ui.shell" or name.startswith("app.ui.shell."))
    assert offenders == []


def test_the_import_walk_sees_hidden_and_relative_imports() -> None:
    """The check above would pass vacuously if the walk missed these forms."""
    source = ("from typing import TYPE_CHECKING\n"
              "if TYPE_CHECKING:\n    from app.ui.shell.main_window import MainWindow\n"
              "def later():\n    from ..shell import actions\n"
              "from app.ui import shell\n")
    names = set(_imported(source, ["app", "ui", "notes"]))
    assert {"app.ui.shell.main_window", "app.ui.shell.actions", "app.ui.shell"} <= names


def test_messages_go_through_the_status_service() -> None:
    callers = sorted(
        (path.relative_to(UI).as_posix(), function)
        for path in UI.rglob("*.py") for function in _calls_to_status_bar(path))
    assert callers and set(callers) <= STATUS_BAR_CALLERS, callers
