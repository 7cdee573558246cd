"""Records the store writes through their `to_json` must not be tuples.

The store's JSON encoder asks an object for `to_json()` only when JSON has no form for it, and a
tuple (a NamedTuple too) has one: an array. A NamedTuple record with `to_json` would be saved as
a bare list of its fields and come back unreadable. Records built at start are NamedTuples where
nothing writes them (a frozen dataclass costs Python 3.11 0.45 ms to define, a NamedTuple 0.08)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app


def test_no_record_written_by_to_json_is_a_tuple() -> None:
    tuples_with_to_json = []
    for module_info in pkgutil.walk_packages(app.__path__, "app."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__ \
                    and issubclass(value, tuple) and hasattr(value, "to_json"):
                tuples_with_to_json.append(f"{module.__name__}.{name}")
    assert tuples_with_to_json == []
