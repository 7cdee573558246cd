"""Stable ids, counts and reading figures of the library."""

from __future__ import annotations

import ast
from pathlib import Path

from app.core.essay_folder import load_library
from app.core.library import Library
from app.paths import seeds_dir

APP = Path(__file__).resolve().parents[2] / "app"


def test_library_has_27_essays_in_two_collections(library: Library) -> None:
    assert [len(c.essays) for c in library.collections] == [15, 12]
    assert library.problems == []


def test_ids_are_unique_and_stable_across_loads(library: Library) -> None:
    again = load_library(seeds_dir())
    ids = [e.id for e in library.essays()]
    assert ids == [e.id for e in again.essays()]
    assert len(set(ids)) == 27
    assert [c.id for c in library.collections] == [c.id for c in again.collections]


def test_ids_survive_an_edit_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("集\n\n文 篇1\n\n第一篇。\n\n文 篇2\n\n第二篇。", encoding="utf-8")
    before = [e.id for e in load_library(tmp_path).essays()]
    (tmp_path / "a.txt").write_text("集\n\n文 篇1\n\n第一篇改了。\n\n文 篇2\n\n第二篇。", encoding="utf-8")
    assert [e.id for e in load_library(tmp_path).essays()] == before


def test_reading_figures(library: Library) -> None:
    essay = library.collections[0].essays[0]
    assert essay.char_count == len(essay.text.replace("\n", ""))
    assert essay.reading_minutes == max(1, round(essay.char_count / 400))


def test_core_imports_no_qt() -> None:
    paths = sorted((APP / "core").rglob("*.py"))
    assert APP / "core" / "library.py" in paths and len(paths) > 20  # it looked where core is
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in names), path
