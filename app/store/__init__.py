"""The JSON store: load, validate, migrate, atomic save, backup."""

from app.store.atomic import atomic_write_bytes, atomic_write_json
from app.store.store import SCHEMA, Store, StoreError

__all__ = ["SCHEMA", "Store", "StoreError", "atomic_write_bytes", "atomic_write_json"]
