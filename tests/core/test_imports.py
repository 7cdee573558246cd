"""The house's shape (DESIGN §1): imports only go downward, ui → services → store → core, and
no module of app/ takes part in an import cycle, not even through an import inside a function
or under TYPE_CHECKING (that is how cycles hide)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
# Each floor and the floors it may import; the command line and the window are front ends.
FLOORS = {
    "core": {"core"},
    "store": {"core", "store"},
    "services": {"core", "store", "services", "paths"},
    "ui": {"core", "store", "services", "ui", "paths"},
    "cli": {"core", "store", "services", "ui", "cli", "paths"},
}


def _module(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The app modules a file imports, anywhere in it, resolved to the deepest module that exists."""
    package = _module(path).split(".") if path.name == "__init__.py" else _module(path).split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = [f"{module}.{alias.name}" for alias in node.names] + [module]
        else:
            continue
        for name in names:
            known = name
            while known and known not in modules:
                known = known.rpartition(".")[0]
            if known and known != "app":
                found.add(known)
    return found


def _graph() -> dict[str, set[str]]:
    paths = {_module(p): p for p in APP.rglob("*.py")}
    modules = set(paths)
    return {name: _imports(path, modules) - {name} for name, path in paths.items()}


def _floor(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_of_the_app_is_in_an_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_imports_only_go_downward() -> None:
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items() if _floor(module) in FLOORS
        for target in targets if _floor(target) not in FLOORS[_floor(module)])
    assert upward == []


def test_the_checks_see_cycles_and_upward_imports() -> None:
    """The tests above would pass vacuously if the walk found nothing."""
    graph = _graph()
    assert {"app.core.library", "app.core.collection_json"} <= graph["app.core.essay_folder"]
    assert "app.ui.shell.main_window" in graph["app.ui.shell.application"]  # a function-level import
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _floor("app.services.notes") == "services" and "ui" not in FLOORS["services"]
